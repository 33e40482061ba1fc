#!/usr/bin/env python3
"""Formatted timestamps (`{t, date, full|long|medium|short}`, `{t, time, …}`) as errcat renders them,
against ICU's own MessageFormat in locales chosen for their differences.

Usage: date_oracle.py RENDER_SOURCES CASES_JSON

Writes DateOracle, one entry per style, with a translation into every locale of LOCALES, and a case
per locale, style and instant (across a century, in UTC and at offsets east and west) whose expected
text is what Debian's PyICU (ICU 72, CLDR 42) renders for the same pattern in the Gregorian calendar
with the zone at the instant's offset: another implementation and another CLDR release than errcat's
data. Where ICU's data for a locale differs from errcat's in something a style uses (its pattern, a
month's or weekday's name, AM/PM, an era, how a zone or a day period is written), the cases of that
style are marked with the difference, which `compare.py` accepts and prints. Every other case must
render exactly as ICU renders it.
"""
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from number_oracle import swift_records, write_oracle  # noqa: E402

LOCALES = ["en", "ar", "fa", "bn", "hi", "en-IN", "de", "de-CH", "fr", "es", "it", "pl", "ru", "pt-BR", "sv", "fi",
           "ja", "he", "tr", "cy", "zh", "zh-Hant", "th", "ko", "uk", "nl", "da", "cs", "my", "en-GB"]
INSTANTS = ["1950-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "1987-10-25T01:02:03+14:00",
            "1999-12-31T12:00:00Z", "2000-02-29T13:05:09+05:30", "2001-09-09T01:46:40Z", "2012-06-30T18:45:00+09:00",
            "2024-07-04T09:08:07-03:00", "2026-12-07T10:30:00+01:00", "2038-01-19T03:14:08Z",
            "2049-11-30T23:59:59-09:30", "2050-05-15T06:00:00-00:45"]
LENGTHS = ["full", "long", "medium", "short"]
STYLES = {f"{kind}{length.capitalize()}": f"{{t, {kind}, {length}}}" for kind in ("date", "time") for length in LENGTHS}
# What a style's pattern can use, rendered by ICU one field at a time for the data comparison.
FIELDS = {"MMMM": "months", "MMM": "monthsShort", "EEEE": "days", "EEE": "daysShort", "cccc": "standaloneDays",
          "a": "periods", "G": "eras", "B": "dayPeriods"}
ICU = r"""
import icu, json, sys
request = json.load(sys.stdin)
def zone(offset):
    if offset == 0:
        return icu.TimeZone.createTimeZone("Etc/UTC")
    sign = "-" if offset < 0 else "+"
    return icu.TimeZone.createTimeZone("GMT%s%02d:%02d" % (sign, abs(offset) // 60, abs(offset) % 60))
def single(locale, pattern, seconds, offset):
    formatter = icu.SimpleDateFormat(pattern, locale)
    formatter.setTimeZone(zone(offset))
    return formatter.format(float(seconds))
out = {}
for tag in request["locales"]:
    locale = icu.Locale(tag.replace("-", "_") + "@calendar=gregorian")
    data = {}
    for index, style in enumerate(["kFull", "kLong", "kMedium", "kShort"]):
        data["date" + str(index)] = icu.DateFormat.createDateInstance(getattr(icu.DateFormat, style), locale).toPattern()
        data["time" + str(index)] = icu.DateFormat.createTimeInstance(getattr(icu.DateFormat, style), locale).toPattern()
    # 2023-01-01 was a Sunday: its months' first days and its first week's days.
    days = [1672531200 + 86400 * day for day in range(7)]
    months = [1672531200 + 86400 * 31 * month + 43200 for month in range(12)]
    for pattern in ["MMMM", "MMM"]:
        data[pattern] = [single(locale, pattern, when, 0) for when in months]
    for pattern in ["EEEE", "EEE", "cccc"]:
        data[pattern] = [single(locale, pattern, when, 0) for when in days]
    data["a"] = [single(locale, "a", 1672531200 + 3600 * hour, 0) for hour in (1, 13)]
    data["G"] = [single(locale, "G", when, 0) for when in (-62198755200, 1672531200)]
    data["B"] = [single(locale, "B", 1672531200 + 1800 * half, 0) for half in range(48)]
    for offset in request["offsets"]:
        data["z " + str(offset)] = single(locale, "z", 1672531200, offset)
        data["zzzz " + str(offset)] = single(locale, "zzzz", 1672531200, offset)
    data["zero"] = single(locale, "d", 1672531200 + 86400 * 9, 0)[-1]
    texts = {}
    for style, pattern in request["styles"].items():
        texts[style] = []
        for seconds, offset in request["instants"]:
            icu.TimeZone.setDefault(zone(offset))
            formatter = icu.MessageFormat(pattern, locale)
            texts[style].append(formatter.format(["t"], [icu.Formattable(float(seconds), icu.Formattable.kIsDate)]))
    out[tag] = {"data": data, "styles": texts}
print(json.dumps(out))
"""


def instant(text):
    """(seconds since 1970, offset in minutes) of an RFC 3339 date-time."""
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return int(moment.timestamp()), int(moment.utcoffset().total_seconds() // 60)


def errcat_fields(tag):
    """errcat's date data for `tag` (CLDRDateFormats.swift), resolved as the compiler resolves it."""
    records = {fields[0]: dict(field.split("=", 1) for field in fields[1:])
               for fields in swift_records("CLDRDateFormats.swift")}
    parts = tag.replace("-", "_").split("_")
    names = ["_".join(parts[:length]) for length in range(1, len(parts) + 1)]
    resolved = dict(records["root"])
    for name in names:
        resolved.update(records.get(name, {}))
    return {key: value.split("\x1f") for key, value in resolved.items()}


def zone_text(fields, offset, long, zero):
    """How errcat's data writes the zone of `offset` (the runtime's rule, from the data)."""
    if offset == 0:
        utc = fields["utc"]
        return (utc[0] or fields["gmtZero"][0]) if long else utc[1]
    positive, negative = fields["hours"][0].split(";")
    hours, minutes = divmod(abs(offset), 60)
    pattern = negative if offset < 0 else positive
    pattern = pattern.replace("HH", "H")
    if not long and minutes == 0:
        pattern = pattern[:pattern.rfind("H") + 1]
    text = pattern.replace("H", f"{hours:02d}" if long else str(hours)).replace("mm", f"{minutes:02d}")
    digits = "".join(chr(ord(c) - 48 + zero) if zero and c.isdigit() else c for c in text)
    return fields["gmt"][0].replace("{0}", digits)


def differences(tag, icu_data, zero):
    """Per style, what ICU 72's data for `tag` says that errcat's data does not."""
    mine = errcat_fields(tag)
    found = {}
    for index, style in enumerate(STYLES):
        kind, position = ("date", index) if index < 4 else ("time", index - 4)
        theirs, pattern = icu_data[f"{kind}{position}"], mine["patterns"][index]
        listed = [f"pattern {theirs!r} → {pattern!r}"] if theirs != pattern else []
        if icu_data["zero"] != (chr(zero) if zero else "0"):
            listed.append(f"digits {icu_data['zero']!r} → {chr(zero) if zero else '0'!r}")
        letters = re.sub(r"'[^']*'", "", pattern + theirs)
        for field, key in FIELDS.items():
            if field == "B" and "B" in letters:
                if icu_data["B"] != day_periods(mine):
                    listed.append(f"day periods {icu_data['B'][::8]!r} → {day_periods(mine)[::8]!r}")
            elif field != "B" and re.search(rf"(?<![A-Za-z]){field}(?![A-Za-z])", letters):
                if icu_data[field] != mine[key]:
                    listed.append(f"{field} {icu_data[field]!r} → {mine[key]!r}")
        for width in ("zzzz", "z"):
            if re.search(rf"(?<!z){width}(?!z)", letters):
                for offset in OFFSETS:
                    ours = zone_text(mine, offset, width == "zzzz", zero)
                    if icu_data[f"{width} {offset}"] != ours:
                        listed.append(f"{width} at {offset} {icu_data[f'{width} {offset}']!r} → {ours!r}")
        found[style] = listed
    return found


def day_periods(mine):
    """The flexible day period of each half hour of a day, by errcat's rules (at-rules of noon only)."""
    rules = [(rule.startswith("="), int(rule.split(" ")[0].lstrip("=")), rule.split(" ", 1)[1])
             for rule in mine["dayPeriods"] if rule]
    out = []
    for half in range(48):
        second = 1800 * half
        at = [name for exact, start, name in rules if exact and start == second]
        before = [name for exact, start, name in rules if not exact and start <= second]
        out.append(at[0] if at else before[-1] if before else "")
    return out


OFFSETS = sorted({instant(text)[1] for text in INSTANTS})


def wire_code(style):
    """`DATE_FULL` for `dateFull`: the Swift name of the entry is the style's name."""
    return re.sub(r"([A-Z])", r"_\1", style).upper()


def zero_of(tag):
    """The digit zero errcat writes `tag`'s numbers with (CLDRNumberFormats.swift)."""
    from number_oracle import errcat_conventions
    return errcat_conventions(tag)[0]["zero"]


def main():
    sources, cases_path = Path(sys.argv[1]), Path(sys.argv[2])
    cases = json.loads(cases_path.read_text(encoding="utf-8"))
    instants = [instant(text) for text in INSTANTS]
    request = json.dumps({"locales": LOCALES, "styles": STYLES, "instants": instants, "offsets": OFFSETS})
    answer = subprocess.run(["/usr/bin/python3", "-c", ICU], input=request, capture_output=True, text=True, check=True)
    icu_out = json.loads(answer.stdout)
    entries = [(wire_code(style), style, "t: timestamp", pattern) for style, pattern in STYLES.items()]
    write_oracle(sources, "DateOracle", "Formatted timestamps in many locales", "date-oracle", entries, LOCALES)
    compared, changed = 0, []
    for tag in LOCALES:
        differ = differences(tag, icu_out[tag]["data"], zero_of(tag))
        for style in STYLES:
            if differ[style]:
                changed.append(f"  {tag} {style}: " + "; ".join(differ[style]))
            else:
                compared += 1
            for text, expected in zip(INSTANTS, icu_out[tag]["styles"][style]):
                case = {"catalog": "DateOracle", "code": wire_code(style), "locale": tag,
                        "arguments": [["t", "timestamp", text]], "expected": expected}
                if differ[style]:
                    case["cldrChange"] = "; ".join(differ[style])
                cases.append(case)
    if compared < 120:
        sys.exit(f"date_oracle: only {compared} locale styles have ICU's data; too few to compare")
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"formatted timestamps: {compared} locale styles of {len(LOCALES) * len(STYLES)} with the same data as "
          f"ICU 72 (CLDR 42); the others differ by CLDR's changes since, their renderings accepted:\n"
          + "\n".join(changed), file=sys.stderr)


if __name__ == "__main__":
    main()
