import ErrorCatalog

/// Fields of CLDR's Gregorian date conventions for a locale, as ``CLDRDateFormats`` holds them:
/// `nil` where the locale takes the field of the locale its tag truncates to. Lists (patterns,
/// names) are joined by U+001F.
struct DateFields: Sendable, Hashable {
    /// The date patterns full, long, medium, short, then the time patterns.
    var patterns: String?
    var months: String?
    var monthsShort: String?
    /// From Sunday.
    var days: String?
    var daysShort: String?
    var standaloneDays: String?
    /// AM and PM.
    var periods: String?
    /// Before and after year 1.
    var eras: String?
    /// The flexible day periods: `second name` from that second on, `=second name` at it.
    var dayPeriods: String?
    /// The localized GMT format (`GMT{0}`).
    var gmt: String?
    /// The hour formats of a positive and a negative offset (`+HH:mm;-HH:mm`).
    var hours: String?
    /// The localized GMT format of offset 0.
    var gmtZero: String?
    /// UTC's long name (empty where the locale has none) and short name.
    var utc: String?

    /// These fields, each replaced by `other`'s where it has one.
    func overlaid(by other: DateFields) -> DateFields {
        DateFields(
            patterns: other.patterns ?? patterns, months: other.months ?? months,
            monthsShort: other.monthsShort ?? monthsShort, days: other.days ?? days,
            daysShort: other.daysShort ?? daysShort, standaloneDays: other.standaloneDays ?? standaloneDays,
            periods: other.periods ?? periods, eras: other.eras ?? eras, dayPeriods: other.dayPeriods ?? dayPeriods,
            gmt: other.gmt ?? gmt, hours: other.hours ?? hours, gmtZero: other.gmtZero ?? gmtZero,
            utc: other.utc ?? utc)
    }

    /// The list `field` holds.
    static func list(_ field: String?) -> [String] {
        (field ?? "").split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }
}

/// How a locale writes dates and times, from CLDR (``CLDRDateFormats``): its patterns, month and
/// weekday names, day periods, eras and zone formats. The generated tables hold them, after the
/// locale's number conventions, for catalogs whose messages format timestamps.
struct DateConventions: Sendable, Hashable {
    /// Every field, resolved.
    let fields: DateFields

    /// The CLDR releases the conventions come from.
    static var cldrVersion: String { CLDRDateFormats.cldrVersion }

    private static let byLocale = Dictionary(uniqueKeysWithValues: CLDRDateFormats.locales)

    /// CLDR's conventions for the BCP 47 tag `locale`: root's fields, each replaced by those of
    /// every shorter tag and then the tag's own (`de` then `de_CH`).
    static func cldr(_ locale: String) -> DateConventions {
        var fields = byLocale["root"]!
        for name in NumberConventions.cldrNames(locale).reversed() {
            if let own = byLocale[name] { fields = fields.overlaid(by: own) }
        }
        return DateConventions(fields: fields)
    }

    /// `locale`'s conventions (``cldr(_:)``) as the runtime's `DateConventionsTable` reads them;
    /// `intern` gives each string's index in the strings table. Compiled once per locale.
    static func encoded(_ locale: String, intern: (String) -> Int) -> [Int] {
        compiled.value(for: locale) { cldr($0).cells }.encoded(intern: intern)
    }

    private static let compiled = Memo<String, [NumberConventions.Cell]>()

    /// The conventions' values in the runtime's order (see `DateConventionsTable`): names no
    /// pattern uses are empty.
    var cells: [NumberConventions.Cell] {
        let patterns = DateFields.list(fields.patterns).map(DatePattern.init)
        let hours = DateFields.list(fields.hours).flatMap { $0.split(separator: ";").map { DatePattern(String($0)) } }
        let uses = Set(patterns.flatMap(\.uses))
        func names(_ field: String?, _ count: Int, if used: Bool) -> [NumberConventions.Cell] {
            let list = DateFields.list(field)
            return (0..<count).map { .string(used && $0 < list.count ? list[$0] : "") }
        }
        let zone = uses.contains { $0.field == .zone }
        let gmt = fields.gmt?.split(separator: "{0}", omittingEmptySubsequences: false).map(String.init) ?? []
        let utc = DateFields.list(fields.utc)
        var cells: [NumberConventions.Cell] = []
        cells += names(fields.months, 12, if: uses.contains(.init(field: .month, width: 4)))
        cells += names(fields.monthsShort, 12, if: uses.contains(.init(field: .month, width: 3)))
        cells += names(fields.days, 7, if: uses.contains(.init(field: .weekday, width: 4)))
        cells += names(fields.daysShort, 7, if: uses.contains { $0.field == .weekday && $0.width < 4 })
        cells += names(fields.standaloneDays, 7, if: uses.contains { $0.field == .standaloneWeekday })
        cells += names(fields.periods, 2, if: uses.contains { $0.field == .period })
        cells += names(fields.eras, 2, if: uses.contains { $0.field == .era })
        cells += [gmt.first ?? "", gmt.count > 1 ? gmt[1] : ""].map { .string(zone ? $0 : "") }
        let utcLong = utc.first.flatMap { $0.isEmpty ? nil : $0 } ?? fields.gmtZero ?? "GMT"
        cells += [utcLong, utc.count > 1 ? utc[1] : "UTC"].map { .string(zone ? $0 : "") }
        cells += dayPeriodCells(if: uses.contains { $0.field == .flexiblePeriod })
        let lists = patterns + (zone && hours.count == 2 ? hours : [DatePattern(""), DatePattern("")])
        var offsets: [NumberConventions.Cell] = []
        var position = DateNames.months + cells.count
        for list in lists {
            offsets.append(.number(position))
            position += list.cells.count
        }
        return offsets + cells + lists.flatMap(\.cells)
    }

    /// The bytes a rendering's buffer holds for a formatted timestamp: at least the
    /// ``widestBytes`` of every CLDR locale (a test checks it).
    static let widestRendering = 400

    /// The most bytes any timestamp takes in any style of these conventions: each pattern's
    /// literals, its widest names, and its numbers in the locale's digits (a year of up to 12).
    func widestBytes(zero: Int) -> Int {
        let digit = zero == 0 ? 1 : String(Unicode.Scalar(UInt32(zero))!).utf8.count
        func widest(_ field: String?) -> Int { DateFields.list(field).map(\.utf8.count).max() ?? 0 }
        let gmt = (fields.gmt ?? "").utf8.count + (fields.hours ?? "").utf8.count * 4
        let zone = max(widest(fields.utc), (fields.gmtZero ?? "").utf8.count, gmt)
        let dayPeriods = DateFields.list(fields.dayPeriods).map { $0.utf8.count }.max() ?? 0
        return DateFields.list(fields.patterns).map(DatePattern.init).map { pattern in
            pattern.items.reduce(0) { sum, item in
                sum
                    + {
                        switch item.field {
                        case .literal: item.text.utf8.count
                        case .era: widest(fields.eras)
                        case .year: 12 * digit
                        case .month: max(widest(fields.months), widest(fields.monthsShort), 2 * digit)
                        case .weekday, .standaloneWeekday:
                            max(widest(fields.days), widest(fields.daysShort), widest(fields.standaloneDays))
                        case .period: widest(fields.periods)
                        case .zone: zone
                        case .flexiblePeriod: dayPeriods
                        case .day, .hour12, .hour24, .minute, .second: 2 * digit
                        }
                    }()
            }
        }.max() ?? 0
    }

    /// The flexible day period rules: their number, then per rule 1 when it holds at one second
    /// (0 from it on), the second and the period's name.
    func dayPeriodCells(if used: Bool) -> [NumberConventions.Cell] {
        guard used else { return [.number(0)] }
        let rules = DateFields.list(fields.dayPeriods).compactMap { rule -> [NumberConventions.Cell]? in
            let parts = rule.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            let at = parts[0].hasPrefix("=")
            guard let second = Int(at ? parts[0].dropFirst() : parts[0]) else { return nil }
            return [.number(at ? 1 : 0), .number(second), .string(String(parts[1]))]
        }
        return [.number(rules.count)] + rules.flatMap { $0 }
    }
}

/// A UTS #35 date pattern (`EEEE, MMMM d, y`, `h:mm:ss a zzzz`, `+HH:mm`) compiled into the items
/// the runtime's `DateWriter` walks: literal text (quoting resolved) and fields with their widths.
struct DatePattern {
    /// A field and its width, up to 4: a name (`MMMM`, `EEEE`), short (`MMM`, `EEE`) or digits.
    struct Use: Hashable {
        var field: DateField
        var width: Int
    }

    /// The items: ``DateField`` raw value and value (a string for a literal, else the width).
    private(set) var items: [(field: DateField, width: Int, text: String)] = []

    init(_ pattern: String) {
        var literal = ""
        var quoted = false
        var characters = pattern[...]
        while let character = characters.first {
            if character == "'" {
                characters = characters.dropFirst()
                if characters.first == "'" {
                    literal.append("'")
                    characters = characters.dropFirst()
                } else {
                    quoted.toggle()
                }
                continue
            }
            guard !quoted, character.isASCII, character.isLetter, let field = Self.fields[character] else {
                literal.append(character)
                characters = characters.dropFirst()
                continue
            }
            let run = characters.prefix { $0 == character }
            if !literal.isEmpty { items.append((.literal, 0, literal)) }
            literal = ""
            items.append((field, run.count, ""))
            characters = characters.dropFirst(run.count)
        }
        if !literal.isEmpty { items.append((.literal, 0, literal)) }
    }

    /// The pattern letters the runtime writes, by field.
    static let fields: [Character: DateField] = [
        "G": .era, "y": .year, "M": .month, "d": .day, "E": .weekday, "c": .standaloneWeekday, "a": .period,
        "h": .hour12, "H": .hour24, "m": .minute, "s": .second, "z": .zone, "B": .flexiblePeriod,
    ]

    /// The fields the pattern writes and how.
    var uses: [Use] { items.map { Use(field: $0.field, width: min($0.width, 4)) } }

    /// The number of items, then each item's field and value.
    var cells: [NumberConventions.Cell] {
        [.number(items.count)]
            + items.flatMap { item -> [NumberConventions.Cell] in
                [.number(item.field.rawValue), item.field == .literal ? .string(item.text) : .number(item.width)]
            }
    }
}

extension DateFields {
    /// The fields of a record's `key=value` parts, `nil` where it has none.
    init(record parts: some Sequence<Substring>) {
        for part in parts {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = pair.count == 2 ? String(pair[1]) : ""
            switch pair[0] {
            case "patterns": patterns = value
            case "months": months = value
            case "monthsShort": monthsShort = value
            case "days": days = value
            case "daysShort": daysShort = value
            case "standaloneDays": standaloneDays = value
            case "periods": periods = value
            case "eras": eras = value
            case "dayPeriods": dayPeriods = value
            case "gmt": gmt = value
            case "hours": hours = value
            case "gmtZero": gmtZero = value
            case "utc": utc = value
            default: preconditionFailure("CLDRDateFormats: unknown field \(pair[0])")
            }
        }
    }
}

extension CLDRDateFormats {
    /// The locales and the fields each gives, read from ``records`` once.
    static let locales: [(String, DateFields)] = records.split(separator: "\n").map { line in
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        return (String(parts[0]), DateFields(record: parts.dropFirst()))
    }
}
