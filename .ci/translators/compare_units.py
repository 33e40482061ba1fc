#!/usr/bin/env python3
"""translate-toolkit reads errcat's XLIFF and PO files: the same units (keys), sources and
targets in both, the fuzzy PO messages being XLIFF's needs-review ones.

Usage: compare_units.py FOLDER
"""
import sys
from pathlib import Path

from translate.storage import po as pofile, xliff


def po_units(path):
    store = pofile.pofile.parsefile(str(path))
    units = {}
    for unit in store.units:
        if unit.isheader():
            continue
        key = unit.getcontext()
        target = unit.target
        if unit.hasplural():
            target = None  # a gettext plural is ICU text in XLIFF: compared by key only
        units[key] = (target or None, unit.isfuzzy())
    return units


def xliff_units(path):
    store = xliff.xlifffile.parsefile(str(path))
    units = {}
    for unit in store.units:
        if unit.isheader():
            continue
        state = unit.xmlelement.find(f"{{{store.namespace}}}target")
        units[unit.xmlelement.get("id")] = (unit.target or None, state is not None and state.get("state", "").startswith("needs-review"))
    return units


def main():
    folder = Path(sys.argv[1])
    files = sorted(folder.glob("*.xliff"))
    total = 0
    for path in files:
        po = po_units(path.with_suffix(".po"))
        xl = xliff_units(path)
        if set(po) != set(xl):
            sys.exit(f"{path.name}: keys differ: {sorted(set(po) ^ set(xl))[:5]}")
        for key, (target, fuzzy) in po.items():
            if target is not None and xl[key][0] != target:
                sys.exit(f"{path.name}: {key}: XLIFF target {xl[key][0]!r}, PO msgstr {target!r}")
            if fuzzy != xl[key][1]:
                sys.exit(f"{path.name}: {key}: fuzzy in one file only")
        total += len(xl)
    print(f"translate-toolkit reads {len(files)} XLIFF files and their PO files: the same {total} units and targets")


if __name__ == "__main__":
    main()
