#!/usr/bin/env python3
"""Edits errcat's exports as a translator's tool would, through translate-toolkit, and
checks the edit arrived.

Usage: edit_with_toolkit.py PO XLIFF OUT_FOLDER     (edits one translated target in each)
       edit_with_toolkit.py --verify FILE TRANSLATION_YAML
"""
import json
import sys
from pathlib import Path

import yaml
from translate.storage import po as pofile, xliff

SUFFIX = " (edited)"


def key_of(unit):
    """The unit's errcat key: its msgctxt in PO, its id attribute in XLIFF."""
    element = getattr(unit, "xmlelement", None)
    return element.get("id") if element is not None else unit.getcontext()


def edit(store, out):
    """Appends SUFFIX to the first translated, singular meaning; records which."""
    for unit in store.units:
        if unit.isheader() or not unit.target or unit.hasplural() or not (key_of(unit) or "").endswith("/meaning"):
            continue
        key = key_of(unit)
        unit.target = unit.target + SUFFIX
        store.savefile(str(out))
        (out.parent / (out.name + ".json")).write_text(json.dumps({"key": key, "target": unit.target}), encoding="utf-8")
        return
    sys.exit(f"no translated meaning to edit in {out.name}")


def main():
    if sys.argv[1] == "--verify":
        path, translation = Path(sys.argv[2]), Path(sys.argv[3])
        if path.suffix == ".json":
            return
        expected = json.loads((path.parent / (path.name + ".json")).read_text(encoding="utf-8"))
        name = expected["key"].split("/")[2]
        meaning = yaml.safe_load(translation.read_text(encoding="utf-8"))["errors"][name]["meaning"]
        if meaning != expected["target"]:
            sys.exit(f"{path.name}: the edit of {name} did not arrive: {meaning!r}")
        print(f"{path.name}: edited through translate-toolkit, imported into {translation.name}")
        return
    po, xl, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    edit(pofile.pofile.parsefile(str(po)), out / po.name)
    edit(xliff.xlifffile.parsefile(str(xl)), out / xl.name)


if __name__ == "__main__":
    main()
