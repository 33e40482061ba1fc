import ErrorCatalog

/// Parses one text of an entry with parameters as ICU MessageFormat and checks it against the
/// entry's parameters: `{name}`, `{name, plural, [offset:N] =N {…} one {…} other {…}}` with `#`,
/// `{name, select, keyword {…} other {…}}`, nested, and ICU's apostrophe quoting (a `'` before
/// `{`, `}` or, in a plural, `#` starts quoted text up to the next single `'`; `''` is one
/// apostrophe; any other `'` is itself).
///
/// Every problem is an ``Issue`` at its UTF-8 offset in the text, so the decoder can point at
/// the line and column inside the YAML string.
struct MessageParser {
    /// A problem in the text.
    struct Issue: Sendable {
        /// Where it is: the UTF-8 offset in the text.
        var offset: Int
        /// Whether it stops the catalog from being used.
        var isError: Bool
        /// What is wrong and how to fix it.
        var message: String
    }

    let bytes: [UInt8]
    /// The entry's parameters by name.
    let parameters: [String: MessageParameter.Kind]
    /// The plural categories the catalog's language uses.
    let categories: [PluralCategory]
    /// The language's rules (with the categories its counts take).
    let rules: PluralRuleSet
    let language: String
    var position = 0
    var issues: [Issue] = []
    /// The parameters the text uses.
    var used: Set<String> = []

    init(_ text: String, parameters: [String: MessageParameter.Kind], rules: PluralRuleSet, language: String = "en") {
        bytes = Array(text.utf8)
        self.parameters = parameters
        categories = rules.categories
        self.rules = rules
        self.language = language
    }

    /// The message, or `nil` when the text has a syntax error (reported).
    mutating func parse() -> Message? {
        guard let message = parseMessage(inPlural: false, nested: false) else { return nil }
        return message
    }

    struct Stop: Error {}

    mutating func fail(_ message: String, at offset: Int) -> Stop {
        issues.append(Issue(offset: offset, isError: true, message: message))
        return Stop()
    }

    mutating func parseMessage(inPlural: Bool, nested: Bool) -> Message? {
        do {
            return try message(inPlural: inPlural, nested: nested)
        } catch {
            return nil
        }
    }

    /// Parts up to the end of the text, or up to the `}` that closes a branch (`nested`).
    mutating func message(inPlural: Bool, nested: Bool) throws(Stop) -> Message {
        var parts: [Message.Part] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
            text.removeAll()
        }
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "'"):
                quoted(into: &text, inPlural: inPlural)
            case UInt8(ascii: "{"):
                flush()
                parts.append(try argument(inPlural: inPlural))
            case UInt8(ascii: "}"):
                guard nested else {
                    throw fail(
                        "unbalanced '}': nothing here is open; write '}' (quoted) for a literal brace", at: position)
                }
                flush()
                return Message(parts)
            case UInt8(ascii: "#") where inPlural:
                flush()
                parts.append(.pound)
                position += 1
            default:
                text.append(byte)
                position += 1
            }
        }
        if nested { throw fail("unbalanced '{': this branch is not closed with '}'", at: bytes.count) }
        flush()
        return Message(parts)
    }

    /// ICU's optional apostrophe quoting, from the `'` at ``position``.
    mutating func quoted(into text: inout [UInt8], inPlural: Bool) {
        let next = position + 1 < bytes.count ? bytes[position + 1] : nil
        if next == UInt8(ascii: "'") {
            text.append(UInt8(ascii: "'"))
            position += 2
            return
        }
        // `|` is syntax only in ICU's choice format, which messages do not use: ICU renders
        // `'|'` as written, so it does not start quoted text here either.
        let special: Set<UInt8> =
            inPlural
            ? [UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#")] : [UInt8(ascii: "{"), UInt8(ascii: "}")]
        guard let next, special.contains(next) else {
            text.append(UInt8(ascii: "'"))
            position += 1
            return
        }
        position += 1
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "'") {
                if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "'") {
                    text.append(UInt8(ascii: "'"))
                    position += 2
                    continue
                }
                position += 1
                return
            }
            text.append(bytes[position])
            position += 1
        }
    }

    mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    /// A word of letters, digits, `_` and `-` at ``position`` (may be empty).
    mutating func word() -> (String, Int) {
        let start = position
        while position < bytes.count,
            _ASCII.isLetter(bytes[position]) || _ASCII.isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_")
                || bytes[position] == UInt8(ascii: "-")
        {
            position += 1
        }
        return (String(decoding: bytes[start..<position], as: UTF8.self), start)
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(Stop) {
        skipSpace()
        guard position < bytes.count else { throw fail("unbalanced '{': the text ends before \(what)", at: position) }
        guard bytes[position] == byte else { throw fail("expected \(what)", at: position) }
        position += 1
    }

    /// `{name}`, `{name, plural, …}` or `{name, select, …}`, from the `{` at ``position``.
    mutating func argument(inPlural: Bool) throws(Stop) -> Message.Part {
        let open = position
        position += 1
        skipSpace()
        let (name, nameAt) = word()
        guard !name.isEmpty else {
            throw fail(
                position >= bytes.count
                    ? "unbalanced '{': the text ends inside a placeholder"
                    : "expected a parameter name after '{'; write '{' (quoted) for a literal brace",
                at: position < bytes.count ? position : open)
        }
        let kind = parameter(name, at: nameAt)
        skipSpace()
        guard position < bytes.count else {
            throw fail("unbalanced '{': the placeholder '{\(name)' is not closed", at: open)
        }
        if bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .argument(name)
        }
        try expect(UInt8(ascii: ","), "',' or '}' after the parameter name")
        skipSpace()
        let (type, typeAt) = word()
        switch type {
        case "plural", "selectordinal":
            if let kind, let problem = Self.mismatch(type, kind, name) {
                issues.append(Issue(offset: typeAt, isError: true, message: problem))
            }
            try expect(UInt8(ascii: ","), "',' after '\(type)'")
            return try plural(name, open: open, ordinal: type == "selectordinal")
        case "select":
            if let kind, let problem = Self.mismatch(type, kind, name) {
                issues.append(Issue(offset: typeAt, isError: true, message: problem))
            }
            try expect(UInt8(ascii: ","), "',' after 'select'")
            return try select(name, open: open)
        case "number":
            return try number(name, kind: kind, typeAt: typeAt)
        case "date", "time":
            return try date(name, type: type, kind: kind, typeAt: typeAt)
        default:
            let known = ["number", "date", "time", "plural", "select", "selectordinal"]
            throw fail(
                type.isEmpty
                    ? "expected 'number', 'date', 'time', 'plural', 'select' or 'selectordinal' after '\(name),'"
                    : "unsupported argument type '\(type)'; use {\(name)}, 'number', 'date', 'time', 'plural', "
                        + "'select' or 'selectordinal'\(Spelling.hint(for: type, among: known))",
                at: typeAt)
        }
    }

    /// `{name, number}` or `{name, number, style}`, after `number`; checks the style against
    /// the parameter's type (`kind`, `nil` for an undeclared one).
    mutating func number(_ name: String, kind: MessageParameter.Kind?, typeAt: Int) throws(Stop) -> Message.Part {
        let styles = ["integer": Message.NumberStyle.integer, "percent": .percent, "currency": .currency]
        let (word, styleAt) = try style(of: name, type: "number", among: ["integer", "percent", "currency"])
        let style = word.flatMap { styles[$0] } ?? .decimal
        try expect(UInt8(ascii: "}"), "'}' to close {\(name), \(style)}")
        if let kind, let problem = Self.mismatch(style, kind, name) {
            issues.append(Issue(offset: styleAt ?? typeAt, isError: true, message: problem))
        }
        return .number(name, style: style)
    }

    /// `{name, date}`, `{name, time}` or either with a style (`full`, `long`, `medium`, `short`),
    /// after the type; checks that the parameter is a timestamp.
    mutating func date(
        _ name: String, type: String, kind: MessageParameter.Kind?, typeAt: Int
    ) throws(Stop) -> Message.Part {
        let (length, _) = try style(of: name, type: type, among: ["full", "long", "medium", "short"])
        let style = Message.DateStyle(type: type, length: length) ?? .dateMedium
        try expect(UInt8(ascii: "}"), "'}' to close {\(name), \(style)}")
        if let kind, kind != .timestamp {
            issues.append(
                Issue(
                    offset: typeAt, isError: true,
                    message: "'\(type)' formats a timestamp, but parameter '\(name)' is \(Self.article(kind)); "
                        + "declare it 'timestamp'"))
        }
        return .date(name, style: style)
    }

    /// The style after `{name, type` (`, short`), one of `styles`, and where it is; `nil` when
    /// the placeholder names none. A skeleton (`::…`) or another word is an error.
    mutating func style(of name: String, type: String, among styles: [String]) throws(Stop) -> (String?, Int?) {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else { return (nil, nil) }
        position += 1
        skipSpace()
        let styleAt = position
        let listed = Self.listed(styles)
        if bytes[position...].starts(with: "::".utf8) {
            throw fail(
                "\(type) skeletons ('::…') are not supported; use {\(name), \(type)} or {\(name), \(type), "
                    + "\(styles.joined(separator: "|"))}",
                at: styleAt)
        }
        let (word, _) = word()
        guard styles.contains(word) else {
            throw fail(
                word.isEmpty
                    ? "expected \(listed) after '\(name), \(type),'"
                    : "unsupported \(type) style '\(word)'; use \(listed), or none"
                        + Spelling.hint(for: word, among: styles.sorted()),
                at: styleAt)
        }
        return (word, styleAt)
    }

    /// `'a', 'b' or 'c'`.
    static func listed(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        return quoted.dropLast().joined(separator: ", ") + (quoted.count > 1 ? " or " : "") + (quoted.last ?? "")
    }

    /// What is wrong with choosing by a parameter of type `kind` with `type` (`plural`,
    /// `selectordinal` or `select`), if anything.
    static func mismatch(_ type: String, _ kind: MessageParameter.Kind, _ name: String) -> String? {
        switch (type, kind) {
        case ("select", .string), ("plural", .integer), ("plural", .number), ("selectordinal", .integer),
            ("selectordinal", .number):
            nil
        case ("select", _):
            "'select' chooses by text, but parameter '\(name)' is \(Self.article(kind))"
                + (kind == .integer || kind == .number ? "; use 'plural' with '=N' branches" : "")
        default:
            "'\(type)' needs a number, but parameter '\(name)' is \(Self.article(kind)); declare it "
                + "'integer' or 'number'\(kind == .string ? ", or use 'select'" : "")"
        }
    }

    /// What is wrong with formatting a parameter of type `kind` in `style`, if anything.
    static func mismatch(_ style: Message.NumberStyle, _ kind: MessageParameter.Kind, _ name: String) -> String? {
        switch (style, kind) {
        case (.currency, .money), (.decimal, .integer), (.decimal, .number), (.integer, .integer),
            (.integer, .number), (.percent, .integer), (.percent, .number):
            nil
        case (.currency, _):
            "'currency' formats an amount of money, but parameter '\(name)' is \(Self.article(kind)); "
                + "declare it 'money'"
        case (_, .money):
            "parameter '\(name)' is money; write {\(name), number, currency}"
        case (_, .timestamp):
            "parameter '\(name)' is a timestamp; write {\(name), date} or {\(name), time}"
        case (_, .string):
            "'number' formats a number, but parameter '\(name)' is a string; declare it 'integer' or 'number'"
        }
    }

    static func article(_ kind: MessageParameter.Kind) -> String {
        switch kind {
        case .string: "a string"
        case .integer: "an integer"
        case .number: "a number"
        case .money: "money"
        case .timestamp: "a timestamp"
        }
    }

    /// Records a use of parameter `name`; reports it when the entry does not declare it.
    mutating func parameter(_ name: String, at offset: Int) -> MessageParameter.Kind? {
        used.insert(name)
        if let kind = parameters[name] { return kind }
        let names = parameters.keys.sorted()
        let declared =
            names.isEmpty
            ? "the entry declares no 'params'" : "the entry declares \(names.map { "'\($0)'" }.joined(separator: ", "))"
        issues.append(
            Issue(
                offset: offset, isError: true,
                message: "unknown parameter '\(name)': \(declared)\(Spelling.hint(for: name, among: names))"))
        return nil
    }
}
