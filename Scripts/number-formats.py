#!/usr/bin/env python3
"""Writes Sources/ErrorCatalogCompiler/Model/CLDRNumberFormats.swift from current CLDR, as Babel ships it.

Usage: Scripts/number-formats.py   (with Babel BABEL_VERSION importable: pip install babel==BABEL_VERSION)

Per locale: the digits of its default numbering system, its number symbols (decimal, group,
minus and percent signs, infinity, not-a-number), its decimal, percent and standard currency
patterns, the symbols of the currencies it writes other than by their ISO 4217 code, and, per
currency, ISO 4217's fraction digits as CLDR gives them. A locale is kept only where what it
writes differs from what the locale its tag truncates to writes (`de_CH` from `de`, `de` from
root), which is how errcat finds a catalog locale's conventions.
"""
import sys
import unicodedata
from pathlib import Path

BABEL_VERSION = "2.19.0"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources/ErrorCatalogCompiler/Model/CLDRNumberFormats.swift"
DIGITS_OUT = ROOT / "Sources/ErrorCatalog/CurrencyDigits.swift"
# CLDR numbering systems (numberingSystems.xml) by the Unicode name of their digit zero.
ZERO_NAMES = {
    "latn": None, "arab": "ARABIC-INDIC DIGIT ZERO", "arabext": "EXTENDED ARABIC-INDIC DIGIT ZERO",
    "deva": "DEVANAGARI DIGIT ZERO", "beng": "BENGALI DIGIT ZERO", "mymr": "MYANMAR DIGIT ZERO",
    "olck": "OL CHIKI DIGIT ZERO", "tibt": "TIBETAN DIGIT ZERO", "mtei": "MEETEI MAYEK DIGIT ZERO",
    "adlm": "ADLAM DIGIT ZERO", "nkoo": "NKO DIGIT ZERO", "cakm": "CHAKMA DIGIT ZERO",
    "hmnp": "NYIAKENG PUACHUE HMONG DIGIT ZERO",
}


def main():
    import babel
    from babel.core import get_cldr_version
    if babel.__version__ != BABEL_VERSION:
        sys.exit(f"number-formats.py: Babel {babel.__version__} found; pin babel=={BABEL_VERSION}")
    version = f"{get_cldr_version()} (Babel {babel.__version__})"
    write(kept_locales(), version)
    write_digits(currency_digits(), version)


def conventions(identifier):
    from babel import Locale
    locale = Locale.parse(identifier)
    system = locale.default_numbering_system
    if system not in ZERO_NAMES:
        sys.exit(f"number-formats.py: {identifier}: numbering system {system} has no digits here; add it")
    zero = ord(unicodedata.lookup(ZERO_NAMES[system])) if ZERO_NAMES[system] else 0
    symbols = dict(locale.number_symbols.get(system, {}))
    if "decimal" not in symbols:  # an alias to the Latin symbols
        symbols = dict(locale.number_symbols["latn"])
    currencies = tuple(sorted((code, symbol) for code, symbol in locale.currency_symbols.items() if code != symbol))
    return (
        zero, symbols["decimal"], symbols["group"], symbols["minusSign"], symbols["percentSign"],
        symbols["infinity"], symbols["nan"], locale.decimal_formats[None].pattern,
        locale.percent_formats[None].pattern, locale.currency_formats["standard"].pattern, currencies,
    )


def kept_locales():
    """(locale, conventions) where a locale writes other than the locale its tag truncates to;
    its currency symbols only where they differ from that locale's (a symbol that is the code
    where the other locale has one is kept as the code)."""
    from babel.localedata import locale_identifiers
    every = {identifier: conventions(identifier) for identifier in locale_identifiers() + ["root"]}
    kept = []
    for identifier in sorted(every):
        parts = identifier.split("_")
        parent = "_".join(parts[:-1]) if len(parts) > 1 else "root"
        while parent not in every and "_" in parent:
            parent = parent.rsplit("_", 1)[0]
        inherited = every.get(parent, every["root"]) if identifier != "root" else every["root"][:-1] + ((),)
        own, theirs = dict(every[identifier][-1]), dict(inherited[-1])
        changed = tuple(sorted(
            (code, own.get(code, code)) for code in set(own) | set(theirs) if own.get(code, code) != theirs.get(code, code)))
        if identifier == "root" or every[identifier][:-1] != inherited[:-1] or changed:
            kept.append((identifier, every[identifier][:-1] + (changed,)))
    return kept


def currency_digits():
    from babel.core import get_global
    fractions = get_global("currency_fractions")
    return sorted((code, digits[0]) for code, digits in fractions.items() if code != "DEFAULT" and digits[0] != 2)


def literal(text):
    out = []
    for character in text:
        if character in '"\\':
            out.append("\\" + character)
        elif ord(character) < 0x20 or unicodedata.category(character) in ("Cf", "Zs", "Mn") and character != " ":
            out.append("\\u{%X}" % ord(character))
        else:
            out.append(character)
    return '"' + "".join(out) + '"'


def write_digits(digits, version):
    """The fraction digits as a switch over each code's three ASCII letters packed into an integer:
    a comparison of integers, where a switch over strings would compare them one by one."""
    by_count = {}
    for code, count in digits:
        by_count.setdefault(count, []).append(code)
    lines = [
        f"// Generated by Scripts/number-formats.py from CLDR {version}. Do not edit.",
        "// swift-format-ignore-file",
        "",
        "extension Money {",
        "    /// The fraction digits of an amount in `currency`, an ISO 4217 code, as CLDR gives them",
        "    /// (`JPY` 0, `KWD` 3, `EUR` 2): 2 for a currency CLDR names no other number for.",
        "    public static func fractionDigits(of currency: String) -> Int {",
        "        var key = 0",
        "        for byte in currency.utf8.prefix(4) { key = key << 8 | Int(byte) }",
        "        // Each case is a code's letters, one byte each: 0x4A_50_59 is JPY.",
        "        return switch key {",
    ]
    for count in sorted(by_count):
        codes = by_count[count]
        comment = "        //"
        for index, code in enumerate(codes):
            item = f" {code}" + ("," if index < len(codes) - 1 else "")
            if len(comment) + len(item) > 118:
                lines.append(comment)
                comment = "        //"
            comment += item
        lines.append(comment)
        row = "        case"
        for index, code in enumerate(codes):
            item = " 0x" + "_".join(f"{ord(c):02X}" for c in code) + ("," if index < len(codes) - 1 else ":")
            if len(row) + len(item) > 118:
                lines.append(row)
                row = "            "
            row += item
        lines += [row, f"            {count}"]
    lines += ["        default:", "            2", "        }", "    }", "}", ""]
    DIGITS_OUT.write_text("\n".join(lines))


def write(kept, version):
    lines = [
        f"// Generated by Scripts/number-formats.py from CLDR {version}. Do not edit.",
        "// swift-format-ignore-file",
        "",
        "/// CLDR's number conventions: per locale whose conventions differ from those of the locale",
        "/// its tag truncates to (root last), the digits, symbols and patterns it writes numbers with;",
        "/// its currency symbols are those that differ from that locale's.",
        "enum CLDRNumberFormats {",
        "    /// The CLDR release the data comes from, and the Babel release that carries it.",
        f"    static let cldrVersion = {literal(version)}",
        "",
    ]
    lines += ["    /// The locales, as CLDR names them.", "    static let locales: [(String, NumberConventions)] = ["]
    for identifier, (zero, decimal, group, minus, percent, infinity, nan, dp, pp, cp, currencies) in kept:
        lines.append(f'        ("{identifier}", NumberConventions(')
        lines.append(
            f"            zero: 0x{zero:X}, decimal: {literal(decimal)}, group: {literal(group)}, "
            f"minus: {literal(minus)}, percent: {literal(percent)},")
        lines.append(f"            infinity: {literal(infinity)}, notANumber: {literal(nan)},")
        lines.append(f"            decimalPattern: {literal(dp)}, percentPattern: {literal(pp)},")
        lines.append(f"            currencyPattern: {literal(cp)},")
        lines.append("            currencySymbols: " + currency_literal(currencies) + ")),")
    lines += ["    ]", "}", ""]
    OUT.write_text("\n".join(lines))


def currency_literal(currencies):
    """The symbols as one string literal, `CODE symbol` pairs joined by U+001F, over lines of at most 120."""
    pieces = [literal(f"{code} {symbol}")[1:-1] for code, symbol in currencies]
    joined = "\\u{1F}".join(pieces)
    if len(joined) < 60:
        return '"' + joined + '"'
    out, line = ['"""'], "                "
    for index, piece in enumerate(pieces):
        item = piece + ("\\u{1F}" if index < len(pieces) - 1 else "")
        if len((line + item).encode()) > 116:
            out.append(line + "\\")
            line = "                "
        line += item
    out += [line, '                """']
    return "\n".join(out)


if __name__ == "__main__":
    main()
