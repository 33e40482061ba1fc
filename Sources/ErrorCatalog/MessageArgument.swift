/// One value of a message's parameter, with its type: an associated value of a case, what a
/// failure keeps and what the `arguments` member of a problem body carries.
public enum MessageArgument: Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral
{
    /// Text, inserted as it is.
    case string(String)
    /// A whole number, written in plain digits (`1042`, `-3`).
    case integer(Int)
    /// A number, written in the shortest digits that read back as it (`2.5`, `3`, `1e+20`).
    case number(Double)
    /// An amount of money in a currency (`12.50 EUR` where it is not formatted).
    case money(Money)
    /// An instant and its UTC offset (RFC 3339, `2026-12-07T10:30:00Z`, where it is not formatted).
    case timestamp(Timestamp)

    /// The value as a message shows it: numbers in plain ASCII digits with `.` as the decimal
    /// point and no grouping, whatever the locale, so every rendering of a message (and
    /// every client reading `arguments`) agrees on them.
    public var description: String {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        case .number(let value): Self.digits(value)
        case .money(let money): money.description
        case .timestamp(let timestamp): timestamp.description
        }
    }

    /// The number, for a plural: an integer or a number; `nil` for text.
    public var numericValue: Double? {
        switch self {
        case .string, .money, .timestamp: nil
        case .integer(let value): Double(value)
        case .number(let value): value
        }
    }

    /// The shortest digits of `value`; a whole number has no fraction (`3`, not `3.0`).
    static func digits(_ value: Double) -> String {
        if let whole = whole(value) { return String(whole) }
        return value.description
    }

    /// `value` as an `Int` when it is a whole number below 10¹⁵ in magnitude. A conversion and
    /// a comparison: `rounded()` and `Int(exactly:)` call the C math library, which a
    /// statically linked Linux executable of the runtime does not link.
    static func whole(_ value: Double) -> Int? {
        guard value.isFinite, Swift.abs(value) < 1e15 else { return nil }
        let truncated = Int(value)
        return Double(truncated) == value ? truncated : nil
    }

    /// A string argument.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer argument.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A number argument.
    public init(floatLiteral value: Double) { self = .number(value) }

    /// Decodes a JSON string or number: a whole number that fits an `Int` is an integer; an
    /// object of an amount and a currency is money. A timestamp arrives as its RFC 3339 string,
    /// which a case's typed reader and a date format read as the timestamp.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let money = try? container.decode(Money.self) {
            self = .money(money)
        } else if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    /// Encodes a JSON string, number or, for money, an object; a timestamp as its RFC 3339 string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .money(let money): try container.encode(money)
        case .timestamp(let timestamp): try container.encode(timestamp)
        }
    }
}
