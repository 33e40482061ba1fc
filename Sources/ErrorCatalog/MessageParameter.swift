/// One parameter of an entry's messages: its name (the Swift argument label and the JSON
/// member of `arguments`) and its type.
public struct MessageParameter: Sendable, Hashable {
    /// The types a parameter can have.
    public enum Kind: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Text (`String`).
        case string
        /// A whole number (`Int`).
        case integer
        /// A number (`Double`).
        case number
        /// An amount of money in a currency (``Money``).
        case money
        /// An instant and its UTC offset (``Timestamp``).
        case timestamp

        /// The type's name in a catalog (`string`, `integer`, `number`, `money`, `timestamp`).
        public var description: String {
            switch self {
            case .string: "string"
            case .integer: "integer"
            case .number: "number"
            case .money: "money"
            case .timestamp: "timestamp"
            }
        }
    }

    /// The parameter's name.
    public var name: String
    /// Its type.
    public var kind: Kind

    /// A parameter.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// `value` as this parameter's type when it can be read as one without loss (a JSON
    /// number `3` for a `number`, `3.0` for an `integer`, RFC 3339 text for a `timestamp`), else
    /// `value` as it is.
    public func typed(_ value: MessageArgument) -> MessageArgument {
        switch (kind, value) {
        case (.timestamp, .string(let text)): Timestamp(rfc3339: text).map(MessageArgument.timestamp) ?? value
        case (.number, .integer(let integer)): .number(Double(integer))
        case (.integer, .number(let number)):
            MessageArgument.whole(number).map(MessageArgument.integer) ?? value
        default: value
        }
    }
}

extension CatalogEntry {
    /// The entry's parameters, in order; empty for an entry whose texts are fixed.
    public var parameters: [MessageParameter] {
        let tables = Self._tables
        let record = tables.value(_index, .message)
        guard record != 0 else { return [] }
        return (0..<tables.messages[record]).map { parameter in
            MessageParameter(
                name: tables.strings[tables.messages[record + 1 + 2 * parameter]],
                kind: MessageParameter.Kind(rawValue: tables.messages[record + 2 + 2 * parameter]) ?? .string)
        }
    }

    /// Text `text` of the entry's compiled message (0 title, 1 meaning, 2 remedy, 3… steps);
    /// `nil` for an entry without parameters, whose texts are its string columns.
    func rendered(_ text: Int, arguments: MessageArguments) -> String? {
        let tables = Self._tables
        let record = tables.value(_index, .message)
        guard record != 0 else { return nil }
        return MessageRenderer.render(
            messages: tables.messages, strings: tables.strings,
            record: record, text: text, arguments: arguments, rules: tables.pluralRules)
    }
}
