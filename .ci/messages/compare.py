#!/usr/bin/env python3
"""Compares the Swift renderings (a JSON array, in case order) with the cases' expected texts: gettext's or ICU's own rendering."""
import json
import sys

cases = json.load(open(sys.argv[1], encoding="utf-8"))
rendered = json.load(open(sys.argv[2], encoding="utf-8"))
assert len(cases) == len(rendered), f"{len(cases)} cases, {len(rendered)} renderings"
wrong = [(c, r) for c, r in zip(cases, rendered) if c["expected"] != r]
for case, text in wrong[:20]:
    print(f"{case['catalog']} {case['code']} {case['arguments']}:\n  expected: {case['expected']!r}\n  swift:    {text!r}")
by_catalog = {}
for case in cases:
    codes, locales = by_catalog.setdefault(case["catalog"], (set(), set()))
    codes.add(case["code"])
    locales.add(case.get("locale", "en"))
print(f"{len(cases) - len(wrong)} of {len(cases)} renderings equal the original's (gettext's, ICU's or Babel's): "
      + ", ".join(f"{name}: {len(codes)} message(s) in {len(locales)} locale(s)" for name, (codes, locales) in sorted(by_catalog.items())))
sys.exit(1 if wrong else 0)
