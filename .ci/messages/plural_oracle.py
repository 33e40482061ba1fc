#!/usr/bin/env python3
"""Every CLDR language's plural rules as errcat compiles them, against Babel's.

Usage: plural_oracle.py RENDER_SOURCES CASES_JSON

Writes PluralOracle, one entry whose meaning is a plural naming each category, with a
translation into every language of errcat's CLDR data, and a case per language and number
(whole numbers and decimals) whose expected text is the category Babel (with the same CLDR
release's data) gives that number. Decimals are written in their shortest digits, as errcat
shows them, and handed to Babel as those digits.
"""
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import babel
from babel import Locale

ROOT = Path(__file__).resolve().parents[2]
MESSAGE = "{n, plural, one {one} other {other}}"
NUMBERS = [str(n) for n in list(range(0, 112)) + [200, 201, 1000, 1001, 10000, 100000, 1000000, 1000001, 2000000]] + [
    "0.1", "0.5", "1.5", "2.5", "0.01", "1.01", "1.1", "2.1", "3.4", "5.2", "10.1", "11.1", "21.3", "100.5", "0.25", "1.25",
]


def languages():
    text = (ROOT / "Sources/ErrorCatalogCompiler/Model/CLDRPluralRules.swift").read_text(encoding="utf-8")
    version = re.search(r'cldrVersion = "([\d.]+)"', text).group(1)
    tags = sorted({tag for group in re.findall(r'\(\[([^\]]*)\], \[', text) for tag in re.findall(r'"([^"]+)"', group)})
    return version, [t for t in tags if t not in ("root", "en")]


def main():
    sources, cases_path = Path(sys.argv[1]), Path(sys.argv[2])
    version, tags = languages()
    cases = json.loads(cases_path.read_text(encoding="utf-8"))
    lines = ["catalog: PluralOracle", "title: Every language's plural categories", "errors:",
             "  - code: CATEGORY", "    params: {n: number}", f"    meaning: {json.dumps(MESSAGE)}", "    remedy: None."]
    (sources / "plural-oracle.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    used, missing = 0, []
    for tag in tags:
        locale = tag.replace("_", "-")
        try:
            rule = Locale.parse(tag).plural_form
        except (babel.UnknownLocaleError, ValueError):
            missing.append(tag)
            continue
        used += 1
        # The categories Babel says the language has, each branch naming its own.
        categories = [c for c in ["zero", "one", "two", "few", "many"] if c in rule.tags] + ["other"]
        message = "{n, plural, " + " ".join(f"{c} {{{c}}}" for c in categories) + "}"
        translation = ["translation: PluralOracle", f"locale: {locale}", "errors:", "  category:", f"    meaning: {json.dumps(message)}", "    remedy: None."]
        (sources / f"plural-oracle.{locale}.yaml").write_text("\n".join(translation) + "\n", encoding="utf-8")
        for number in NUMBERS:
            cases.append({"catalog": "PluralOracle", "code": "CATEGORY", "locale": locale,
                          "arguments": [["n", "number", number]], "expected": rule(Decimal(number))})
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"plural rules of {used} languages (CLDR {version}) against Babel {babel.__version__}"
          + (f"; Babel has no locale for {', '.join(missing)}" if missing else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
