#!/usr/bin/env python3
"""Compares the Swift renderings (a JSON array, in case order) with the cases' expected texts: gettext's or ICU's own rendering."""
import json
import sys

cases = json.load(open(sys.argv[1], encoding="utf-8"))
rendered = json.load(open(sys.argv[2], encoding="utf-8"))
assert len(cases) == len(rendered), f"{len(cases)} cases, {len(rendered)} renderings"
# A case marked with a change of CLDR's data since ICU's release may render otherwise; it is listed.
accepted = [(c, r) for c, r in zip(cases, rendered) if c["expected"] != r and "cldrChange" in c]
wrong = [(c, r) for c, r in zip(cases, rendered) if c["expected"] != r and "cldrChange" not in c]
shown = {}
for case, text in accepted:
    key = (case["locale"], case["code"])
    if key not in shown:
        shown[key] = 0
        print(f"accepted, CLDR changed since ICU 72: {case['locale']} {case['code']} ({case['cldrChange']}): "
              f"{case['expected']!r} → {text!r}")
    shown[key] += 1
for case, text in wrong[:40]:
    print(f"{case['catalog']} {case['code']} {case['arguments']}:\n  expected: {case['expected']!r}\n  swift:    {text!r}")
by_catalog = {}
for case in cases:
    codes, locales = by_catalog.setdefault(case["catalog"], (set(), set()))
    codes.add(case["code"])
    locales.add(case.get("locale", "en"))
print(f"{len(accepted)} renderings differ by CLDR's changes since ICU 72, in {len(shown)} locale styles")
print(f"{len(cases) - len(wrong) - len(accepted)} of {len(cases)} renderings equal the original's (gettext's, ICU's or Babel's): "
      + ", ".join(f"{name}: {len(codes)} message(s) in {len(locales)} locale(s)" for name, (codes, locales) in sorted(by_catalog.items())))
sys.exit(1 if wrong else 0)
