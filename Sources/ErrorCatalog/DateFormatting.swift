/// How `{t, date, …}` and `{t, time, …}` write a timestamp: the style an operation `7` names.
package enum DateStyle: Int, Sendable, CaseIterable {
    /// `{t, date, full}`: the weekday, day, month name and year.
    case dateFull
    /// `{t, date, long}`: the day, month name and year.
    case dateLong
    /// `{t, date, medium}` and `{t, date}`: the day, abbreviated month and year.
    case dateMedium
    /// `{t, date, short}`: the date in digits.
    case dateShort
    /// `{t, time, full}`: hours, minutes, seconds and the zone's long name.
    case timeFull
    /// `{t, time, long}`: hours, minutes, seconds and the zone's short name.
    case timeLong
    /// `{t, time, medium}` and `{t, time}`: hours, minutes and seconds.
    case timeMedium
    /// `{t, time, short}`: hours and minutes.
    case timeShort
}

/// A field of a compiled date pattern: what a run of a UTS #35 pattern letter writes.
package enum DateField: Int, Sendable, CaseIterable {
    /// Literal text (the item's value is its string).
    case literal
    /// `G`: the era's abbreviation.
    case era
    /// `y`: the year of the era; `yy`: its last two digits.
    case year
    /// `M`, `MM`: the month's number; `MMM`: its abbreviation; `MMMM`: its name.
    case month
    /// `d`, `dd`: the day of the month.
    case day
    /// `EEE`: the weekday's abbreviation; `EEEE`: its name.
    case weekday
    /// `cccc`: the weekday's name as it stands alone.
    case standaloneWeekday
    /// `a`: AM or PM.
    case period
    /// `h`, `hh`: the hour from 1 to 12.
    case hour12
    /// `H`, `HH`: the hour from 0 to 23.
    case hour24
    /// `m`, `mm`: the minute.
    case minute
    /// `s`, `ss`: the second.
    case second
    /// `z`: the zone's short name; `zzzz`: its long name (a localized GMT offset where the
    /// offset is not 0).
    case zone
    /// `B`: the flexible day period (`上午`, `晚上`).
    case flexiblePeriod
}

/// Where a locale's date conventions hold their names and zone formats, from their start (see
/// ``DateConventionsTable``).
package enum DateNames {
    package static let months = 10
    package static let shortMonths = 22
    package static let weekdays = 34
    package static let shortWeekdays = 41
    package static let standaloneWeekdays = 48
    package static let periods = 55
    package static let eras = 57
    package static let gmtFormat = 59
    package static let utcNames = 61
    package static let dayPeriods = 63
}

/// A locale's Gregorian date and time conventions, compiled by errcat from CLDR into a catalog's
/// tables after the locale's number conventions, where a message formats dates.
///
/// From `start`: per ``DateStyle`` where its pattern starts (from `start`); where the positive
/// and the negative hour format start; the names (``DateNames``): 12 months, 12 abbreviated months,
/// 7 weekdays from Sunday, 7 abbreviated, 7 stand-alone, AM and PM, the eras before and after
/// year 1; the localized GMT format's prefix and suffix; UTC's long and short name; the number of
/// flexible day period rules and per rule 1 when it holds at one second (0 from it on), the
/// second of the day and the period's name. A pattern is its number of items and per item its
/// ``DateField`` and its value: a string for a literal, else the number of pattern letters.
package struct DateConventionsTable<Table: PackedIntegers> {
    let table: Table
    let start: Int

    /// The conventions at `start` of `table`.
    package init(_ table: Table, start: Int) {
        self.table = table
        self.start = start
    }

    /// Writes `value` in `style` with the digits whose zero is `zero`; `false` (nothing written)
    /// when the value is not a timestamp (or the RFC 3339 text of one).
    func write<Strings: PackedStrings, Sink: ByteSinking>(
        _ value: MessageArgument, style: DateStyle, zero: Int, strings: Strings, into sink: inout Sink
    ) -> Bool {
        let timestamp: Timestamp
        switch value {
        case .timestamp(let value): timestamp = value
        case .string(let text):
            guard let value = Timestamp(rfc3339: text) else { return false }
            timestamp = value
        default: return false
        }
        let writer = DateWriter(table: table, start: start, time: LocalTime(timestamp), zero: zero)
        writer.items(at: start + table[start + style.rawValue], strings: strings, into: &sink)
        return true
    }
}

/// A timestamp's fields at its offset.
struct LocalTime {
    var date: CivilDate
    /// 0 Sunday … 6 Saturday.
    var weekday: Int
    var secondOfDay: Int
    var offsetMinutes: Int

    init(_ timestamp: Timestamp) {
        let (days, second) = (timestamp.secondsSince1970 + timestamp.utcOffsetMinutes * 60).floorDivided(by: 86_400)
        date = CivilDate(days: days)
        weekday = (days + 4).floorDivided(by: 7).remainder
        secondOfDay = second
        offsetMinutes = timestamp.utcOffsetMinutes
    }

    var hour: Int { secondOfDay / 3600 }
    var minute: Int { secondOfDay / 60 % 60 }
    var second: Int { secondOfDay % 60 }
}

/// Writes one timestamp's fields by the compiled patterns of a locale.
struct DateWriter<Table: PackedIntegers> {
    let table: Table
    let start: Int
    let time: LocalTime
    let zero: Int

    /// Writes the items of the pattern at `position`.
    func items<Strings: PackedStrings, Sink: ByteSinking>(at position: Int, strings: Strings, into sink: inout Sink) {
        for item in 0..<table[position] {
            let field = DateField(rawValue: table[position + 1 + 2 * item]) ?? .literal
            let value = table[position + 2 + 2 * item]
            write(field, value, strings: strings, into: &sink)
        }
    }

    func write<Strings: PackedStrings, Sink: ByteSinking>(
        _ field: DateField, _ width: Int, strings: Strings, into sink: inout Sink
    ) {
        func name(_ at: Int) { sink.append(strings.bytes(table[start + at])) }
        let year = time.date.year
        switch field {
        case .literal: sink.append(strings.bytes(width))
        case .era: name(DateNames.eras + (year > 0 ? 1 : 0))
        case .year:
            let yearOfEra = year > 0 ? year : 1 - year
            number(width == 2 ? yearOfEra % 100 : yearOfEra, digits: width, into: &sink)
        case .month where width >= 4: name(DateNames.months + time.date.month - 1)
        case .month where width == 3: name(DateNames.shortMonths + time.date.month - 1)
        case .month: number(time.date.month, digits: width, into: &sink)
        case .day: number(time.date.day, digits: width, into: &sink)
        case .weekday: name((width >= 4 ? DateNames.weekdays : DateNames.shortWeekdays) + time.weekday)
        case .standaloneWeekday: name(DateNames.standaloneWeekdays + time.weekday)
        case .period: name(DateNames.periods + (time.hour < 12 ? 0 : 1))
        case .hour12: number(time.hour % 12 == 0 ? 12 : time.hour % 12, digits: width, into: &sink)
        case .hour24: number(time.hour, digits: width, into: &sink)
        case .minute: number(time.minute, digits: width, into: &sink)
        case .second: number(time.second, digits: width, into: &sink)
        case .zone: zone(long: width >= 4, strings: strings, into: &sink)
        case .flexiblePeriod: flexiblePeriod(strings: strings, into: &sink)
        }
    }

    /// Writes `value` in at least `digits` digits of the locale.
    func number<Sink: ByteSinking>(_ value: Int, digits: Int, into sink: inout Sink) {
        var divisor = 1
        var count = 1
        while divisor <= value / 10 {
            divisor *= 10
            count += 1
        }
        for _ in count..<Swift.max(count, digits) {
            NumberConventionsTable<Table>.write(digit: 0, zero: zero, into: &sink)
        }
        while divisor > 0 {
            NumberConventionsTable<Table>.write(digit: value / divisor % 10, zero: zero, into: &sink)
            divisor /= 10
        }
    }

    /// Writes UTC's name, or the localized GMT offset by the hour format: long with two-digit hours
    /// (`GMT+05:30`, `GMT-03:00`), short with the hours unpadded (`GMT+5:30`) and, when the minutes
    /// are 0, nothing of the hour format after the hours (`GMT-3`), as ICU writes them whether the
    /// format says `H` or `HH`.
    func zone<Strings: PackedStrings, Sink: ByteSinking>(long: Bool, strings: Strings, into sink: inout Sink) {
        guard time.offsetMinutes != 0 else {
            return sink.append(strings.bytes(table[start + DateNames.utcNames + (long ? 0 : 1)]))
        }
        let offset = time.offsetMinutes.magnitude
        let (hours, minutes) = (Int(offset / 60), Int(offset % 60))
        sink.append(strings.bytes(table[start + DateNames.gmtFormat]))
        let format = start + table[start + 8 + (time.offsetMinutes < 0 ? 1 : 0)]
        for item in 0..<table[format] {
            let field = DateField(rawValue: table[format + 1 + 2 * item]) ?? .literal
            let value = table[format + 2 + 2 * item]
            switch field {
            case .hour24, .hour12:
                number(hours, digits: long ? 2 : 1, into: &sink)
                if !long && minutes == 0 { return sink.append(strings.bytes(table[start + DateNames.gmtFormat + 1])) }
            case .minute: number(minutes, digits: 2, into: &sink)
            default: write(field, value, strings: strings, into: &sink)
            }
        }
        sink.append(strings.bytes(table[start + DateNames.gmtFormat + 1]))
    }

    /// Writes the flexible day period: the one that holds at this exact time (noon), else the last
    /// that starts at or before it.
    func flexiblePeriod<Strings: PackedStrings, Sink: ByteSinking>(strings: Strings, into sink: inout Sink) {
        let rules = start + DateNames.dayPeriods
        var chosen: Int? = nil
        for rule in 0..<table[rules] {
            let (at, second, name) = (
                table[rules + 1 + 3 * rule], table[rules + 2 + 3 * rule], table[rules + 3 + 3 * rule]
            )
            if at == 1, second == time.secondOfDay { return sink.append(strings.bytes(name)) }
            if at == 0, second <= time.secondOfDay { chosen = name }
        }
        if let chosen { sink.append(strings.bytes(chosen)) }
    }
}
