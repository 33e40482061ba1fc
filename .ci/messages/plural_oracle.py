#!/usr/bin/env python3
"""Every CLDR language's plural rules as errcat compiles them, against ICU's.

Usage: plural_oracle.py RENDER_SOURCES CASES_JSON

Writes PluralOracle, one entry whose meaning is a plural naming each category, with a
translation into every language of errcat's CLDR data, and a case per language and number
(whole numbers and decimals) whose expected text is the category ICU gives that number:
Debian's PyICU, whose ICU carries another CLDR release than errcat's data (ICU 72: CLDR 42),
so the comparison can fail. The languages whose rules CLDR added or changed between the two
releases are listed in CHANGED with the cause, printed, and left out; a difference in any
other language fails the check, and so does a listed language that no longer differs.
Decimals are written in their shortest digits, as errcat shows them.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MESSAGE = "{n, plural, one {one} other {other}}"
NUMBERS = [str(n) for n in list(range(0, 112)) + [200, 201, 1000, 1001, 10000, 100000, 1000000, 1000001, 2000000]] + [
    "0.1", "0.5", "1.5", "2.5", "0.01", "1.01", "1.1", "2.1", "3.4", "5.2", "10.1", "11.1", "21.3", "100.5", "0.25", "1.25",
]
ADDED = "rules added to CLDR after release 42 (ICU 72 has none: every number is other)"
CHANGED = {
    "bh": ADDED, "blo": ADDED, "csw": ADDED, "cv": ADDED, "ie": ADDED, "sgs": ADDED, "tw": ADDED,
    "lld": ADDED + "; its many for millions too",
    "kok": "one for 0 and 1 added after CLDR 42", "kok_Deva": "one for 0 and 1 added after CLDR 42",
    "kok_Latn": "one for 0 and 1 added after CLDR 42",
    "tg": "one for 0 and 1 added after CLDR 42", "vi": "one for 0 and 1 added after CLDR 42 (was other only)",
    "gl": "many for millions (as Spanish and Italian) added after CLDR 42",
    "scn": "many for millions (as Italian) added after CLDR 42",
}
ICU = """
import icu, json, sys
request = json.load(sys.stdin)
out = {"icu": icu.ICU_VERSION, "categories": {}}
for tag in request["tags"]:
    rules = icu.PluralRules.forLocale(icu.Locale(tag))
    out["categories"][tag] = [rules.select(float(n)) if "." in n else rules.select(int(n)) for n in request["numbers"]]
print(json.dumps(out))
"""


def icu_categories(tags):
    """ICU's category of every number in each language, from Debian's PyICU (system Python)."""
    request = json.dumps({"tags": tags, "numbers": NUMBERS})
    answer = subprocess.run(["/usr/bin/python3", "-c", ICU], input=request, capture_output=True, text=True, check=True)
    return json.loads(answer.stdout)


def rule_groups(kind="groups"):
    """errcat's CLDR data: its version, and per group of `kind` (`groups`, the cardinal rules, or
    `ordinalGroups`) its locales' text and its rules' text."""
    text = (ROOT / "Sources/ErrorCatalogCompiler/Model/CLDRPluralRules.swift").read_text(encoding="utf-8")
    version = re.search(r'cldrVersion = "([^"]+)"', text).group(1)
    start = text.index(f"static let {kind}:")
    end = text.find("static let ", start + 1)
    body = text[start:end if end >= 0 else len(text)]
    groups = re.findall(r'\(\s*\[([^\]]*)\],\s*\[(.*?)\]\s*\),', body, re.S)
    if len(groups) < 20:
        sys.exit(f"read {len(groups)} {kind} from CLDRPluralRules.swift; its layout changed")
    return version, groups


def languages():
    version, groups = rule_groups()
    tags = sorted({tag for locales, _ in groups for tag in re.findall(r'"([^"]+)"', locales)})
    return version, [t for t in tags if t not in ("root", "en")]


def main():
    sources, cases_path = Path(sys.argv[1]), Path(sys.argv[2])
    version, tags = languages()
    cases = json.loads(cases_path.read_text(encoding="utf-8"))
    lines = ["catalog: PluralOracle", "title: Every language's plural categories", "errors:",
             "  - code: CATEGORY", "    params: {n: number}", f"    meaning: {json.dumps(MESSAGE)}", "    remedy: None."]
    (sources / "plural-oracle.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    oracle = icu_categories(tags)
    categories_of = group_categories()
    used, left_out = 0, []
    for tag in tags:
        if tag in CHANGED:
            left_out.append(f"  {tag}: {CHANGED[tag]}")
            continue
        used += 1
        locale = tag.replace("_", "-")
        answers = oracle["categories"][tag]
        # Every category errcat's data gives the language, each branch naming its own.
        categories = [c for c in ["zero", "one", "two", "few", "many"] if c in categories_of[tag]] + ["other"]
        message = "{n, plural, " + " ".join(f"{c} {{{c}}}" for c in categories) + "}"
        translation = ["translation: PluralOracle", f"locale: {locale}", "errors:", "  category:",
                       f"    meaning: {json.dumps(message)}", "    remedy: None."]
        (sources / f"plural-oracle.{locale}.yaml").write_text("\n".join(translation) + "\n", encoding="utf-8")
        for number, expected in zip(NUMBERS, answers):
            cases.append({"catalog": "PluralOracle", "code": "CATEGORY", "locale": locale,
                          "arguments": [["n", "number", number]], "expected": expected})
    if used < 100:
        sys.exit(f"plural_oracle: only {used} languages compared")
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"plural rules of {used} languages (CLDR {version}) against ICU {oracle['icu']} (CLDR 42); "
          f"left out, as CLDR changed them since:\n" + "\n".join(left_out), file=sys.stderr)
    # A language listed as added must still be one ICU has no rules for.
    stale = [tag for tag, cause in CHANGED.items() if cause.startswith(ADDED) and tag in tags
             and set(oracle["categories"][tag]) != {"other"}]
    if stale:
        sys.exit(f"plural_oracle.py: ICU has rules for {', '.join(stale)}: say what changed in CHANGED")


def group_categories():
    """Per locale, the categories errcat's data gives its group (the Swift file read once)."""
    categories_of = {}
    for locales, rules in rule_groups()[1]:
        for tag in re.findall(r'"([^"]+)"', locales):
            categories_of[tag] = set(re.findall(r'\("(zero|one|two|few|many)",', rules))
    return categories_of


if __name__ == "__main__":
    main()
