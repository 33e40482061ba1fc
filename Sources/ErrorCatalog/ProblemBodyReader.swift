/// Reads the members of a problem details body (`application/problem+json`) without
/// Foundation, so a client that only needs a code to resolve pays for no JSON library: the
/// body must be one JSON object; its string members are read, every other value is checked
/// and skipped.
enum ProblemBodyReader {
    /// Why a body could not be read.
    struct Malformed: Error, CustomStringConvertible {
        /// What is wrong.
        var message: String
        /// The byte it is at.
        var offset: Int
        var description: String { "not a problem details body: \(message) at byte \(offset)" }
    }

    /// Nesting deeper than this is refused rather than followed.
    static let maxDepth = 64

    /// What a body holds: its top-level string members, and the strings and numbers of its
    /// `arguments` object.
    struct Members {
        var strings: [String: String] = [:]
        var arguments = MessageArguments()
    }

    /// The members of the JSON object `body`.
    static func members(of body: some Collection<UInt8>) throws(Malformed) -> Members {
        let bytes = Array(body)
        return try bytes.withUnsafeBufferPointer { buffer throws(Malformed) in try members(buffer) }
    }

    /// The members of the JSON object `bytes` (a later repeat of a name wins).
    static func members(_ bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) -> Members {
        var position = skipSpace(bytes, 0)
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else {
            throw Malformed(message: "no JSON object", offset: position)
        }
        var members = Members()
        position = skipSpace(bytes, position + 1)
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") { return try end(bytes, position + 1, members) }
        while true {
            let (name, afterName) = try string(bytes, position)
            position = skipSpace(bytes, afterName)
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw Malformed(message: "no ':' after a member name", offset: position)
            }
            position = skipSpace(bytes, position + 1)
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                let (value, afterValue) = try string(bytes, position)
                members.strings[name] = value
                position = afterValue
            } else if name == "arguments", position < bytes.count, bytes[position] == UInt8(ascii: "{") {
                (members.arguments, position) = try arguments(bytes, position)
            } else {
                position = try skipValue(bytes, position, depth: 1)
            }
            position = skipSpace(bytes, position)
            guard position < bytes.count else { throw Malformed(message: "the object is not closed", offset: position) }
            if bytes[position] == UInt8(ascii: "}") { return try end(bytes, position + 1, members) }
            guard bytes[position] == UInt8(ascii: ",") else {
                throw Malformed(message: "no ',' between members", offset: position)
            }
            position = skipSpace(bytes, position + 1)
        }
    }

    /// `members`, once only white space follows the object.
    static func end(
        _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ members: Members
    ) throws(Malformed) -> Members {
        let rest = skipSpace(bytes, position)
        guard rest == bytes.count else { throw Malformed(message: "text after the object", offset: rest) }
        return members
    }

    /// The string and number members of the object at `start` (others are checked and
    /// skipped), in order, and the offset past it.
    static func arguments(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int
    ) throws(Malformed) -> (MessageArguments, Int) {
        var arguments = MessageArguments()
        var position = skipSpace(bytes, start + 1)
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") { return (arguments, position + 1) }
        while true {
            let (name, afterName) = try string(bytes, position)
            position = skipSpace(bytes, afterName)
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw Malformed(message: "no ':' after a member name", offset: position)
            }
            position = skipSpace(bytes, position + 1)
            let valueStart = position
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                let (value, afterValue) = try string(bytes, position)
                arguments[name] = arguments[name] ?? .string(value)
                position = afterValue
            } else {
                position = try skipValue(bytes, position, depth: 2)
                let literal = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<position]), as: UTF8.self)
                if let number = number(literal), arguments[name] == nil { arguments[name] = number }
            }
            position = skipSpace(bytes, position)
            guard position < bytes.count else { throw Malformed(message: "the object is not closed", offset: position) }
            if bytes[position] == UInt8(ascii: "}") { return (arguments, position + 1) }
            guard bytes[position] == UInt8(ascii: ",") else {
                throw Malformed(message: "no ',' between members", offset: position)
            }
            position = skipSpace(bytes, position + 1)
        }
    }

    /// A JSON number literal as an argument: an integer when it has no fraction or exponent
    /// and fits an `Int`, else a number; `nil` for `true`, `false`, `null`, objects and arrays.
    static func number(_ literal: String) -> MessageArgument? {
        if let integer = Int(literal) { return .integer(integer) }
        guard let first = literal.utf8.first, first == UInt8(ascii: "-") || _ASCII.isDigit(first),
            let number = Double(literal)
        else { return nil }
        return .number(number)
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) throws(Malformed) -> (String, Int) {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw Malformed(message: "no string", offset: position)
        }
        do {
            return try _JSONStringText.read(bytes, from: position)
        } catch {
            throw Malformed(message: error.message, offset: error.offset)
        }
    }

    /// The offset past the JSON value at `position` (an object, array, number, `true`,
    /// `false` or `null`; strings inside are read to find their end).
    static func skipValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, depth: Int) throws(Malformed) -> Int {
        guard start < bytes.count else { throw Malformed(message: "no value", offset: start) }
        guard depth <= maxDepth else { throw Malformed(message: "nesting deeper than \(maxDepth)", offset: start) }
        let opening = bytes[start]
        guard opening == UInt8(ascii: "{") || opening == UInt8(ascii: "[") else {
            var position = start
            while position < bytes.count, isScalarByte(bytes[position]) { position += 1 }
            let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            guard ["true", "false", "null"].contains(literal) || Double(literal) != nil else {
                throw Malformed(message: "no JSON value", offset: start)
            }
            return position
        }
        let closing = opening == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var position = skipSpace(bytes, start + 1)
        if position < bytes.count, bytes[position] == closing { return position + 1 }
        while true {
            if opening == UInt8(ascii: "{") {
                position = skipSpace(bytes, try string(bytes, position).1)
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw Malformed(message: "no ':' after a member name", offset: position)
                }
                position = skipSpace(bytes, position + 1)
            }
            position =
                position < bytes.count && bytes[position] == UInt8(ascii: "\"")
                ? try string(bytes, position).1 : try skipValue(bytes, position, depth: depth + 1)
            position = skipSpace(bytes, position)
            guard position < bytes.count else { throw Malformed(message: "a value is not closed", offset: start) }
            if bytes[position] == closing { return position + 1 }
            guard bytes[position] == UInt8(ascii: ",") else {
                throw Malformed(message: "no ',' between values", offset: position)
            }
            position = skipSpace(bytes, position + 1)
        }
    }

    static func isScalarByte(_ byte: UInt8) -> Bool {
        _ASCII.isLetter(byte) || _ASCII.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".")
    }

    static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var position = start
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        return position
    }
}
