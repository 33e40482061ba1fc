/// How `{n, number, …}` writes its value: the style an operation `6` names.
package enum NumberStyle: Int, Sendable, CaseIterable {
    /// `{n, number}`: up to three fraction digits.
    case decimal
    /// `{n, number, integer}`: no fraction digits.
    case integer
    /// `{n, number, percent}`: the value times 100, no fraction digits, the percent sign.
    case percent
    /// `{p, number, currency}`: an amount with its currency's symbol and fraction digits.
    case currency
}

/// A locale's number conventions, compiled by errcat from CLDR into a catalog's tables after the
/// locale's plural and ordinal rules, where a message formats numbers.
///
/// From `start`: the value of the locale's digit zero (0 for ASCII digits); the strings
/// (indices) of the decimal separator, the grouping separator, infinity and not-a-number; then
/// per ``NumberStyle`` but `integer` (which is `decimal` without fraction digits) its positive
/// prefix and suffix, negative prefix and suffix (strings, `¤` where the currency's symbol
/// goes), primary and secondary grouping sizes and minimum and maximum fraction digits; then the
/// number of currency symbols and per symbol the currency's code, and its symbol's string index
/// times 4 plus 1 when the symbol starts with a letter and 2 when it ends with one (CLDR's
/// currency spacing: a no-break space parts such a symbol from a digit next to it). A currency
/// without a symbol is written as its code.
package struct NumberConventionsTable<Table: PackedIntegers> {
    let table: Table
    let start: Int

    /// The conventions at `start` of `table`.
    package init(_ table: Table, start: Int) {
        self.table = table
        self.start = start
    }

    /// The value of the locale's digit zero (0 for ASCII digits).
    var zero: Int { table[start] }

    /// The locale's date conventions, which follow these where a table holds them.
    var dateConventions: DateConventionsTable<Table> {
        let symbols = start + 5 + 8 * 3
        return DateConventionsTable(table, start: symbols + 1 + 2 * table[symbols])
    }

    /// Writes `value` in `style`; `false` (nothing written) when the value is not of a type the
    /// style formats: a currency formats money, the other styles an integer or a number.
    func write<Strings: PackedStrings, Sink: ByteSinking>(
        _ value: MessageArgument, style: NumberStyle, strings: Strings, into sink: inout Sink
    ) -> Bool {
        let pattern = start + 5 + 8 * (style == .decimal || style == .integer ? 0 : style.rawValue - 1)
        var number: DecimalNumber
        var places = (minimum: table[pattern + 6], maximum: style == .integer ? 0 : table[pattern + 7])
        var currency: Money? = nil
        switch (value, style) {
        case (.integer(let integer), .decimal), (.integer(let integer), .integer), (.integer(let integer), .percent):
            number = DecimalNumber(integer)
        case (.number(let double), .decimal), (.number(let double), .integer), (.number(let double), .percent):
            guard double.isFinite else {
                writeAffixes(pattern, negative: double < 0, strings: strings, into: &sink) { sink in
                    sink.append(strings.bytes(table[start + (double.isNaN ? 4 : 3)]))
                }
                return true
            }
            number = DecimalNumber(double)
        case (.money(let money), .currency):
            let digits = Money.fractionDigits(of: money.currency)
            number = DecimalNumber(money.minorUnits, scale: digits)
            places = (digits, digits)
            currency = money
        default:
            return false
        }
        if style == .percent, number.count > 0 { number.exponent += 2 }
        number.round(fractionDigits: places.maximum)
        writeAffixes(pattern, negative: number.isNegative, currency: currency, strings: strings, into: &sink) { sink in
            writeDigits(number, pattern: pattern, minimumFraction: places.minimum, strings: strings, into: &sink)
        }
        return true
    }

    /// Writes the prefix, `body` and the suffix of the pattern at `pattern`.
    func writeAffixes<Strings: PackedStrings, Sink: ByteSinking>(
        _ pattern: Int, negative: Bool, currency: Money? = nil, strings: Strings, into sink: inout Sink,
        body: (inout Sink) -> Void
    ) {
        let prefix = strings.bytes(table[pattern + (negative ? 2 : 0)])
        let suffix = strings.bytes(table[pattern + (negative ? 3 : 1)])
        let symbol: (text: Symbol, letters: Int)? = currency.map { money in self.symbol(money, strings: strings) }
        write(prefix, symbol: symbol, before: true, into: &sink)
        body(&sink)
        write(suffix, symbol: symbol, before: false, into: &sink)
    }

    /// Writes an affix, its `¤` replaced by the currency's symbol, spaced from the digits.
    func write<Sink: ByteSinking>(
        _ affix: UnsafeRawBufferPointer, symbol: (text: Symbol, letters: Int)?, before: Bool, into sink: inout Sink
    ) {
        var position = 0
        while position < affix.count {
            guard let symbol, position + 1 < affix.count, affix[position] == 0xC2, affix[position + 1] == 0xA4 else {
                sink.append(UnsafeRawBufferPointer(rebasing: affix[position..<(position + 1)]))
                position += 1
                continue
            }
            // The symbol's side next to the digits: its end in a prefix, its start in a suffix.
            let nextToDigits = before ? position + 2 == affix.count : position == 0
            let spaced = nextToDigits && symbol.letters & (before ? 2 : 1) != 0
            if spaced && !before { sink.append(Self.noBreakSpace) }
            symbol.text.write(into: &sink)
            if spaced && before { sink.append(Self.noBreakSpace) }
            position += 2
        }
    }

    /// A currency's symbol: a string of the tables, or its code.
    enum Symbol {
        case string(UnsafeRawBufferPointer)
        case code(String)

        func write<Sink: ByteSinking>(into sink: inout Sink) {
            switch self {
            case .string(let bytes): sink.append(bytes)
            case .code(let code): sink.append(code)
            }
        }
    }

    /// The symbol of `money`'s currency and on which sides it is a letter (1 start, 2 end): a
    /// binary search of the symbols, which are sorted by code.
    func symbol<Strings: PackedStrings>(_ money: Money, strings: Strings) -> (text: Symbol, letters: Int) {
        let symbols = start + 5 + 8 * 3
        var (low, high) = (0, table[symbols])
        var code = money.currency
        return code.withUTF8 { wanted in
            while low < high {
                let middle = (low + high) / 2
                let at = symbols + 1 + 2 * middle
                let candidate = strings.bytes(table[at])
                if candidate.elementsEqual(UnsafeRawBufferPointer(wanted)) {
                    return (.string(strings.bytes(table[at + 1] >> 2)), table[at + 1] & 3)
                }
                if candidate.lexicographicallyPrecedes(UnsafeRawBufferPointer(wanted)) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            return (.code(money.currency), 3)
        }
    }

    /// Writes the digits of `number` with the locale's digits and separators, grouped as the
    /// pattern at `pattern` says, with at least `minimumFraction` fraction digits.
    func writeDigits<Strings: PackedStrings, Sink: ByteSinking>(
        _ number: DecimalNumber, pattern: Int, minimumFraction: Int, strings: Strings, into sink: inout Sink
    ) {
        let zero = table[start]
        let (primary, secondary) = (table[pattern + 4], table[pattern + 5])
        let integerDigits = Swift.max(number.exponent, 1)
        for place in 0..<integerDigits {
            let remaining = integerDigits - place
            if place > 0, primary > 0,
                remaining == primary || (remaining > primary && secondary > 0 && (remaining - primary) % secondary == 0)
            {
                sink.append(strings.bytes(table[start + 2]))
            }
            Self.write(digit: number.exponent > 0 ? number.digit(at: place) : 0, zero: zero, into: &sink)
        }
        let fraction = Swift.max(number.count - number.exponent, minimumFraction, 0)
        guard fraction > 0 else { return }
        sink.append(strings.bytes(table[start + 1]))
        for place in 0..<fraction {
            Self.write(digit: number.digit(at: number.exponent + place), zero: zero, into: &sink)
        }
    }

    /// Writes the digit `digit` in the numbering system whose zero is `zero` (0: ASCII).
    static func write<Sink: ByteSinking>(digit: Int, zero: Int, into sink: inout Sink) {
        if zero == 0 {
            withUnsafeBytes(of: UInt8(0x30 + digit)) { sink.append($0) }
            return
        }
        let scalar = Unicode.Scalar(UInt32(zero == 0 ? 0x30 + digit : zero + digit)) ?? "0"
        var bytes: (UInt32, UInt8) = (0, 0)
        withUnsafeMutableBytes(of: &bytes) { buffer in
            var count = 0
            for byte in UTF8.encode(scalar)! {
                buffer[count] = byte
                count += 1
            }
            sink.append(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    static var noBreakSpace: UnsafeRawBufferPointer {
        let space: StaticString = "\u{A0}"
        return UnsafeRawBufferPointer(start: space.utf8Start, count: space.utf8CodeUnitCount)
    }
}

/// A decimal number of at most 32 significant digits, without allocating: digits `d₁d₂…dₙ`
/// and an exponent `e` for the value `0.d₁d₂…dₙ × 10ᵉ` (so `e` is the number of integer digits).
struct DecimalNumber {
    private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The number of significant digits held.
    private(set) var count = 0
    /// The digits before the decimal point (negative: zeros after the point before the first).
    var exponent = 0
    /// Whether the value is below zero, or is negative zero.
    let isNegative: Bool

    /// The value `units` × 10⁻`scale`.
    init(_ units: Int, scale: Int = 0) {
        isNegative = units < 0
        var magnitude = units.magnitude
        var digits = 0
        var scratch = magnitude
        repeat {
            digits += 1
            scratch /= 10
        } while scratch > 0
        for place in stride(from: digits - 1, through: 0, by: -1) {
            self[place] = UInt8(magnitude % 10)
            magnitude /= 10
        }
        count = digits
        exponent = digits - scale
        trim()
    }

    /// The shortest decimal digits that read back as `value` (finite), as Swift writes them.
    init(_ value: Double) {
        isNegative = value.sign == .minus
        var seenPoint = false
        var integerDigits = 0
        var power = 0
        var inExponent = false
        var exponentNegative = false
        for byte in value.magnitude.description.utf8 {
            switch byte {
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"): inExponent = true
            case UInt8(ascii: "-"): exponentNegative = true
            case UInt8(ascii: "0")...UInt8(ascii: "9") where inExponent: power = power * 10 + Int(byte - 0x30)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if count == 0 && byte == UInt8(ascii: "0") {
                    if seenPoint { integerDigits -= 1 }
                } else {
                    self[count] = byte - 0x30
                    count += 1
                    if !seenPoint { integerDigits += 1 }
                }
            default: break
            }
        }
        exponent = integerDigits + (exponentNegative ? -power : power)
        trim()
    }

    subscript(place: Int) -> UInt8 {
        get { withUnsafeBytes(of: storage) { $0[place] } }
        set { withUnsafeMutableBytes(of: &storage) { $0[place] = newValue } }
    }

    /// Significant digit `index` (the first integer digit is `0`, the first fraction digit
    /// `exponent`); 0 outside the digits held.
    func digit(at index: Int) -> Int {
        index >= 0 && index < count ? Int(self[index]) : 0
    }

    /// Rounds to `fractionDigits` places after the point, half to even (ICU's default).
    mutating func round(fractionDigits: Int) {
        let kept = exponent + fractionDigits
        guard kept < count else { return }
        var up = false
        if kept >= 0 {
            let first = self[kept]
            var restNonZero = false
            for place in (kept + 1)..<count where self[place] != 0 { restNonZero = true }
            let previousOdd = kept > 0 && self[kept - 1] % 2 == 1
            up = first > 5 || (first == 5 && (restNonZero || previousOdd))
        }
        count = Swift.max(kept, 0)
        if up {
            var place = count - 1
            while place >= 0 && self[place] == 9 {
                self[place] = 0
                place -= 1
            }
            if place >= 0 {
                self[place] += 1
            } else {
                // All nines (or nothing kept): the number gains a digit, 1 followed by zeros.
                for shifted in stride(from: count, to: 0, by: -1) { self[shifted] = self[shifted - 1] }
                self[0] = 1
                count += 1
                exponent += 1
            }
        }
        trim()
    }

    /// Drops trailing zeros after the point; zero holds no digits.
    private mutating func trim() {
        while count > 0, count > exponent, self[count - 1] == 0 { count -= 1 }
        if (0..<count).allSatisfy({ self[$0] == 0 }) { count = 0 }
        if count == 0 { exponent = 0 }
    }
}
