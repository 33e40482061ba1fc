#!/usr/bin/env python3
"""ICU MessageFormat patterns rendered by ICU itself (PyICU, Debian's python3-icu), as the
IcuOracle catalog and its cases: quoting, nesting, offsets, exact matches and `#`.

Usage (Debian's /usr/bin/python3, which has PyICU): icu_cases.py OUT_DIR CASES_JSON
Appends to CASES_JSON. Numbers stay below 1000, since ICU groups digits and errcat does not.
"""
import json
import sys
from pathlib import Path

import icu

PATTERNS = [
    ("{n, plural, one {# file} other {# files}}", {"n": "integer"}),
    ("{n, plural, =0 {none} =1 {exactly one} one {# one} other {# others}}", {"n": "integer"}),
    ("{n, plural, offset:1 =0 {nobody} =1 {{who} alone} one {{who} and # other} other {{who} and # others}}", {"n": "integer", "who": "string"}),
    ("{kind, select, card {a card} bank {a bank account} other {{kind}}} was refused", {"kind": "string"}),
    ("{kind, select, card {{n, plural, one {# card} other {# cards}}} other {{n} items of {kind}}}", {"kind": "string", "n": "integer"}),
    ("It''s '{literal}' and '{'{n}'}' and {n, plural, one {one} other {'#' is # and '' ''{n}''}}", {"n": "integer"}),
    ("Don't '{' stop, it'll work: {who}'s turn", {"who": "string"}),
    ("a'b {n, plural, one {'#'x} other {#'#'}} '|' {who}", {"n": "integer", "who": "string"}),
    ("{n, plural, one {one {who}} other {{n} {who}s}}", {"n": "integer", "who": "string"}),
    ("Total: {n} of {m, plural, =0 {nothing} one {# thing} other {# things}}", {"n": "integer", "m": "integer"}),
    ("{who} '''quoted''' {n}", {"who": "string", "n": "integer"}),
]
NUMBERS = [0, 1, 2, 3, 5, 11, 21, 101, 999]
WORDS = ["card", "bank", "Ann", "it's {x}"]


def main():
    out, cases_path = Path(sys.argv[1]), Path(sys.argv[2])
    cases = json.loads(cases_path.read_text(encoding="utf-8"))
    lines = ["catalog: IcuOracle", "title: Patterns rendered by ICU", "errors:"]
    for index, (pattern, params) in enumerate(PATTERNS, 1):
        code = f"ICU_{index}"
        lines += [f"  - code: {code}", "    params: {" + ", ".join(f"{p}: {k}" for p, k in params.items()) + "}",
                  f"    meaning: {json.dumps(pattern, ensure_ascii=False)}", "    remedy: None."]
        formatter = icu.MessageFormat(pattern, icu.Locale("en"))
        for n in NUMBERS:
            for word in WORDS:
                values = {p: (n if k == "integer" else word) for p, k in params.items()}
                if "m" in values:
                    values["m"] = (n + 1) % 4
                names = list(values)
                expected = formatter.format(names, [icu.Formattable(values[p]) for p in names])
                cases.append({"catalog": "IcuOracle", "code": code,
                              "arguments": [[p, params[p], str(values[p])] for p in names], "expected": expected})
    (out / "icu-oracle.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(PATTERNS)} ICU patterns rendered by ICU {icu.ICU_VERSION}", file=sys.stderr)


if __name__ == "__main__":
    main()
