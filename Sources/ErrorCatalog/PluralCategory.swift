/// A CLDR plural category: which form of a word a number takes in a language.
public enum PluralCategory: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case zero, one, two, few, many, other

    /// The category's CLDR keyword (`one`, `few`, …).
    public var description: String {
        switch self {
        case .zero: "zero"
        case .one: "one"
        case .two: "two"
        case .few: "few"
        case .many: "many"
        case .other: "other"
        }
    }

    /// The category with CLDR keyword `keyword`.
    public init?(keyword: String) {
        guard let category = Self.allCases.first(where: { $0.description == keyword }) else { return nil }
        self = category
    }
}

/// The operands of a number that CLDR plural rules test (UTS #35, "Plural Operand Meanings"),
/// for the digits a message shows: `n` the absolute value, `i` its integer digits, `v` and `w`
/// the number of visible fraction digits with and without trailing zeros, `f` and `t` those
/// digits as an integer with and without trailing zeros, `e` the exponent (always 0 here).
public struct PluralOperands: Sendable, Hashable {
    /// The integer digits of the absolute value (`i`), saturated for huge values.
    public var i: Int
    /// The number of visible fraction digits (`v`).
    public var v: Int
    /// The number of visible fraction digits without trailing zeros (`w`).
    public var w: Int
    /// The visible fraction digits as an integer (`f`).
    public var f: Int
    /// The visible fraction digits without trailing zeros as an integer (`t`).
    public var t: Int

    /// Operands given by their values.
    public init(i: Int, v: Int = 0, w: Int = 0, f: Int = 0, t: Int = 0) {
        self.i = i
        self.v = v
        self.w = w
        self.f = f
        self.t = t
    }

    /// The operands of an integer.
    public init(_ value: Int) {
        self.init(i: value == Int.min ? Int.max : Swift.abs(value))
    }

    /// The operands of a number as ``MessageArgument`` writes it: the shortest digits, so a
    /// whole number has no fraction digits and `2.50` is `2.5`.
    public init(_ value: Double) {
        let magnitude = Swift.abs(value)
        guard magnitude.isFinite, magnitude < 1e15 else {
            self.init(i: magnitude.isFinite ? Int.max : 0)
            return
        }
        let text = MessageArgument.digits(magnitude)
        guard let point = text.utf8.firstIndex(of: UInt8(ascii: ".")) else {
            self.init(i: Int(magnitude))
            return
        }
        let fraction = text.utf8[text.utf8.index(after: point)...].prefix(18)
        let digits = fraction.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        self.init(i: Int(magnitude), v: fraction.count, w: fraction.count, f: digits, t: digits)
    }

    /// The operand with CLDR letter code `code` (`n` reads as `i` when there is no fraction;
    /// see ``isWhole``): 0 `n`, 1 `i`, 2 `v`, 3 `w`, 4 `f`, 5 `t`, 6 `c` and 7 `e` (both 0).
    @inlinable
    func value(_ code: Int) -> Int {
        switch code {
        case 0, 1: i
        case 2: v
        case 3: w
        case 4: f
        case 5: t
        default: 0
        }
    }

    /// Whether `n` is a whole number (no nonzero fraction digit), so that it can equal an
    /// integer of a rule.
    @inlinable
    var isWhole: Bool { f == 0 }
}
