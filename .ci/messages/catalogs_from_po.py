#!/usr/bin/env python3
"""Builds error catalogs from a real project's gettext messages, and the cases to render.

Usage: catalogs_from_po.py PO_FILE... --out DIR --errcat ERRCAT [--project NAME] [--append]

- Every python-format singular message becomes a row of a CSV table that `errcat import`
  turns into <NAME>Messages (so the importer's placeholder conversion is tested on real
  messages); every singular/plural pair becomes an entry of <NAME>Plurals whose meaning is an
  ICU `plural` of the two forms. NAME is Django unless given; --append adds to the cases and
  messages another project's run wrote.
- cases.json lists, per entry, arguments to render with and what gettext itself gives for
  them: `ngettext(singular, plural, n) % arguments` with English's own rule, for many n.
"""
import argparse
import gettext
import json
import re
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

PLACEHOLDER = re.compile(r"%(?:\((?P<name>[^)]+)\))?(?P<flags>[-+ #0-9.]*)(?P<conv>[sdifgeErua%])")
NUMBERS = list(range(0, 31)) + [99, 100, 101, 102, 111, 1000, 1001, 10**6, 123456789]


def camel(name):
    parts = re.split(r"[^A-Za-z0-9]+", name)
    parts = [p for p in parts if p]
    return parts[0][0].lower() + parts[0][1:] + "".join(p[0].upper() + p[1:] for p in parts[1:])


def placeholders(text):
    """(python name or None, conversion) per placeholder of text, in order."""
    return [(m.group("name"), m.group("conv")) for m in PLACEHOLDER.finditer(text) if m.group("conv") != "%"]


def kind(conv):
    return "integer" if conv in "diu" else "number" if conv in "fgeE" else "string"


def value(kind_name, name, n=None):
    if kind_name == "integer":
        return 7 if n is None else n
    if kind_name == "number":
        return 2.5
    return f"<{name}>"


def icu_literal(text, in_plural, before_brace):
    special = "{}#" if in_plural else "{}"
    out = []
    for i, ch in enumerate(text):
        if ch in special:
            out.append(f"'{ch}'")
        elif ch == "'":
            nxt = text[i + 1] if i + 1 < len(text) else None
            after_quoted = i > 0 and text[i - 1] in special  # }'s is '}'''s
            out.append("''" if after_quoted or (nxt is not None and (nxt in special or nxt == "'"))
                       or (nxt is None and before_brace) else "'")
        else:
            out.append(ch)
    return "".join(out)


def icu(text, names, in_plural, pound=None):
    """text with %-placeholders as ICU: named ones as {camelName}, positional %d as # (pound)."""
    out = []
    last = 0
    positional = 0
    for m in PLACEHOLDER.finditer(text):
        literal = text[last:m.start()]
        if m.group("conv") == "%":
            out.append(icu_literal(literal + "%", in_plural, False))
        else:
            out.append(icu_literal(literal, in_plural, True))
            if m.group("name"):
                out.append("#" if pound == m.group("name") else "{" + camel(m.group("name")) + "}")
            else:
                positional += 1
                out.append("#" if pound == "" else "{arg%d}" % positional)
        last = m.end()
    out.append(icu_literal(text[last:], in_plural, False))
    return "".join(out)


def read_messages(files):
    """The python-format messages of `files`: singulars and plural pairs, each as its ids and
    the index of its file (its gettext domain's folder)."""
    singular, plural = [], []
    seen = set()
    for domain, path in enumerate(files):
        catalog = read_po(open(path, "rb"))
        for message in catalog:
            if not message.id or "python-format" not in message.flags or message.id in seen:
                continue
            seen.add(message.id)
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            convs = [p for t in ids for p in placeholders(t)]
            if any(c not in "sdifgeE" for _, c in convs):
                continue
            (plural if isinstance(message.id, tuple) else singular).append((ids, domain))
    return singular, plural


HTML = re.compile(r"</?[a-z][a-z0-9]*[ >/]")


def singular_cases(messages, project):
    """Rows for `errcat import` and their cases. A message with HTML markup or white space
    around it is left out (and counted): the importer turns table cells' HTML into Markdown
    and trims cells, so its meaning is no longer gettext's text."""
    rows, cases, rewritten, described = [], [], 0, {}
    for index, ((text,), domain) in enumerate(messages, 1):
        found = placeholders(text)
        if not found:
            continue
        if HTML.search(text) or text != text.strip():
            rewritten += 1
            continue
        names = {}
        args_py = {}
        positional = []
        arguments = []
        for name, conv in found:
            k = kind(conv)
            if name:
                if name in names:
                    continue
                names[name] = k
                args_py[name] = value(k, name)
                arguments.append([camel(name), k, str(args_py[name])])
            else:
                v = value(k, "arg%d" % (len(positional) + 1))
                positional.append(v)
                arguments.append(["arg%d" % len(positional), k, str(v)])
        expected = text % (tuple(positional) if positional else args_py)
        code = f"{prefix(project)}_{index}"
        rows.append((code, text))
        described[code] = {"catalog": f"{project}Messages", "id": text, "domain": domain, "placeholders": found}
        cases.append({"catalog": f"{project}Messages", "code": code, "arguments": arguments, "expected": expected})
    print(f"{rewritten} singular messages with HTML or surrounding white space left out", file=sys.stderr)
    return rows, cases, described


def prefix(project):
    """The code prefix of a project's entries: DJ for Django, WT for WTForms."""
    return project[:2].upper()


def plural_entries(messages, project):
    entries, cases, described = [], [], {}
    english = gettext.NullTranslations()
    for index, ((one, other), domain) in enumerate(messages, 1):
        found = placeholders(one) + placeholders(other)
        # The count is the first whole-number placeholder of the plural form, else its first
        # named one (Django formats some counts with %(count)s).
        named = [n for n, c in placeholders(other) if n and c in "di"] or [n for n, c in placeholders(other) if n]
        selector_py = named[0] if named else ("" if any(n is None and c in "di" for n, c in placeholders(other)) else None)
        if selector_py is None:
            continue
        selector = camel(selector_py) if selector_py else "count"
        params = {selector: "integer"}
        for name, conv in found:
            if name:
                params.setdefault(camel(name), kind(conv))
        if any(n is None for n, _ in found) and selector_py != "":
            continue
        meaning = "{%s, plural, one {%s} other {%s}}" % (
            selector, icu(one, params, True, pound=selector_py), icu(other, params, True, pound=selector_py))
        code = f"{prefix(project)}P_{index}"
        entries.append((code, params, meaning))
        described[code] = {"catalog": f"{project}Plurals", "id": one, "plural": other, "domain": domain, "selector": selector,
                           "selector_py": selector_py, "placeholders": found}
        for n in NUMBERS:
            args_py = {name: n if camel(name) == selector else value(k, name) for name, k in
                       ((nm, kind(cv)) for nm, cv in found if nm)}
            form = english.ngettext(one, other, n)
            expected = form % (n if selector_py == "" else args_py)
            arguments = [[p, k, str(n if p == selector else value(k, next(nm for nm, _ in found if nm and camel(nm) == p)))]
                         for p, k in params.items()]
            cases.append({"catalog": f"{project}Plurals", "code": code, "arguments": arguments, "expected": expected})
    return entries, cases, described


def yaml_quote(text):
    return json.dumps(text, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("po", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--errcat", required=True)
    parser.add_argument("--project", default="Django")
    parser.add_argument("--append", action="store_true")
    options = parser.parse_args()
    out = Path(options.out)
    project, stem = options.project, options.project.lower()
    singular, plural = read_messages(options.po)

    rows, cases, described = singular_cases(singular, project)
    table = out / f"{stem}-messages.csv"
    import csv
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "meaning", "remedy"])
        for code, text in rows:
            writer.writerow([code, text, "None."])
    subprocess.run([options.errcat, "import", str(table), "--catalog", f"{project}Messages", "--title",
                    f"{project}'s messages", "--out", str(out / f"{stem}-messages.yaml")], check=True)
    table.unlink()

    entries, plural_cases, described_plurals = plural_entries(plural, project)
    described.update(described_plurals)
    messages_path, cases_path = out.parent.parent / "messages.json", out.parent.parent / "cases.json"
    if options.append:
        described = dict(json.loads(messages_path.read_text(encoding="utf-8")), **described)
        cases = json.loads(cases_path.read_text(encoding="utf-8")) + cases
    messages_path.write_text(json.dumps(described, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = [f"catalog: {project}Plurals", f"title: {project}'s plural messages", "errors:"]
    for code, params, meaning in entries:
        lines.append(f"  - code: {code}")
        lines.append(f"    name: {camel(code.lower())}")
        lines.append("    params: {" + ", ".join(f"{p}: {k}" for p, k in params.items()) + "}")
        lines.append(f"    meaning: {yaml_quote(meaning)}")
        lines.append("    remedy: None.")
    (out / f"{stem}-plurals.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cases += plural_cases
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{project}: {len(rows)} singular messages, {len(entries)} plural messages, {len(cases)} cases",
          file=sys.stderr)


if __name__ == "__main__":
    main()
