#!/usr/bin/env python3
"""Translations of a project's catalogs from its own gettext catalogs, and the cases.

Usage: translations_from_po.py PROJECT_DIR RENDER_SOURCES CASES_JSON NAMES_JSON LOCALE...
       [--project NAME] [--domain DOMAIN] [--locale-dir GLOB]...

PROJECT_DIR holds the project's gettext folders (Django's conf/locale and contrib/*/locale
unless --locale-dir globs name them; its main domain's first). For each locale, `errcat
translations import` reads the project's .po files for it into `<name>-messages.<locale>.yaml` /
`<name>-plurals.<locale>.yaml`. This script is its oracle: independently, every message of
<NAME>Messages and <NAME>Plurals that the project translates (its compiled .mo, through
Python's gettext) is placed, a plural's gettext forms on CLDR categories
through the catalog's own Plural-Forms formula compared with CLDR's rules (Babel, the CLDR
release errcat's rules come from) on 0…10,000. errcat must place every message the oracle
places, and nothing for plurals of a language whose formula splits a CLDR category.
The cases render each translated message for many numbers; their expected text is what
gettext itself gives: `translation.ngettext(singular, plural, n) % arguments`.
"""
import argparse
import contextlib
import functools
import os
import subprocess
import gettext
import io
import json
import sys
import warnings
from pathlib import Path

import yaml
from babel import Locale
from babel.messages.pofile import read_po

sys.path.insert(0, str(Path(__file__).parent))
from catalogs_from_po import NUMBERS, camel, icu, kind, placeholders, value  # noqa: E402


@functools.cache
def load_po(path):
    """The .po at `path` as Babel reads it (None when there is none), read once."""
    if not path.exists():
        return None
    with contextlib.redirect_stderr(io.StringIO()):  # Babel's notes on the catalog's own quirks
        return read_po(open(path, "rb"))


def form_of_category(po_path, locale):
    """CLDR category → gettext form index, or None when a category takes two forms."""
    catalog = load_po(po_path)
    formula = gettext.c2py(catalog.plural_expr)
    rule = Locale.parse(locale.replace("-", "_")).plural_form
    mapping = {}
    for n in range(0, 10001):
        category, form = rule(n), formula(n)
        if mapping.setdefault(category, form) != form:
            return None, catalog.num_plurals
    return mapping, catalog.num_plurals


def load_cases(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def yaml_text(text):
    return json.dumps(text, ensure_ascii=False)


def parse_options():
    parser = argparse.ArgumentParser()
    parser.add_argument("project_dir", type=Path)
    parser.add_argument("sources", type=Path)
    parser.add_argument("cases", type=Path)
    parser.add_argument("names", type=Path)
    parser.add_argument("locales", nargs="+")
    parser.add_argument("--project", default="Django")
    parser.add_argument("--domain", default="django")
    parser.add_argument("--locale-dir", action="append", dest="locale_dirs")
    options = parser.parse_args()
    options.locale_dirs = options.locale_dirs or ["conf/locale", "contrib/*/locale"]
    return options


def main():
    # gettext's formula places 1.5 too; Python only warns that plural values should be whole.
    warnings.simplefilter("ignore", DeprecationWarning)
    options = parse_options()
    project, sources, cases_path = options.project, options.sources, options.cases
    messages_catalog, plurals_catalog = f"{project}Messages", f"{project}Plurals"
    errcat = os.environ.get("ERRCAT", ".build/debug/errcat")
    names = json.loads(options.names.read_text(encoding="utf-8"))
    cases = load_cases(cases_path)
    english = [c for c in cases if c["catalog"] in (messages_catalog, plurals_catalog) and "locale" not in c]
    messages = json.loads((sources.parent.parent / "messages.json").read_text(encoding="utf-8"))
    messages = {code: m for code, m in messages.items() if m["catalog"] in (messages_catalog, plurals_catalog)}
    domain_dirs = [d for pattern in options.locale_dirs for d in sorted(options.project_dir.glob(pattern))]
    report = []
    for folder in options.locales:
        locale = locale_tag(folder)
        translations = [gettext.translation(options.domain, str(d), [folder], fallback=True) for d in domain_dirs]
        po = domain_dirs[0] / folder / "LC_MESSAGES" / f"{options.domain}.po"
        mapping, forms = form_of_category(po, locale)
        placed = {messages_catalog: {}, plurals_catalog: {}}
        po_files_of = [d / folder / "LC_MESSAGES" / f"{options.domain}.po" for d in domain_dirs]
        for code, message in messages.items():
            directory = message["domain"]
            translation = translations[directory]
            if message["catalog"] == messages_catalog:
                text = translation.gettext(message["id"])
                if text == message["id"]:
                    continue
                if sorted(placeholders(text)) != sorted(placeholders(message["id"])):
                    continue
                placed[messages_catalog][code] = icu(text, {}, False)
            elif mapping is not None:
                one, other = message["id"], message["plural"]
                selector_py = message["selector_py"]
                numbers = representatives(mapping, locale)
                forms_text = [translation.ngettext(one, other, n) for _, n in numbers]
                if all(f in (one, other) for f in forms_text):
                    continue
                # A form left empty in the .po (WTForms' Czech msgstr[2] ""): the .mo Babel compiles
                # gives English for its numbers; errcat leaves the message untranslated, with a warning.
                if any(not form for form in po_forms(po_files_of[directory], one)):
                    continue
                branches = [f"{category} {{{icu(translation.ngettext(one, other, n), {}, True, pound=selector_py)}}}"
                            for category, n in numbers]
                placed[plurals_catalog][code] = "{%s, plural, %s}" % (message["selector"], " ".join(branches))
        po_files = [d / folder / "LC_MESSAGES" / f"{options.domain}.po" for d in domain_dirs]
        imported = import_with_errcat(errcat, [p for p in po_files if p.exists()], sources, locale, project)
        for catalog, texts in placed.items():
            want = {names[code] for code in texts}
            got = imported.get(catalog, set())
            if not want <= got:
                missing = sorted(want - got)
                sys.exit(f"{locale}: errcat placed {len(got)} {catalog} texts, not {len(missing)} the oracle places: {missing[:5]}")
            if catalog == plurals_catalog and mapping is None and got:
                sys.exit(f"{locale}: errcat placed plurals though the Plural-Forms split a CLDR category")
        for case in english:
            if case["code"] not in placed[case["catalog"]]:
                continue
            message = messages[case["code"]]
            translation = translations[message["domain"]]
            arguments = {a[0]: a for a in case["arguments"]}
            py = {name: typed(arguments[camel(name)]) for name, _ in message["placeholders"] if name}
            positional = [typed(arguments[f"arg{i + 1}"]) for i, (name, _) in enumerate(p for p in message["placeholders"] if not p[0])]
            if case["catalog"] == messages_catalog:
                text = translation.gettext(message["id"])
            else:
                n = typed(arguments[message["selector"]])
                text = translation.ngettext(message["id"], message["plural"], n)
                if message["selector_py"] == "":
                    positional = [n]
            try:
                expected = text % (tuple(positional) if positional else py)
            except (TypeError, KeyError, ValueError):
                continue
            cases.append(dict(case, locale=locale, expected=expected))
        report.append(f"{locale} ({forms} form{'s' if forms != 1 else ''}): {len(placed[messages_catalog])} messages, "
                      + (f"{len(placed[plurals_catalog])} plurals" if mapping is not None
                         else "plurals not placed: its Plural-Forms split a CLDR category"))
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{project} translations: " + "; ".join(report), file=sys.stderr)


def import_with_errcat(errcat, po_files, sources, locale, project):
    """`errcat translations import` of the project's .po files for `locale` into its two catalogs
    (named on the command line, so another project's catalogs take nothing): the entry names it
    placed, by catalog."""
    stems = {f"{project}Messages": f"{project.lower()}-messages", f"{project}Plurals": f"{project.lower()}-plurals"}
    for stem in stems.values():
        (sources / f"{stem}.{locale}.yaml").unlink(missing_ok=True)
    catalogs = [str(sources / f"{stem}.yaml") for stem in stems.values()]
    run = subprocess.run([errcat, "translations", "import", "--locale", locale, *map(str, po_files), *catalogs],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{locale}: errcat translations import failed:\n{run.stderr[-3000:]}")
    placed = {}
    for catalog, stem in stems.items():
        path = sources / f"{stem}.{locale}.yaml"
        if path.exists():
            placed[catalog] = set((yaml.safe_load(path.read_text(encoding="utf-8")).get("errors") or {}).keys())
    return placed


def locale_tag(folder):
    """A gettext folder's name as the BCP 47 tag errcat writes (cs_CZ → cs-CZ)."""
    return folder.replace("_", "-")


def po_forms(path, msgid):
    """The msgstr forms the .po at `path` gives the plural `msgid` (none when it has no such message)."""
    catalog = load_po(path)
    message = catalog and catalog.get(msgid)
    return list(message.string) if message and isinstance(message.string, (list, tuple)) else []


def representatives(mapping, locale):
    """(category, a number of it) per category of `mapping`, in its order; `other`, when no
    whole number takes it (Russian, say), with 1.5, which gettext's formula also places."""
    rule = Locale.parse(locale.replace("-", "_")).plural_form
    found = {}
    for n in range(0, 10001):
        found.setdefault(rule(n), n)
    numbers = [(category, found[category]) for category in mapping]
    if "other" not in mapping:
        numbers.append(("other", 1.5))
    return numbers


def typed(argument):
    name, kind_name, text = argument
    return int(text) if kind_name == "integer" else float(text) if kind_name == "number" else text


if __name__ == "__main__":
    main()
