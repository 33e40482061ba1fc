import ErrorCatalog

/// Turns the placeholders of imported texts into message parameters: printf's `%s`, `%d`,
/// `%f` (positional, named `arg1`, `arg2`, … in order), Python's `%(name)s` and `%(name)d`,
/// and `{name}`. The texts become ICU MessageFormat (`{name}`, other braces and apostrophes
/// quoted); `%%` is a percent sign. Texts without placeholders are left as they are.
enum Placeholders {
    /// A text cut into literal text and placeholders.
    struct Scan {
        var parts: [Message.Part] = []
        var parameters: [(name: String, kind: MessageParameter.Kind)] = []
    }

    /// The entry with its placeholders as parameters, when any of its texts has one.
    static func apply(to entry: inout ImportedEntry) {
        var parameters: [(name: String, kind: MessageParameter.Kind)] = []
        let texts = [entry.title, entry.meaning, entry.remedy].map { $0.map { scan($0) } }
        for scan in texts.compactMap({ $0 }) {
            for parameter in scan.parameters where !parameters.contains(where: { $0.name == parameter.name }) {
                parameters.append(parameter)
            }
        }
        guard !parameters.isEmpty else { return }
        entry.parameters = parameters
        entry.title = texts[0].map { Message($0.parts).icuText }
        entry.meaning = texts[1].map { Message($0.parts).icuText }
        entry.remedy = texts[2].map { Message($0.parts).icuText }
    }

    /// The parts and placeholders of `text`.
    static func scan(_ text: String) -> Scan {
        var scan = Scan()
        var literal = ""
        var positional = 0
        let characters = Array(text)
        var index = 0
        func add(_ name: String, _ kind: MessageParameter.Kind) {
            if !literal.isEmpty { scan.parts.append(.text(literal)) }
            literal = ""
            scan.parts.append(.argument(name))
            if !scan.parameters.contains(where: { $0.name == name }) { scan.parameters.append((name, kind)) }
        }
        while index < characters.count {
            if let (name, kind, length) = placeholder(characters, at: index, positional: positional + 1) {
                if name.hasPrefix("arg") { positional += 1 }
                add(name, kind)
                index += length
            } else if characters[index] == "%", index + 1 < characters.count, characters[index + 1] == "%" {
                literal.append("%")
                index += 2
            } else {
                literal.append(characters[index])
                index += 1
            }
        }
        if !literal.isEmpty { scan.parts.append(.text(literal)) }
        return scan
    }

    /// The placeholder at `index`: its parameter name, type and length in characters.
    static func placeholder(
        _ text: [Character], at index: Int, positional: Int
    ) -> (String, MessageParameter.Kind, Int)? {
        if text[index] == "{" {
            var end = index + 1
            while end < text.count, text[end].isASCII, text[end].isLetter || text[end].isNumber || text[end] == "_" {
                end += 1
            }
            guard end < text.count, text[end] == "}", end > index + 1, text[index + 1].isLetter else { return nil }
            return Naming.lowerCamelCase(String(text[(index + 1)..<end])).map { ($0, .string, end + 1 - index) }
        }
        guard text[index] == "%", index + 1 < text.count else { return nil }
        var position = index + 1
        var name: String?
        if text[position] == "(" {
            guard let close = text[position...].firstIndex(of: ")") else { return nil }
            name = Naming.lowerCamelCase(String(text[(position + 1)..<close]))
            guard name != nil else { return nil }
            position = close + 1
        }
        // Flags, width and precision, then the conversion.
        while position < text.count, "-+ #0123456789.".contains(text[position]) { position += 1 }
        guard position < text.count else { return nil }
        let kind: MessageParameter.Kind? =
            switch text[position] {
            case "s", "r", "a": .string
            case "d", "i", "u": .integer
            case "f", "F", "g", "G", "e", "E": .number
            default: nil
            }
        guard let kind else { return nil }
        return (name ?? "arg\(positional)", kind, position + 1 - index)
    }
}
