/// Renders the messages errcat compiled from ICU MessageFormat into a catalog's
/// `_CatalogTables.messages`: parsing happened at generation time, so rendering walks
/// integers and copies bytes.
///
/// An entry's message record, from the entry's `message` column: the number of parameters,
/// then each parameter's name (a string index) and type (``MessageParameter/Kind``); then the
/// number of texts (title, meaning, remedy, then each remedy step) and each text as its
/// length followed by its operations:
///
/// - `0 s`: the literal string `s`;
/// - `1 p`: the value of parameter `p`;
/// - `2`: the number of the innermost `plural` or `selectordinal` (after its offset);
/// - `3 p offset k` and `k` branches: a `plural` of parameter `p`; each branch is its key
///   (a ``PluralCategory`` raw value, or 6 + N for `=N`), its length and its operations;
/// - `4 p k` and `k` branches: a `select` of parameter `p`; each branch is its keyword (a
///   string index), its length and its operations;
/// - `5 p offset k` and `k` branches: a `selectordinal`, as `3` with the language's ordinal
///   rules, which follow its cardinal rules in the tables;
/// - `6 p s`: the value of parameter `p` formatted in ``NumberStyle`` `s` by the locale's
///   number conventions, which follow its ordinal rules in the tables;
/// - `7 p s`: the timestamp of parameter `p` formatted in ``DateStyle`` `s` by the locale's
///   date conventions, which follow its number conventions in the tables.
///
/// A missing argument, or one of the wrong type, never stops a rendering: its placeholder
/// shows as `{name}`, a `plural` or `select` takes its `other` branch, and every other
/// argument is rendered as usual.
///
/// The walk is generic over where the record is: the generated tables, or (in errcat, which
/// renders the docs' and OpenAPI's examples with it) the arrays a message compiles to.
package struct MessageRenderer<Code: PackedIntegers, Strings: PackedStrings, Rules: PluralCategorizing> {
    let messages: Code
    let strings: Strings
    let arguments: MessageArguments
    let rules: Rules
    /// Where the entry's parameters start in the messages table.
    let parameters: Int

    /// The text at `textIndex` (0 title, 1 meaning, 2 remedy, 3… steps) of the record at
    /// `record` of `messages`, or `nil` when the record has no such text.
    /// A text the record does not have (an untranslated field) is `nil`; its four bounds are 0.
    package static func render(
        messages: Code, strings: Strings, record: Int, text textIndex: Int, arguments: MessageArguments, rules: Rules
    ) -> String? {
        let textsAt = record + 1 + 2 * messages[record]
        guard textIndex < messages[textsAt] else { return nil }
        var position = textsAt + 1
        for _ in 0..<textIndex { position += 4 + messages[position] }
        guard messages[position + 3] > 0 else { return nil }
        let renderer = MessageRenderer(
            messages: messages, strings: strings, arguments: arguments, rules: rules, parameters: record + 1)
        let start = position + 4
        let end = start + messages[position]
        var width = messages[position + 3]
        for argument in arguments {
            switch argument.value {
            case .string(let text): width = Swift.max(width, text.utf8.count)
            // `12.50 EUR` as a placeholder shows it (a formatted amount fits the text's width).
            case .money: width = Swift.max(width, 48)
            // Its RFC 3339 text as a placeholder shows it (a formatted one fits the text's width).
            case .timestamp: width = Swift.max(width, 40)
            // Formatted (a text that formats numbers has a width of 160 or more), a number of 16 or
            // more digits before the point is written in full.
            case .number(let number) where width >= 160 && !(number.magnitude < 1e15): width = Swift.max(width, 1_600)
            default: break
            }
        }
        let capacity = messages[position + 1] + messages[position + 2] * width
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var writer = ByteWriter(buffer: buffer)
            renderer.walk(start, end, pound: nil, into: &writer)
            return writer.count
        }
    }

    /// The name of parameter `parameter`.
    func name(_ parameter: Int) -> UnsafeRawBufferPointer {
        strings.bytes(messages[parameters + 2 * parameter])
    }

    func argument(_ parameter: Int) -> MessageArgument? {
        arguments.value(at: parameter, named: name(parameter))
    }

    /// Writes the operations from `start` to `end`. `pound` is what `#` shows.
    func walk<Sink: ByteSinking>(_ start: Int, _ end: Int, pound: MessageArgument?, into sink: inout Sink) {
        var position = start
        while position < end {
            switch messages[position] {
            case 0:
                sink.append(strings.bytes(messages[position + 1]))
                position += 2
            case 1:
                placeholder(messages[position + 1], into: &sink)
                position += 2
            case 2:
                // The compiler writes `#` outside a plural as a literal, so there is always one.
                if let pound { sink.append(pound) }
                position += 1
            case 3:
                position = plural(at: position, ordinal: false, into: &sink)
            case 5:
                position = plural(at: position, ordinal: true, into: &sink)
            case 6:
                number(at: position, into: &sink)
                position += 3
            case 7:
                date(at: position, into: &sink)
                position += 3
            default:
                position = select(at: position, into: &sink)
            }
        }
    }

    func placeholder<Sink: ByteSinking>(_ parameter: Int, into sink: inout Sink) {
        if let value = argument(parameter) { sink.append(value) } else { sink.append(braced: name(parameter)) }
    }

    /// Writes the formatted number at `position`: the argument in the operation's style, or as
    /// a placeholder shows it when it is missing or of a type the style does not format.
    func number<Sink: ByteSinking>(at position: Int, into sink: inout Sink) {
        let parameter = messages[position + 1]
        guard let value = argument(parameter), let style = NumberStyle(rawValue: messages[position + 2]),
            rules.numberConventions.write(value, style: style, strings: strings, into: &sink)
        else { return placeholder(parameter, into: &sink) }
    }

    /// Writes the formatted timestamp at `position`: the argument in the operation's style, or as
    /// a placeholder shows it when it is missing or not a timestamp.
    func date<Sink: ByteSinking>(at position: Int, into sink: inout Sink) {
        let parameter = messages[position + 1]
        let numbers = rules.numberConventions
        guard let value = argument(parameter), let style = DateStyle(rawValue: messages[position + 2]),
            numbers.dateConventions.write(value, style: style, zero: numbers.zero, strings: strings, into: &sink)
        else { return placeholder(parameter, into: &sink) }
    }

    /// Writes the chosen branch of the `plural` (or, when `ordinal`, the `selectordinal`) at
    /// `position`; returns the position after it.
    func plural<Sink: ByteSinking>(at position: Int, ordinal: Bool, into sink: inout Sink) -> Int {
        let parameter = messages[position + 1]
        let offset = messages[position + 2]
        let value = argument(parameter)
        let shown: MessageArgument? =
            switch value {
            case .integer(let integer): .integer(integer &- offset)
            case .number(let number): .number(number - Double(offset))
            default: nil
            }
        let category = shown.flatMap { ordinal ? rules.ordinalCategory($0) : rules.category($0) } ?? .other
        let exact: Int? =
            switch value {
            case .integer(let integer): integer
            case .number(let number): MessageArgument.whole(number)
            default: nil
            }
        let branches = Branches(messages, first: position + 4, count: messages[position + 3])
        let chosen =
            branches.first { key in exact.map { key == 6 + $0 } ?? false }
            ?? branches.first { $0 == category.rawValue } ?? branches.first { $0 == PluralCategory.other.rawValue }
        if let chosen {
            walk(
                chosen.start, chosen.end,
                pound: shown ?? .string("{" + String(decoding: name(parameter), as: UTF8.self) + "}"), into: &sink)
        }
        return branches.end
    }

    /// Writes the chosen branch of the `select` at `position`; returns the position after it.
    func select<Sink: ByteSinking>(at position: Int, into sink: inout Sink) -> Int {
        let keyword: String? = if case .string(let text) = argument(messages[position + 1]) { text } else { nil }
        let branches = Branches(messages, first: position + 3, count: messages[position + 2])
        let chosen =
            keyword.flatMap { keyword in
                branches.first { MessageArguments.equal(keyword, strings.bytes($0)) }
            } ?? branches.first { MessageArguments.equal("other", strings.bytes($0)) }
        if let chosen { walk(chosen.start, chosen.end, pound: nil, into: &sink) }
        return branches.end
    }
}

/// The branches of a `plural` or `select`: key, length, operations, one after another.
struct Branches<Code: PackedIntegers> {
    let messages: Code
    let first: Int
    let count: Int

    init(_ messages: Code, first: Int, count: Int) {
        self.messages = messages
        self.first = first
        self.count = count
    }

    /// The first branch whose key satisfies `test`: where its operations start and end.
    func first(where test: (Int) -> Bool) -> (start: Int, end: Int)? {
        var position = first
        for _ in 0..<count {
            let end = position + 2 + messages[position + 1]
            if test(messages[position]) { return (position + 2, end) }
            position = end
        }
        return nil
    }

    /// The position after the last branch.
    var end: Int {
        var position = first
        for _ in 0..<count { position += 2 + messages[position + 1] }
        return position
    }
}

/// Where a rendering goes: the string's buffer.
protocol ByteSinking {
    mutating func append(_ bytes: UnsafeRawBufferPointer)
}

extension ByteSinking {
    mutating func append(_ value: MessageArgument) {
        switch value {
        case .string(let text): append(text)
        case .integer(let integer): append(integer)
        case .number, .money, .timestamp: append(value.description)
        }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `{name}`, the placeholder of a missing argument.
    mutating func append(braced name: UnsafeRawBufferPointer) {
        withUnsafeBytes(of: UInt8(ascii: "{")) { append($0) }
        append(name)
        withUnsafeBytes(of: UInt8(ascii: "}")) { append($0) }
    }

    /// Appends the decimal digits of `integer` without a temporary string.
    mutating func append(_ integer: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var magnitude = integer.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if integer < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            append(UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }
}

struct ByteWriter: ByteSinking {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let room = Swift.min(bytes.count, buffer.count - count)
        UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[count..<(count + room)])
            .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[0..<room]))
        count += room
    }
}
