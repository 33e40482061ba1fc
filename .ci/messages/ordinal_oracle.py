#!/usr/bin/env python3
"""Every CLDR language's ordinal rules (`selectordinal`) as errcat compiles them, against ICU's.

Usage: ordinal_oracle.py RENDER_SOURCES CASES_JSON

Writes OrdinalOracle, one entry whose meaning is a `selectordinal` naming each category of
English, with a translation into every language of errcat's ordinal data naming each of its
categories, and a case per language and whole number whose expected text is what ICU's own
MessageFormat renders for the same pattern: Debian's PyICU (ICU 72, CLDR 42), another
implementation and another CLDR release than errcat's data. The languages whose ordinal rules
CLDR added or changed between the two releases are listed in CHANGED with the change, printed
and left out; a difference in any other language fails the check, and so does a listed
language that no longer differs.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

from plural_oracle import rule_groups

NUMBERS = list(range(0, 130)) + [200, 201, 202, 203, 800, 1000, 1001, 10000, 100000, 1000000, 1000001]
CATEGORIES = ["zero", "one", "two", "few", "many"]
ADDED = "ordinal rules added to CLDR after release 42 (ICU 72 has none: every number is other)"
# Per language: why it differs, and a number whose category errcat's data gives and ICU's does not.
CHANGED = {
    "af": (ADDED, 2, "few"), "bg": (ADDED, 1, "one"), "blo": (ADDED, 0, "zero"), "es": (ADDED, 1, "one"),
    "kok": (ADDED, 1, "one"), "kok_Deva": (ADDED, 1, "one"), "kok_Latn": (ADDED, 1, "one"),
    "lld": (ADDED, 8, "many"),
    "scn": ("many for 81-89 too (besides 8, 11, 80 and 800, as Italian) since CLDR 42", 81, "many"),
}
ICU = """
import icu, json, sys
request = json.load(sys.stdin)
out = {}
for tag, pattern in request["patterns"].items():
    formatter = icu.MessageFormat(pattern, icu.Locale(tag))
    out[tag] = [formatter.format(["n"], [icu.Formattable(n)]) for n in request["numbers"]]
print(json.dumps(out))
"""


def ordinal_groups():
    """errcat's ordinal data: per group its locales and the categories its rules name."""
    return [(re.findall(r'"([^"]+)"', locales), set(re.findall(r'\("(zero|one|two|few|many)",', rules)))
            for locales, rules in rule_groups("ordinalGroups")[1]]


def pattern(categories):
    return "{n, selectordinal, " + " ".join(f"{c} {{{c}}}" for c in categories + ["other"]) + "}"


def main():
    sources, cases_path = Path(sys.argv[1]), Path(sys.argv[2])
    cases = json.loads(cases_path.read_text(encoding="utf-8"))
    categories_of = {tag: [c for c in CATEGORIES if c in found] for tags, found in ordinal_groups() for tag in tags}
    tags = sorted(tag for tag in categories_of if tag not in ("root", "en"))
    patterns = {tag: pattern(categories_of[tag]) for tag in tags}
    request = json.dumps({"patterns": patterns, "numbers": NUMBERS})
    answer = subprocess.run(["/usr/bin/python3", "-c", ICU], input=request, capture_output=True, text=True, check=True)
    rendered = json.loads(answer.stdout)
    source = ["catalog: OrdinalOracle", "title: Every language's ordinal categories", "errors:",
              "  - code: ORDINAL", "    params: {n: integer}",
              f"    meaning: {json.dumps(pattern(categories_of['en']))}", "    remedy: None."]
    (sources / "ordinal-oracle.yaml").write_text("\n".join(source) + "\n", encoding="utf-8")
    used, left_out = 0, []
    for tag in tags:
        if tag in CHANGED:
            left_out.append(f"  {tag}: {CHANGED[tag][0]}")
            continue
        used += 1
        locale = tag.replace("_", "-")
        translation = ["translation: OrdinalOracle", f"locale: {locale}", "errors:", "  ordinal:",
                       f"    meaning: {json.dumps(patterns[tag])}", "    remedy: None."]
        (sources / f"ordinal-oracle.{locale}.yaml").write_text("\n".join(translation) + "\n", encoding="utf-8")
        for number, expected in zip(NUMBERS, rendered[tag]):
            cases.append({"catalog": "OrdinalOracle", "code": "ORDINAL", "locale": locale,
                          "arguments": [["n", "integer", str(number)]], "expected": expected})
    if used < 100:
        sys.exit(f"ordinal_oracle: only {used} languages compared")
    # A language listed as changed must still differ from ICU where the listing says it does.
    unchanged = [tag for tag, (_, number, category) in CHANGED.items()
                 if tag in patterns and rendered[tag][NUMBERS.index(number)] == category]
    if unchanged:
        sys.exit(f"ordinal_oracle: {', '.join(unchanged)} no longer differ from ICU: take them out of CHANGED")
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"ordinal rules of {used} languages against ICU's MessageFormat (CLDR 42); left out, as CLDR changed "
          f"them since:\n" + "\n".join(left_out), file=sys.stderr)


if __name__ == "__main__":
    main()
