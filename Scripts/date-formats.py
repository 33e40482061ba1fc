#!/usr/bin/env python3
"""Writes Sources/ErrorCatalogCompiler/Model/CLDRDateFormats.swift from current CLDR, as Babel ships it.

Usage: Scripts/date-formats.py   (with Babel BABEL_VERSION importable: pip install babel==BABEL_VERSION,
and Debian's unicode-cldr-core installed)

Per locale, for the Gregorian calendar: the full, long, medium and short date and time patterns;
the names those patterns use (months wide and abbreviated, weekdays wide and abbreviated in format
and stand-alone context, AM and PM, eras, the flexible day periods of a `B` pattern with their
rules); and how a time zone is written: the UTC zone's long and short names, the localized GMT
format, and its hour format and zero format. Babel carries every datum but the last two, which are
read from the newest CLDR XML on the machine (Debian's unicode-cldr-core).

A locale keeps only the data that differs from the locale its tag truncates to (`de_CH` from `de`,
`de` from root), which is how errcat finds a catalog locale's conventions.
"""
import functools
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from swift_source import records_file  # noqa: E402

BABEL_VERSION = "2.19.0"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources/ErrorCatalogCompiler/Model/CLDRDateFormats.swift"
CLDR_XML = Path("/usr/share/unicode/cldr/common/main")
# The pattern letters errcat's runtime writes (UTS #35's date field symbols).
SUPPORTED = re.compile(r"^(G|y|yy|M|MM|MMM|MMMM|d|dd|EEE|EEEE|cccc|a|B|h|hh|H|HH|m|mm|s|ss|z|zzz|zzzz)$")
FIELDS = ("patterns", "months", "monthsShort", "days", "daysShort", "standaloneDays", "periods", "eras",
          "dayPeriods", "gmt", "hours", "gmtZero", "utc")
SEPARATOR = "\x1f"


def main():
    import babel
    from babel.core import get_cldr_version
    if babel.__version__ != BABEL_VERSION:
        sys.exit(f"date-formats.py: Babel {babel.__version__} found; pin babel=={BABEL_VERSION}")
    if not CLDR_XML.is_dir():
        sys.exit(f"date-formats.py: {CLDR_XML} not found; apt-get install unicode-cldr-core")
    version = f"{get_cldr_version()} (Babel {babel.__version__})"
    write(kept_locales(), version, xml_version())


def xml_version():
    """The CLDR release of the XML: Debian's package version (`41-0.1` is CLDR 41)."""
    import subprocess
    package = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "unicode-cldr-core"],
                             capture_output=True, text=True, check=True).stdout
    return package.split("-")[0]


@functools.lru_cache(maxsize=None)
def xml_zone_names(name):
    path = CLDR_XML / f"{name}.xml"
    return ElementTree.parse(path).getroot().find("dates/timeZoneNames") if path.exists() else None


def xml_zone_format(identifier, element):
    """`element` of timeZoneNames in the CLDR XML of `identifier`, or of the locale it truncates to."""
    name = identifier
    while True:
        names = xml_zone_names(name)
        found = names.find(element) if names is not None else None
        if found is not None:
            return found.text
        if name == "root":
            sys.exit(f"date-formats.py: no {element} for {identifier}")
        name = name.rsplit("_", 1)[0] if "_" in name else "root"


def check(identifier, pattern):
    unquoted = re.sub(r"'[^']*'", "", pattern)
    for match in re.finditer(r"([A-Za-z])\1*", unquoted):
        if not SUPPORTED.match(match.group(0)):
            sys.exit(f"date-formats.py: {identifier}: pattern {pattern!r} uses {match.group(0)!r}; support it")
    return pattern


def day_periods(locale, patterns):
    """The flexible day periods (`B`) as `=second name` (at) and `second name` (from) pairs. Midnight is
    left out: it is ambiguous (the day's start or its end), and ICU does not show it either."""
    if "B" not in re.sub(r"'[^']*'", "", patterns):
        return ""
    names = locale.day_periods["format"]["abbreviated"]
    pairs = []
    for period, rules in locale.day_period_rules[None].items():
        for rule in rules:
            if period == "midnight":
                continue
            if "at" in rule:
                pairs.append((rule["at"], "=", names[period]))
            else:
                pairs.append((rule["from"], "", names[period]))
    return SEPARATOR.join(f"{kind}{second} {name}" for second, kind, name in sorted(pairs))


def conventions(identifier):
    from babel import Locale
    locale = Locale.parse(identifier)
    styles = ("full", "long", "medium", "short")
    patterns = [check(identifier, locale.date_formats[s].pattern) for s in styles]
    patterns += [check(identifier, locale.time_formats[s].pattern) for s in styles]
    months, days = locale.months["format"], locale.days["format"]
    week = (6, 0, 1, 2, 3, 4, 5)  # Babel counts from Monday; errcat from Sunday
    utc = locale.time_zones.get("Etc/UTC", {})
    periods = locale.day_periods["format"]["abbreviated"]
    return {
        "patterns": SEPARATOR.join(patterns),
        "months": SEPARATOR.join(months["wide"][m] for m in range(1, 13)),
        "monthsShort": SEPARATOR.join(months["abbreviated"][m] for m in range(1, 13)),
        "days": SEPARATOR.join(days["wide"][d] for d in week),
        "daysShort": SEPARATOR.join(days["abbreviated"][d] for d in week),
        "standaloneDays": SEPARATOR.join(locale.days["stand-alone"]["wide"][d] for d in week),
        "periods": periods["am"] + SEPARATOR + periods["pm"],
        "eras": SEPARATOR.join(locale.eras["abbreviated"][e] for e in (0, 1)),
        "dayPeriods": day_periods(locale, SEPARATOR.join(patterns)),
        "gmt": locale.zone_formats["gmt"].replace("%s", "{0}"),
        "hours": xml_zone_format(identifier, "hourFormat"),
        "gmtZero": xml_zone_format(identifier, "gmtZeroFormat"),
        "utc": utc.get("long", {}).get("standard", "") + SEPARATOR + utc.get("short", {}).get("standard", "UTC"),
    }


def kept_locales():
    """(locale, fields) with the fields where a locale differs from the locale its tag truncates to."""
    from babel.localedata import locale_identifiers
    every = {identifier: conventions(identifier) for identifier in locale_identifiers() + ["root"]}
    kept = [("root", every["root"])]
    for identifier in sorted(every):
        if identifier == "root":
            continue
        parent = identifier.rsplit("_", 1)[0] if "_" in identifier else "root"
        while parent not in every and "_" in parent:
            parent = parent.rsplit("_", 1)[0]
        inherited = every.get(parent, every["root"])
        changed = {key: value for key, value in every[identifier].items() if value != inherited[key]}
        if changed:
            kept.append((identifier, changed))
    return kept


def write(kept, version, xml):
    records = [[identifier] + [f"{key}={fields[key]}" for key in FIELDS if key in fields] for identifier, fields in kept]
    records_file(
        OUT, "Scripts/date-formats.py", f"CLDR {version} and CLDR {xml}'s XML", [
            "CLDR's Gregorian date and time conventions: per locale, the fields that differ from those of",
            "the locale its tag truncates to (root has every field). Names and patterns are joined by U+001F.",
            f"The hour and zero formats of the localized GMT format are CLDR {xml}'s (Babel does not carry",
            f"them); every other field is CLDR {version.split(' ')[0]}'s.",
        ], "CLDRDateFormats", version + "; hour and zero formats " + xml, [
            "One line per locale, as CLDR names it, and its fields (`key=value`, keys as `DateFields`",
            "names them) parted by tabs.",
        ], records)


if __name__ == "__main__":
    main()
