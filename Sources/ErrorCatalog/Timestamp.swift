/// An instant, and the UTC offset it is shown at: the value of a `timestamp` parameter, which a
/// message shows with `{at, date, medium}` or `{at, time, short}` as the reader's locale writes it
/// (`Dec 7, 2026`, `7. Dezember 2026`, `10:30 AM`), in the Gregorian calendar.
///
/// The offset is the caller's (no time-zone database): 0 shows the instant in UTC.
///
/// ```swift
/// let departure = Timestamp(secondsSince1970: 1_796_639_400, utcOffsetMinutes: 60)
/// departure.description                          // "2026-12-07T11:30:00+01:00"
/// Timestamp(rfc3339: "2026-12-07T10:30:00Z")      // the same instant, in UTC
/// ```
///
/// On the wire it is an RFC 3339 date-time string: `"2026-12-07T11:30:00+01:00"`.
public struct Timestamp: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z, leap seconds not counted (POSIX time).
    public var secondsSince1970: Int
    /// The fraction of the second, in nanoseconds (0 ..< 1,000,000,000).
    public var nanoseconds: Int
    /// The offset from UTC the instant is shown at, in minutes (−1439 … 1439; 60 is `+01:00`).
    public var utcOffsetMinutes: Int

    /// The instant `secondsSince1970` (plus `nanoseconds`), shown at `utcOffsetMinutes` from UTC.
    public init(secondsSince1970: Int, nanoseconds: Int = 0, utcOffsetMinutes: Int = 0) {
        precondition((0..<1_000_000_000).contains(nanoseconds), "nanoseconds out of 0..<1_000_000_000")
        precondition((-1439...1439).contains(utcOffsetMinutes), "UTC offset out of -23:59...+23:59")
        self.secondsSince1970 = secondsSince1970
        self.nanoseconds = nanoseconds
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The RFC 3339 date-time `text` (`2026-12-07T10:30:00Z`, `2026-12-07T11:30:00.250+01:00`);
    /// `nil` when it is not one. A lowercase `t`, `z` or a space for the `T` is read as well.
    public init?(rfc3339 text: String) {
        guard let fields = RFC3339Fields(text.utf8) else { return nil }
        let days = CivilDate.days(year: fields.year, month: fields.month, day: fields.day)
        self.init(
            secondsSince1970: (days * 86_400 + fields.secondOfDay) - fields.offsetMinutes * 60,
            nanoseconds: fields.nanoseconds, utcOffsetMinutes: fields.offsetMinutes)
    }

    /// The instant as RFC 3339 writes it at its offset: `2026-12-07T11:30:00+01:00`, `Z` for UTC,
    /// fraction digits only when the second has a fraction.
    public var description: String {
        let local = secondsSince1970 + utcOffsetMinutes * 60
        let (days, second) = local.floorDivided(by: 86_400)
        let date = CivilDate(days: days)
        var text = Self.digits(date.year, 4) + "-" + Self.digits(date.month, 2) + "-" + Self.digits(date.day, 2)
        text += "T" + Self.digits(second / 3600, 2) + ":" + Self.digits(second / 60 % 60, 2) + ":"
        text += Self.digits(second % 60, 2)
        if nanoseconds > 0 {
            var fraction = Self.digits(nanoseconds, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        guard utcOffsetMinutes != 0 else { return text + "Z" }
        let offset = utcOffsetMinutes.magnitude
        return text + (utcOffsetMinutes < 0 ? "-" : "+") + Self.digits(Int(offset / 60), 2) + ":"
            + Self.digits(Int(offset % 60), 2)
    }

    /// `value` in at least `count` ASCII digits, a minus sign before a negative one.
    static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: Swift.max(0, count - text.count)) + text
    }

    /// Appends the RFC 3339 string, as ``encode(to:)`` writes it: the one writer of problem
    /// bodies' and errcat's JSON.
    package func appendJSON(to out: inout [UInt8]) {
        _JSONStringText.append(description, to: &out)
    }

    /// Decodes an RFC 3339 date-time string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let timestamp = Timestamp(rfc3339: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an RFC 3339 date-time")
        }
        self = timestamp
    }

    /// Encodes the RFC 3339 string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Int {
    /// The quotient rounded down and the remainder, which is never negative for a positive divisor.
    func floorDivided(by divisor: Int) -> (quotient: Int, remainder: Int) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}

/// A day of the proleptic Gregorian calendar, from or to a count of days since 1970-01-01: the
/// calendar arithmetic of eras of 400 years (146,097 days), whose shape repeats exactly.
struct CivilDate: Equatable {
    /// The year (0 is 1 BC, −1 is 2 BC).
    var year: Int
    /// The month, 1 … 12.
    var month: Int
    /// The day of the month, 1 … 31.
    var day: Int

    /// The day `days` after 1970-01-01.
    init(days: Int) {
        // Counted from 0000-03-01, so that a leap day is the last day of a year.
        let (era, dayOfEra) = (days + 719_468).floorDivided(by: 146_097)
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The days from 1970-01-01 to `year`-`month`-`day`.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let (era, yearOfEra) = shiftedYear.floorDivided(by: 400)
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// The fields of an RFC 3339 date-time (`YYYY-MM-DDThh:mm:ss[.f]Z|±hh:mm`), each in its range.
struct RFC3339Fields {
    var year = 0, month = 0, day = 0, secondOfDay = 0, nanoseconds = 0, offsetMinutes = 0

    init?(_ text: String.UTF8View) {
        var bytes = Array(text)[...]
        func number(_ count: Int) -> Int? {
            guard bytes.count >= count, bytes.prefix(count).allSatisfy({ (0x30...0x39).contains($0) }) else {
                return nil
            }
            defer { bytes.removeFirst(count) }
            return bytes.prefix(count).reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func skip(_ accepted: String) -> Bool {
            guard let first = bytes.first, accepted.utf8.contains(first) else { return false }
            bytes.removeFirst()
            return true
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2),
            skip("Tt "), let hour = number(2), skip(":"), let minute = number(2), skip(":"), let second = number(2),
            (1...12).contains(month), (1...CivilDate.length(of: month, in: year)).contains(day), hour < 24,
            minute < 60, second < 60
        else { return nil }
        (self.year, self.month, self.day, secondOfDay) = (year, month, day, hour * 3600 + minute * 60 + second)
        if skip(".") {
            let digits = bytes.prefix { (0x30...0x39).contains($0) }
            guard !digits.isEmpty else { return nil }
            for (index, digit) in digits.prefix(9).enumerated() { nanoseconds += Int(digit - 0x30) * Self.scale[index] }
            bytes.removeFirst(digits.count)
        }
        if skip("Zz") {
            offsetMinutes = 0
        } else {
            guard let sign = bytes.first, skip("+-"), let hours = number(2), skip(":"), let minutes = number(2),
                hours < 24, minutes < 60
            else { return nil }
            offsetMinutes = (hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        guard bytes.isEmpty else { return nil }
    }

    static let scale = [100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1000, 100, 10, 1]
}

extension CivilDate {
    /// The number of days of `month` in `year`.
    static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
