import Foundation

/// How a locale writes numbers, from CLDR (`CLDRNumberFormats`): its digits, symbols and
/// decimal, percent and currency patterns, and its currencies' symbols. The generated tables hold
/// them, after the locale's plural rules, for catalogs whose messages format numbers.
public struct NumberConventions: Sendable, Hashable {
    /// The locale's digit zero (0 for ASCII digits).
    var zero: Int
    var decimal: String
    var group: String
    var minus: String
    var percent: String
    var infinity: String
    var notANumber: String
    var decimalPattern: String
    var percentPattern: String
    var currencyPattern: String
    /// `CODE symbol` pairs, joined by U+001F.
    var currencySymbols: String

    init(
        zero: Int, decimal: String, group: String, minus: String, percent: String, infinity: String,
        notANumber: String, decimalPattern: String, percentPattern: String, currencyPattern: String,
        currencySymbols: String
    ) {
        self.zero = zero
        self.decimal = decimal
        self.group = group
        self.minus = minus
        self.percent = percent
        self.infinity = infinity
        self.notANumber = notANumber
        self.decimalPattern = decimalPattern
        self.percentPattern = percentPattern
        self.currencyPattern = currencyPattern
        self.currencySymbols = currencySymbols
    }

    /// The CLDR release the conventions come from.
    public static var cldrVersion: String { CLDRNumberFormats.cldrVersion }

    private static let byLocale = Dictionary(uniqueKeysWithValues: CLDRNumberFormats.locales)

    /// CLDR's conventions for the BCP 47 tag `locale`: the tag's own, else those of the tag
    /// truncated (`de-CH` → `de`), else root's; the currency symbols are merged from root down.
    public static func cldr(_ locale: String) -> NumberConventions {
        let names = cldrNames(locale)
        var conventions = names.lazy.compactMap { byLocale[$0] }.first ?? byLocale["root"]!
        conventions.inheritedFrom = ["root"] + names.reversed()
        return conventions
    }

    /// The CLDR locales whose currency symbols these conventions take, root first; each
    /// later one's replace the earlier ones'. Empty for conventions read straight from the data,
    /// whose symbols are their own.
    private var inheritedFrom: [String] = []

    /// The currency symbols, by code: those of every locale these conventions inherit from.
    var symbolsByCode: [(code: String, symbol: String)] {
        let layers =
            inheritedFrom.isEmpty ? [currencySymbols] : inheritedFrom.map { Self.byLocale[$0]?.currencySymbols ?? "" }
        var symbols: [String: String] = [:]
        for pair in layers.flatMap({ $0.split(separator: "\u{1F}") }) {
            let parts = pair.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { symbols[String(parts[0])] = String(parts[1]) }
        }
        return symbols.filter { $0.key != $0.value }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The CLDR names of `locale` and of each shorter tag, longest first (`zh-Hant-TW` →
    /// `zh_Hant_TW`, `zh_Hant`, `zh`).
    static func cldrNames(_ locale: String) -> [String] {
        var parts: [String] = []
        for (position, subtag) in locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).enumerated() {
            switch (position, subtag.count) {
            case (0, _): parts.append(subtag.lowercased())
            case (_, 4): parts.append(subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased())
            default: parts.append(subtag.uppercased())
            }
        }
        return (0..<parts.count).reversed().map { parts[...$0].joined(separator: "_") }
    }

    /// `locale`'s conventions (``cldr(_:)``) as the runtime's `NumberConventionsTable` reads them;
    /// `intern` gives each string's index in the strings table. The patterns are parsed and the
    /// symbols merged once per locale (``cells``), however many messages errcat renders with them.
    static func encoded(_ locale: String, intern: (String) -> Int) -> [Int] {
        compiled.value(for: locale) { cldr($0).cells }.encoded(intern: intern)
    }

    /// One value of the compiled conventions, before strings are given their indices.
    enum Cell: Sendable {
        case number(Int)
        case string(String)
        /// A currency's symbol and on which sides it is a letter (1 start, 2 end).
        case symbol(String, letters: Int)
    }

    /// Each locale's compiled conventions, computed once.
    private static let compiled = Memo<String, [Cell]>()

    /// The conventions' values in the runtime's order (see `NumberConventionsTable`).
    var cells: [Cell] {
        var cells: [Cell] = [.number(zero), .string(decimal), .string(group), .string(infinity), .string(notANumber)]
        for pattern in [decimalPattern, percentPattern, currencyPattern] {
            let parsed = NumberPattern(pattern, minus: minus, percent: percent)
            cells += [
                .string(parsed.positivePrefix), .string(parsed.positiveSuffix), .string(parsed.negativePrefix),
                .string(parsed.negativeSuffix), .number(parsed.primaryGrouping), .number(parsed.secondaryGrouping),
                .number(parsed.minimumFraction), .number(parsed.maximumFraction),
            ]
        }
        let symbols = symbolsByCode
        cells.append(.number(symbols.count))
        for (code, symbol) in symbols {
            let letters =
                (Self.isLetterLike(symbol.unicodeScalars.first) ? 1 : 0)
                + (Self.isLetterLike(symbol.unicodeScalars.last) ? 2 : 0)
            cells += [.string(code), .symbol(symbol, letters: letters)]
        }
        return cells
    }

    /// CLDR's currency spacing (`[[:^S:]&[:^Z:]]`): whether a no-break space parts a symbol
    /// whose side is `scalar` from a digit next to it.
    static func isLetterLike(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator, .lineSeparator,
            .paragraphSeparator:
            return false
        default:
            return true
        }
    }
}

/// A CLDR number pattern (`#,##0.###`, `#,##,##0%`, `¤#,##0.00;¤-#,##0.00`) read as the
/// runtime writes numbers: affixes with the locale's symbols in them (`¤` kept for the
/// currency's), grouping sizes and fraction digits.
struct NumberPattern: Equatable {
    var positivePrefix = ""
    var positiveSuffix = ""
    var negativePrefix = ""
    var negativeSuffix = ""
    var primaryGrouping = 0
    var secondaryGrouping = 0
    var minimumFraction = 0
    var maximumFraction = 0

    init(_ pattern: String, minus: String, percent: String) {
        let subpatterns = pattern.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
        let positive = Self.split(subpatterns[0])
        positivePrefix = Self.affix(positive.prefix, minus: minus, percent: percent)
        positiveSuffix = Self.affix(positive.suffix, minus: minus, percent: percent)
        if subpatterns.count == 2 {
            let negative = Self.split(subpatterns[1])
            negativePrefix = Self.affix(negative.prefix, minus: minus, percent: percent)
            negativeSuffix = Self.affix(negative.suffix, minus: minus, percent: percent)
        } else {
            negativePrefix = minus + positivePrefix
            negativeSuffix = positiveSuffix
        }
        let number = positive.number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = number[0].split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            primaryGrouping = groups[groups.count - 1].count
            secondaryGrouping = groups.count > 2 ? groups[groups.count - 2].count : primaryGrouping
        }
        let fraction = number.count == 2 ? number[1] : ""
        minimumFraction = fraction.filter { $0 == "0" }.count
        maximumFraction = fraction.filter { $0 == "0" || $0 == "#" }.count
    }

    /// The prefix, the number and the suffix of a subpattern.
    static func split(_ subpattern: Substring) -> (prefix: Substring, number: Substring, suffix: Substring) {
        let isNumber: (Character) -> Bool = { "#0123456789,.@".contains($0) }
        let start = subpattern.firstIndex(where: isNumber) ?? subpattern.endIndex
        let end = subpattern[start...].firstIndex { !isNumber($0) } ?? subpattern.endIndex
        return (subpattern[..<start], subpattern[start..<end], subpattern[end...])
    }

    /// An affix with the locale's minus and percent signs in it, quoting resolved.
    static func affix(_ text: Substring, minus: String, percent: String) -> String {
        var out = ""
        var quoted = false
        for character in text {
            switch character {
            case "'": quoted.toggle()
            case "-" where !quoted: out += minus
            case "%" where !quoted: out += percent
            default: out.append(character)
            }
        }
        return out
    }
}

extension [NumberConventions.Cell] {
    /// The cells as the tables hold them: numbers as they are, strings by `intern`'s index, a
    /// currency symbol's index times 4 plus its letter sides.
    func encoded(intern: (String) -> Int) -> [Int] {
        map { cell in
            switch cell {
            case .number(let value): value
            case .string(let text): intern(text)
            case .symbol(let text, let letters): intern(text) << 2 | letters
            }
        }
    }
}

extension CLDRNumberFormats {
    /// The locales and their conventions, read from ``records`` once.
    static let locales: [(String, NumberConventions)] = records.split(separator: "\n").map { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return (
            fields[0],
            NumberConventions(
                zero: Int(fields[1], radix: 16) ?? 0, decimal: fields[2], group: fields[3], minus: fields[4],
                percent: fields[5], infinity: fields[6], notANumber: fields[7], decimalPattern: fields[8],
                percentPattern: fields[9], currencyPattern: fields[10], currencySymbols: fields[11])
        )
    }
}
