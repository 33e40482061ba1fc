#!/usr/bin/env python3
"""Compares an imported catalog with what its table holds.

  import_compare.py CATALOG.yaml EXPECTED.json

EXPECTED.json maps each code to {"http": status or null, "meaning": text}. Every code must be
an entry's code, in the same order, with that status and meaning (spaces at the ends of cells
aside), and nothing more.
"""
import json
import sys

import yaml

catalog = yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.BaseLoader)
# Cells are imported without the spaces at their ends (the importer warns about codes).
expected = {code.strip(): {"http": want["http"], "meaning": (want["meaning"] or "").strip() or None}
            for code, want in json.load(open(sys.argv[2], encoding="utf-8")).items()}
entries = catalog["errors"]
problems = []
if [e["code"] for e in entries] != list(expected):
    problems.append(f"codes differ: {[e['code'] for e in entries][:5]} … against {list(expected)[:5]} …")
for entry in entries:
    want = expected.get(entry["code"])
    if want is None:
        continue
    http = str(want["http"]) if want["http"] else None
    if entry.get("http") != http:
        problems.append(f"{entry['code']}: http {entry.get('http')} against {http}")
    if entry.get("meaning") != want["meaning"]:
        problems.append(f"{entry['code']}: meaning {entry.get('meaning')!r} against {want['meaning']!r}")
for problem in problems[:10]:
    print("import_compare:", problem)
if problems:
    sys.exit(1)
print(f"{sys.argv[1].split('/')[-1]}: {len(entries)} entries, every code, HTTP status and meaning as in its table")
