/// An amount of money in a currency: the value of a `money` parameter, which a message shows
/// with `{price, number, currency}` as the reader's locale writes it (`12,50 €`, `€12.50`,
/// `¥1,250`).
///
/// The amount is exact: a count of the currency's minor units (cents for EUR and USD, yen for
/// JPY, fils for KWD), as ISO 4217 and CLDR divide it (``fractionDigits(of:)``).
///
/// ```swift
/// let price = Money(minorUnits: 1250, currency: "EUR")  // 12.50 EUR
/// price.amount                                           // "12.50"
/// Money(amount: "1250", currency: "JPY")?.minorUnits     // 1250
/// ```
///
/// On the wire it is an object of the amount as a decimal string and the currency's code:
/// `{"amount": "12.50", "currency": "EUR"}`.
public struct Money: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The amount in the currency's minor units.
    public var minorUnits: Int
    /// The currency's ISO 4217 code (`EUR`, `JPY`).
    public var currency: String

    /// `minorUnits` of `currency` (an ISO 4217 code).
    public init(minorUnits: Int, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// The amount written as a decimal (`"12.50"`, `"-3"`, `"0.125"`) in `currency`; `nil` when
    /// it is not a decimal number or has more fraction digits than the currency's, or does not
    /// fit.
    public init?(amount: String, currency: String) {
        var digits = Substring(amount)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let places = Self.fractionDigits(of: currency)
        let fraction = parts.count == 2 ? parts[1] : ""
        guard let whole = parts.first, !whole.isEmpty, fraction.count <= places,
            (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        var units = 0
        for digit in (whole + fraction + String(repeating: "0", count: places - fraction.count)).utf8 {
            let (times, overflow) = units.multipliedReportingOverflow(by: 10)
            let (sum, overflowed) = times.addingReportingOverflow(Int(digit &- UInt8(ascii: "0")))
            guard !overflow, !overflowed else { return nil }
            units = sum
        }
        self.init(minorUnits: negative ? -units : units, currency: currency)
    }

    /// The amount as a decimal with the currency's fraction digits (`"12.50"`, `"1250"`).
    public var amount: String {
        let places = Self.fractionDigits(of: currency)
        var digits = String(minorUnits.magnitude)
        if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
        let sign = minorUnits < 0 ? "-" : ""
        guard places > 0 else { return sign + digits }
        let point = digits.index(digits.endIndex, offsetBy: -places)
        return sign + digits[..<point] + "." + digits[point...]
    }

    /// The amount and the code, as a log line shows them: `12.50 EUR`.
    public var description: String { amount + " " + currency }

    /// Appends `{"amount":"12.50","currency":"EUR"}`, as ``encode(to:)`` writes it: the one writer
    /// of problem bodies' and errcat's JSON.
    package func appendJSON(to out: inout [UInt8]) {
        out += #"{"amount":"#.utf8
        _JSONStringText.append(amount, to: &out)
        out += #","currency":"#.utf8
        _JSONStringText.append(currency, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    private enum CodingKeys: String, CodingKey {
        case amount, currency
    }

    /// Decodes `{"amount": "12.50", "currency": "EUR"}`; an amount may also be a JSON number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let currency = try container.decode(String.self, forKey: .currency)
        let text =
            if let text = try? container.decode(String.self, forKey: .amount) {
                text
            } else {
                MessageArgument.digits(try container.decode(Double.self, forKey: .amount))
            }
        guard let money = Money(amount: text, currency: currency) else {
            throw DecodingError.dataCorruptedError(
                forKey: .amount, in: container,
                debugDescription: "'\(text)' is not an amount of \(currency) (\(Self.fractionDigits(of: currency)) "
                    + "fraction digits)")
        }
        self = money
    }

    /// Encodes `{"amount": "12.50", "currency": "EUR"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(amount, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }
}
