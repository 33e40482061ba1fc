#!/usr/bin/env python3
"""Writes a translation of a make-catalog.py catalog into each given locale, every entry's
title, meaning and remedy translated (the source text marked with the locale), beside it.

Usage: make-translations.py CATALOG.yaml LOCALE...
"""
import re
import sys
from pathlib import Path

source = Path(sys.argv[1])
text = source.read_text(encoding="utf-8")
catalog = re.search(r"^catalog: (\S+)", text, re.M).group(1)
entries = re.findall(r"^    name: (\S+)\n    title: (.*)\n(?:.*\n)*?    meaning: (.*)\n    remedy: (.*)$", text, re.M)
for locale in sys.argv[2:]:
    lines = [f"translation: {catalog}", f"locale: {locale}", "errors:"]
    for name, title, meaning, remedy in entries:
        lines += [f"  {name}:", f"    title: \"[{locale}] {title}\"", f"    meaning: \"[{locale}] {meaning.strip(chr(34))}\"",
                  f"    remedy: \"[{locale}] {remedy.strip(chr(34))}\""]
    (source.parent / f"{source.stem}.{locale}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(entries)} entries in {len(sys.argv) - 2} translations", file=sys.stderr)
