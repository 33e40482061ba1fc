#!/usr/bin/env python3
"""Formatted numbers (`{n, number}`, `integer`, `percent`, money with `currency`) as errcat renders
them, against ICU's own MessageFormat in locales chosen for their differences.

Usage: number_oracle.py RENDER_SOURCES CASES_JSON

Writes NumberOracle, one entry per style, with a translation into every locale of LOCALES, and a
case per locale, style and value whose expected text is what Debian's PyICU (ICU 72, CLDR 42)
renders for the same pattern: another implementation and another CLDR release than errcat's data
(CLDR 49). Where ICU's data for a locale differs from errcat's in something a style uses (digits,
a symbol, a pattern, a currency's symbol or digits), the cases of that style are marked with the
difference, which `compare.py` then accepts and prints: a CLDR change since release 42 is the
only difference allowed. Every other case must render exactly as ICU renders it.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

LOCALES = ["en", "ar", "ar-EG", "fa", "bn", "hi", "en-IN", "mr", "de", "de-CH", "fr", "es", "it", "pl", "ru",
           "pt-BR", "sv", "fi", "ja", "he", "tr", "cy", "nl", "uk", "zh", "ko", "th", "id", "da", "cs", "my", "ne"]
INTEGERS = [0, 1, -1, 7, 12, 999, 1000, -1000, 1234, 12345, 123456, 1234567, -1234567, 10**8, 10**9, 987654321]
NUMBERS = [0.5, 2.5, 3.5, -2.5, 3.14159, 0.001, 0.0005, 0.0015, 1.5e-7, -0.0001, 0.125, -0.125, 1234.5678,
           99.9995, 999.9999, 1234567.891, -9876.54321, 1e9 + 0.5, 12.345, 0.1 + 0.2,
           float("inf"), float("-inf"), float("nan")]
MONEY = [(0, "EUR"), (5, "EUR"), (1250, "EUR"), (-123456, "EUR"), (100000000000, "EUR"), (1250, "JPY"),
         (-98765, "JPY"), (123456789, "INR"), (5, "INR"), (300, "CHF"), (2000, "KWD"), (999, "USD")]
STYLES = {"decimal": "{n, number}", "integer": "{n, number, integer}", "percent": "{n, number, percent}",
          "currency": "{p, number, currency}"}
ICU = r"""
import icu, json, sys
request = json.load(sys.stdin)
D = icu.DecimalFormatSymbols
def data(tag):
    locale = icu.Locale(tag.replace("-", "_"))
    symbols = D(locale)
    out = {name: symbols.getSymbol(getattr(D, key)) for name, key in [
        ("zero", "kZeroDigitSymbol"), ("decimal", "kDecimalSeparatorSymbol"), ("group", "kGroupingSeparatorSymbol"),
        ("minus", "kMinusSignSymbol"), ("percent", "kPercentSymbol"), ("infinity", "kInfinitySymbol"),
        ("nan", "kNaNSymbol")]}
    out["decimalPattern"] = icu.NumberFormat.createInstance(locale).toPattern()
    out["percentPattern"] = icu.NumberFormat.createPercentInstance(locale).toPattern()
    out["currencyPattern"] = icu.NumberFormat.createCurrencyInstance(locale).toPattern()
    for code in request["currencies"]:
        formatter = icu.NumberFormat.createCurrencyInstance(locale)
        formatter.setCurrency(code)
        out["symbol " + code] = formatter.getDecimalFormatSymbols().getSymbol(D.kCurrencySymbol)
        out["digits " + code] = formatter.getMaximumFractionDigits()
    return out
def render(tag, pattern, values, money):
    locale = icu.Locale(tag.replace("-", "_"))
    texts = []
    for value in values:
        formatter = icu.MessageFormat(pattern, locale)
        if money:
            units, code = value
            number = formatter.getFormats()[0]
            number.setCurrency(code)
            formatter.setFormat(0, number)
            digits = number.getMaximumFractionDigits()
            value = units / 10 ** digits
        texts.append(formatter.format(["p" if money else "n"], [icu.Formattable(value)]))
    return texts
out = {}
for tag in request["locales"]:
    out[tag] = {"data": data(tag), "styles": {
        style: render(tag, pattern, request["money"] if style == "currency" else request["values"], style == "currency")
        for style, pattern in request["styles"].items()}}
print(json.dumps(out))
"""


def swift_records(name):
    """The records of errcat's generated CLDR data file `name` (its `records` string literal): one
    list of fields per locale line, unescaped as Swift reads them."""
    text = (Path(__file__).resolve().parents[2] / f"Sources/ErrorCatalogCompiler/Model/{name}").read_text()
    body = text.split('static let records = """\n', 1)[1].split('\n        """', 1)[0]
    body = re.sub(r"\\\n {8}", "", body)
    lines = [line[8:] for line in body.split("\n")]
    return [[unescape_swift(field) for field in line.split("\\t")] for line in lines]


def unescape_swift(text):
    return re.sub(r"\\u\{([0-9A-F]+)\}", lambda m: chr(int(m.group(1), 16)), text).replace('\\"', '"').replace(
        "\\\\", "\\")


def errcat_conventions(tag):
    """errcat's data for `tag` (CLDRNumberFormats.swift), resolved as the compiler resolves it."""
    keys = ["zero", "decimal", "group", "minus", "percent", "infinity", "notANumber", "decimalPattern",
            "percentPattern", "currencyPattern", "currencySymbols"]
    records = {fields[0]: dict(zip(keys, fields[1:])) for fields in swift_records("CLDRNumberFormats.swift")}
    for record in records.values():
        record["zero"] = int(record["zero"], 16)
    parts = tag.replace("-", "_").split("_")
    names = ["_".join(parts[:length]) for length in range(len(parts), 0, -1)]
    found = next((records[name] for name in names if name in records), records["root"])
    symbols = {}
    for name in ["root"] + names[::-1]:
        for pair in records.get(name, {}).get("currencySymbols", "").split("\x1f"):
            if " " in pair:
                code, symbol = pair.split(" ", 1)
                symbols[code] = symbol
    return found, symbols


def differences(tag, icu_data, currencies):
    """Per style, what ICU 72's data for `tag` says that errcat's CLDR 49 data does not."""
    mine, symbols = errcat_conventions(tag)
    zero = chr(mine["zero"]) if mine["zero"] else "0"
    common = {"zero": zero, "decimal": mine["decimal"], "group": mine["group"], "minus": mine["minus"],
              "infinity": mine["infinity"], "nan": mine["notANumber"], "decimalPattern": mine["decimalPattern"]}
    by_style = {"decimal": dict(common), "integer": dict(common), "percent": dict(common), "currency": dict(common)}
    by_style["percent"].update(percent=mine["percent"], percentPattern=mine["percentPattern"])
    by_style["currency"].pop("decimalPattern")
    by_style["currency"]["currencyPattern"] = mine["currencyPattern"]
    for code in currencies:
        by_style["currency"]["symbol " + code] = symbols.get(code, code)
        by_style["currency"]["digits " + code] = currency_digits(code)
    return {style: [f"{key} {icu_data[key]!r} → {value!r}" for key, value in fields.items()
                    if icu_data[key] != value and not same_pattern(key, icu_data[key], value)]
            for style, fields in by_style.items()}


def same_pattern(key, theirs, mine):
    """ICU writes a pattern back with its negative part only where it is not the implicit one."""
    return key.endswith("Pattern") and theirs.split(";")[0] == mine.split(";")[0] and (
        ";" not in theirs and ";" not in mine or theirs == mine)


def currency_digits(code):
    """errcat's fraction digits of `code` (CurrencyDigits.swift: a switch over each code's letters
    packed into an integer, `0x4A_50_59` for JPY)."""
    text = (Path(__file__).resolve().parents[2] / "Sources/ErrorCatalog/CurrencyDigits.swift").read_text()
    for keys, digits in re.findall(r"case ((?:0x[0-9A-F_]+,?\s*)+):\s*(\d)", text):
        codes = {bytes.fromhex(key[2:].replace("_", "")).decode() for key in re.findall(r"0x[0-9A-F_]+", keys)}
        if code in codes:
            return int(digits)
    return 2


def applies(difference, value):
    """Whether a difference of data shows in the rendering of `value`: infinity's and
    not-a-number's symbols only in theirs, a currency's symbol and digits only in its amounts,
    the minus sign only below zero."""
    key = difference.split(" '")[0].split(' "')[0]
    if key == "nan":
        return isinstance(value, float) and value != value
    if key == "infinity":
        return isinstance(value, float) and value in (float("inf"), float("-inf"))
    if key.startswith(("symbol ", "digits ")):
        return value[1] == key.split(" ")[1]
    if key == "minus":
        return (value[0] if isinstance(value, tuple) else value) < 0 or repr(value).startswith("-")
    return True


def write_oracle(sources, catalog, title, stem, entries, locales):
    """Writes the oracle catalog `catalog` (one entry per (code, Swift name, params, pattern)) and
    its translation into every locale but English, each text the same pattern."""
    source = [f"catalog: {catalog}", f"title: {title}", "errors:"]
    for code, _, params, pattern in entries:
        source += [f"  - code: {code}", f"    params: {{{params}}}", f"    meaning: {json.dumps(pattern)}",
                   "    remedy: None."]
    (sources / f"{stem}.yaml").write_text("\n".join(source) + "\n", encoding="utf-8")
    for tag in locales:
        if tag != "en":
            translation = [f"translation: {catalog}", f"locale: {tag}", "errors:"]
            for _, name, _, pattern in entries:
                translation += [f"  {name}:", f"    meaning: {json.dumps(pattern)}", "    remedy: None."]
            (sources / f"{stem}.{tag}.yaml").write_text("\n".join(translation) + "\n", encoding="utf-8")


def main():
    sources, cases_path = Path(sys.argv[1]), Path(sys.argv[2])
    cases = json.loads(cases_path.read_text(encoding="utf-8"))
    values = INTEGERS + NUMBERS
    currencies = sorted({code for _, code in MONEY})
    request = json.dumps({"locales": LOCALES, "styles": STYLES, "values": values, "money": MONEY,
                          "currencies": currencies})
    answer = subprocess.run(["/usr/bin/python3", "-c", ICU], input=request, capture_output=True, text=True, check=True)
    icu_out = json.loads(answer.stdout)
    entries = [(style.upper(), style, "p: money" if style == "currency" else "n: number", pattern)
               for style, pattern in STYLES.items()]
    write_oracle(sources, "NumberOracle", "Formatted numbers in many locales", "number-oracle", entries, LOCALES)
    compared, changed = 0, []
    for tag in LOCALES:
        differ = differences(tag, icu_out[tag]["data"], currencies)
        for style in STYLES:
            inputs = MONEY if style == "currency" else values
            if differ[style]:
                changed.append(f"  {tag} {style}: " + "; ".join(differ[style]))
            else:
                compared += 1
            for value, expected in zip(inputs, icu_out[tag]["styles"][style]):
                argument = ["p", "money", f"{value[0]} {value[1]}"] if style == "currency" else \
                    ["n", "integer" if isinstance(value, int) else "number", repr(value)]
                case = {"catalog": "NumberOracle", "code": style.upper(), "locale": tag, "arguments": [argument],
                        "expected": expected}
                relevant = [d for d in differ[style] if applies(d, value)]
                if relevant:
                    case["cldrChange"] = "; ".join(relevant)
                cases.append(case)
    if compared < 80:
        sys.exit(f"number_oracle: only {compared} locale styles have ICU's data; too few to compare")
    cases_path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"formatted numbers: {compared} locale styles of {len(LOCALES) * len(STYLES)} with the same data as ICU 72 "
          f"(CLDR 42); the others differ by CLDR's changes since, their renderings accepted:\n" + "\n".join(changed),
          file=sys.stderr)


if __name__ == "__main__":
    main()
