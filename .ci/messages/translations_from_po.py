#!/usr/bin/env python3
"""Translations of the Django catalogs from Django's own gettext catalogs, and the cases.

Usage: translations_from_po.py DJANGO_DIR RENDER_SOURCES CASES_JSON NAMES_JSON LOCALE...

For each locale, every message of DjangoMessages and DjangoPlurals that Django translates
becomes a text of `django-messages.<locale>.yaml` / `django-plurals.<locale>.yaml`; a plural's
gettext forms are placed on CLDR categories through the catalog's own Plural-Forms formula,
compared with CLDR's rules (Babel, the CLDR release errcat's rules come from) on 0…10,000. A
language whose formula splits a CLDR category over two forms cannot be placed and is reported.
The cases render each translated message for many numbers; their expected text is what
gettext itself gives: `translation.ngettext(singular, plural, n) % arguments`.
"""
import contextlib
import gettext
import io
import json
import sys
import warnings
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po

sys.path.insert(0, str(Path(__file__).parent))
from catalogs_from_po import NUMBERS, camel, icu, kind, placeholders, value  # noqa: E402


def form_of_category(po_path, locale):
    """CLDR category → gettext form index, or None when a category takes two forms."""
    with contextlib.redirect_stderr(io.StringIO()):  # Babel's notes on the catalog's own quirks
        catalog = read_po(open(po_path, "rb"))
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


def main():
    # gettext's formula places 1.5 too; Python only warns that plural values should be whole.
    warnings.simplefilter("ignore", DeprecationWarning)
    django, sources, cases_path, names_path = map(Path, sys.argv[1:5])
    locales = sys.argv[5:]
    names = json.loads(names_path.read_text(encoding="utf-8"))
    cases = load_cases(cases_path)
    english = [c for c in cases if c["catalog"].startswith("Django") and "locale" not in c]
    messages = json.loads((sources.parent.parent / "messages.json").read_text(encoding="utf-8"))
    report = []
    for locale in locales:
        domain_dirs = [django / "conf" / "locale"] + sorted((django / "contrib").glob("*/locale"))
        translations = [gettext.translation("django", str(d), [locale], fallback=True) for d in domain_dirs]
        po = django / "conf" / "locale" / locale / "LC_MESSAGES" / "django.po"
        mapping, forms = form_of_category(po, locale)
        placed = {"DjangoMessages": {}, "DjangoPlurals": {}}
        for code, message in messages.items():
            directory = message["domain"]
            translation = translations[directory]
            if message["catalog"] == "DjangoMessages":
                text = translation.gettext(message["id"])
                if text == message["id"]:
                    continue
                if sorted(placeholders(text)) != sorted(placeholders(message["id"])):
                    continue
                placed["DjangoMessages"][code] = icu(text, {}, False)
            elif mapping is not None:
                one, other = message["id"], message["plural"]
                selector_py = message["selector_py"]
                numbers = representatives(mapping, locale)
                forms_text = [translation.ngettext(one, other, n) for _, n in numbers]
                if all(f in (one, other) for f in forms_text):
                    continue
                branches = [f"{category} {{{icu(translation.ngettext(one, other, n), {}, True, pound=selector_py)}}}"
                            for category, n in numbers]
                placed["DjangoPlurals"][code] = "{%s, plural, %s}" % (message["selector"], " ".join(branches))
        for catalog, texts in placed.items():
            stem = "django-messages" if catalog == "DjangoMessages" else "django-plurals"
            lines = [f"translation: {catalog}", f"locale: {locale}", "errors:"]
            for code, text in texts.items():
                lines += [f"  {names[code]}:", f"    meaning: {yaml_text(text)}"]
            if texts:
                (sources / f"{stem}.{locale}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        for case in english:
            if case["code"] not in placed[case["catalog"]]:
                continue
            message = messages[case["code"]]
            translation = translations[message["domain"]]
            arguments = {a[0]: a for a in case["arguments"]}
            py = {name: typed(arguments[camel(name)]) for name, _ in message["placeholders"] if name}
            positional = [typed(arguments[f"arg{i + 1}"]) for i, (name, _) in enumerate(p for p in message["placeholders"] if not p[0])]
            if case["catalog"] == "DjangoMessages":
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
        report.append(f"{locale} ({forms} form{'s' if forms != 1 else ''}): {len(placed['DjangoMessages'])} messages, "
                      + (f"{len(placed['DjangoPlurals'])} plurals" if mapping is not None else "plurals not placed: its Plural-Forms split a CLDR category"))
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print("translations: " + "; ".join(report), file=sys.stderr)


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
