extension Message {
    /// The message as ICU MessageFormat text: parsing it gives the same message. Literal
    /// braces (and `#` inside a plural) are quoted, and an apostrophe is doubled only where
    /// it would start quoted text.
    public var icuText: String { icuText(inPlural: false) }

    func icuText(inPlural: Bool) -> String {
        var out = ""
        for (index, part) in parts.enumerated() {
            switch part {
            case .text(let text):
                // An apostrophe just before a placeholder would quote its brace (or, in a
                // plural, its `#`): double it.
                let beforeBrace = index + 1 < parts.count && (inPlural || parts[index + 1] != .pound)
                out += Self.quoted(text, inPlural: inPlural, beforeBrace: beforeBrace)
            case .argument(let name): out += "{\(name)}"
            case .number(let name, let style): out += "{\(name), \(style)}"
            case .date(let name, let style): out += "{\(name), \(style)}"
            case .pound: out += "#"
            case .plural(let name, let offset, let branches), .ordinal(let name, let offset, let branches):
                let type = if case .ordinal = part { "selectordinal" } else { "plural" }
                out += "{\(name), \(type), " + (offset == 0 ? "" : "offset:\(offset) ")
                out += branches.map { "\($0.key) {\($0.message.icuText(inPlural: true))}" }.joined(separator: " ") + "}"
            case .select(let name, let branches):
                out +=
                    "{\(name), select, "
                    + branches.map { "\($0.key) {\($0.message.icuText(inPlural: false))}" }.joined(separator: " ") + "}"
            }
        }
        return out
    }

    /// `text` as ICU literal text: each special character quoted on its own (`'{'`), and an
    /// apostrophe doubled where it comes before a special character or another apostrophe, or
    /// right after a quoted one (`}'s` is `'}'''s`: a single `'` there would read as `''`).
    static func quoted(_ text: String, inPlural: Bool, beforeBrace: Bool = false) -> String {
        let special: Set<Character> = inPlural ? ["{", "}", "#"] : ["{", "}"]
        var out = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if special.contains(character) {
                out += "'\(character)'"
            } else if character == "'" {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let afterQuoted = index > 0 && special.contains(characters[index - 1])
                let doubled = afterQuoted || (next.map { special.contains($0) || $0 == "'" } ?? beforeBrace)
                out += doubled ? "''" : "'"
            } else {
                out.append(character)
            }
        }
        return out
    }
}
