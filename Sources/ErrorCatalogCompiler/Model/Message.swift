import ErrorCatalog

/// A text of an entry that declares parameters, parsed from ICU MessageFormat: literal text,
/// placeholders, formatted numbers, `plural`, `selectordinal` and `select`.
public struct Message: Sendable, Hashable {
    /// The parts in order.
    public var parts: [Part]

    /// A message of `parts`.
    public init(_ parts: [Part]) { self.parts = parts }

    /// One part of a message.
    public indirect enum Part: Sendable, Hashable {
        /// Literal text, quoting resolved.
        case text(String)
        /// `{name}`: the parameter's value.
        case argument(String)
        /// `#` inside a `plural` or `selectordinal`: its number, after the offset.
        case pound
        /// `{name, plural, offset:N …}`.
        case plural(String, offset: Int, branches: [Branch])
        /// `{name, selectordinal, …}`: a branch by the number's ordinal category (1st, 2nd, 3rd).
        case ordinal(String, offset: Int, branches: [Branch])
        /// `{name, select, …}`.
        case select(String, branches: [Branch])
        /// `{name, number}`, `{name, number, integer|percent|currency}`: the value as the
        /// reader's locale writes it.
        case number(String, style: NumberStyle)
        /// `{name, date, style}`, `{name, time, style}`: the timestamp as the reader's locale
        /// writes a date or a time.
        case date(String, style: DateStyle)
    }

    /// How `{name, number, …}` writes its value (the runtime's operation 6 names it by number).
    public enum NumberStyle: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// `{n, number}`: grouped, up to three fraction digits.
        case decimal
        /// `{n, number, integer}`: grouped, rounded to a whole number.
        case integer
        /// `{n, number, percent}`: the value times 100, rounded, with the percent sign.
        case percent
        /// `{p, number, currency}`: a `money` amount with its currency's symbol and digits.
        case currency

        /// The style as a message writes it (`number` alone for ``decimal``).
        public var description: String {
            switch self {
            case .decimal: "number"
            case .integer: "number, integer"
            case .percent: "number, percent"
            case .currency: "number, currency"
            }
        }
    }

    /// How `{name, date|time, …}` writes its timestamp (the runtime's operation 7 names it by
    /// number): a date or a time, in CLDR's full, long, medium or short form.
    public enum DateStyle: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case dateFull, dateLong, dateMedium, dateShort, timeFull, timeLong, timeMedium, timeShort

        /// `date` or `time`.
        public var type: String { rawValue < 4 ? "date" : "time" }

        /// `full`, `long`, `medium` or `short`.
        public var length: String { ["full", "long", "medium", "short"][rawValue % 4] }

        /// The style as a message writes it (`date, medium`).
        public var description: String { "\(type), \(length)" }

        /// The style of `type` (`date`, `time`) and `length` (`nil` for `medium`, ICU's default).
        public init?(type: String, length: String?) {
            let lengths = ["full", "long", "medium", "short"]
            guard let index = lengths.firstIndex(of: length ?? "medium"), type == "date" || type == "time" else {
                return nil
            }
            self.init(rawValue: (type == "date" ? 0 : 4) + index)
        }
    }

    /// One branch of a `plural` or `select`.
    public struct Branch: Sendable, Hashable {
        /// What chooses the branch.
        public var key: Key
        /// Its text.
        public var message: Message

        /// A branch.
        public init(_ key: Key, _ message: Message) {
            self.key = key
            self.message = message
        }
    }

    /// What chooses a branch.
    public enum Key: Sendable, Hashable, CustomStringConvertible {
        /// `=N`: exactly this number.
        case exact(Int)
        /// A CLDR plural category.
        case category(PluralCategory)
        /// A `select` keyword (`other` is the fallback).
        case keyword(String)

        /// The key as ICU writes it.
        public var description: String {
            switch self {
            case .exact(let value): "=\(value)"
            case .category(let category): category.description
            case .keyword(let keyword): keyword
            }
        }

        /// Whether this is the `other` branch.
        public var isOther: Bool {
            switch self {
            case .category(let category): category == .other
            case .keyword(let keyword): keyword == "other"
            case .exact: false
            }
        }
    }

    /// The names of the parameters the message uses, each once, in order of first use.
    public var parameterNames: [String] {
        var names: [String] = []
        func visit(_ message: Message) {
            for part in message.parts {
                switch part {
                case .text, .pound: break
                case .argument(let name), .number(let name, _), .date(let name, _):
                    if !names.contains(name) { names.append(name) }
                case .plural(let name, _, let branches), .ordinal(let name, _, let branches),
                    .select(let name, let branches):
                    if !names.contains(name) { names.append(name) }
                    branches.forEach { visit($0.message) }
                }
            }
        }
        visit(self)
        return names
    }

    /// Whether the message, or a branch in it, is a `selectordinal`.
    public var usesOrdinal: Bool {
        contains { if case .ordinal = $0 { true } else { false } }
    }

    /// Whether the message, or a branch in it, formats a number (`{n, number, …}`).
    public var formatsNumbers: Bool {
        contains { if case .number = $0 { true } else { false } }
    }

    /// Whether the message, or a branch in it, formats a timestamp (`{t, date|time, …}`).
    public var formatsDates: Bool {
        contains { if case .date = $0 { true } else { false } }
    }

    /// Whether a part of the message, or of a branch in it, satisfies `test`.
    public func contains(where test: (Part) -> Bool) -> Bool {
        parts.contains { part in
            if test(part) { return true }
            switch part {
            case .plural(_, _, let branches), .ordinal(_, _, let branches), .select(_, let branches):
                return branches.contains { $0.message.contains(where: test) }
            case .text, .argument, .pound, .number, .date: return false
            }
        }
    }

    /// The message with `arguments` in its placeholders, chosen by `rules`: rendered by the
    /// runtime's renderer, as the generated code renders it (the docs, OpenAPI and `explain`
    /// examples use it). A missing argument shows as `{name}`, and its `plural` or `select`
    /// takes the `other` branch.
    /// Formatted numbers and timestamps are written as `locale` (a BCP 47 tag) writes them.
    public func rendered(_ arguments: MessageArguments, rules: PluralRuleSet, locale: String = "en") -> String {
        var strings = RecordStrings()
        let parameters = parameterNames.map { EntryParameter(name: $0, kind: .string) }
        let record = MessageRecord.encode([self], parameters: parameters) { strings.intern($0) }
        var conventions = rules.encodedWithOrdinal
        if formatsNumbers || formatsDates {
            conventions += NumberConventions.encoded(locale) { strings.intern($0) }
        }
        if formatsDates { conventions += DateConventions.encoded(locale) { strings.intern($0) } }
        return strings.withPacked { packed in
            MessageRenderer.render(
                messages: record, strings: packed, record: 0, text: 0, arguments: arguments,
                rules: PluralRuleTable(conventions, start: 0))
        } ?? ""
    }
}

/// A parameter an entry declares: its name, type and description.
public struct EntryParameter: Sendable, Hashable {
    /// The name: a lowerCamelCase identifier, the Swift argument label and the JSON member.
    public var name: String
    /// The type.
    public var kind: MessageParameter.Kind
    /// What the value is (Markdown).
    public var description: String?
    /// The value the docs and OpenAPI render their example with.
    public var example: MessageArgument

    /// A parameter; without an example, one of its type (`3`, `2.5`, or its name).
    public init(name: String, kind: MessageParameter.Kind, description: String? = nil, example: MessageArgument? = nil)
    {
        self.name = name
        self.kind = kind
        self.description = description
        self.example =
            example
            ?? {
                switch kind {
                case .string: .string(name)
                case .integer: .integer(3)
                case .number: .number(2.5)
                case .money: .money(Money(minorUnits: 1250, currency: "EUR"))
                case .timestamp: .timestamp(Timestamp(secondsSince1970: 1_796_639_400))
                }
            }()
    }
}

/// The compiled texts of an entry that declares parameters.
public struct EntryMessages: Sendable, Hashable {
    /// The title, when the entry has one.
    public var title: Message?
    /// The meaning.
    public var meaning: Message
    /// The remedy: one message, or one per step.
    public var remedy: [Message]
    /// Whether the remedy is written as steps.
    public var remedyIsSteps: Bool

    /// Compiled texts.
    public init(title: Message?, meaning: Message, remedy: [Message], remedyIsSteps: Bool) {
        self.title = title
        self.meaning = meaning
        self.remedy = remedy
        self.remedyIsSteps = remedyIsSteps
    }

    /// Every text, in the order the generated tables hold them: title, meaning, remedy, steps.
    /// The remedy of steps is the numbered list the runtime's `remedy` shows.
    public var tableTexts: [Message?] {
        let whole =
            remedyIsSteps
            ? Message(
                remedy.enumerated().flatMap { step in
                    [Message.Part.text((step.offset == 0 ? "" : "\n") + "\(step.offset + 1). ")] + step.element.parts
                })
            : remedy.first ?? Message([])
        return [title, meaning, whole] + (remedyIsSteps ? remedy : [])
    }

    /// The arguments every placeholder shows as `{name}` with: the text the generated string
    /// columns hold for the bare case.
    public static let noArguments = MessageArguments()
}
