import ErrorCatalog

extension MessageParser {
    /// The branches of `{name, plural, …}` (or, when `ordinal`, `{name, selectordinal, …}`,
    /// chosen by the language's ordinal rules) after its second comma, up to its closing `}`.
    mutating func plural(_ name: String, open: Int, ordinal: Bool = false) throws(Stop) -> Message.Part {
        let rules = ordinal ? self.rules.ordinal : self.rules
        let categories = rules.categories
        skipSpace()
        var offset = 0
        if bytes[position...].starts(with: Array("offset:".utf8)) {
            position += 7
            skipSpace()
            let (digits, digitsAt) = word()
            guard let value = Int(digits), value >= 0 else {
                throw fail("'offset:' needs a whole number, found '\(digits)'", at: digitsAt)
            }
            offset = value
        }
        let branches = try branches(of: name, plural: true, open: open) { parser, selector, at throws(Stop) in
            if selector.hasPrefix("=") {
                guard let value = Int(selector.dropFirst()), value >= 0 else {
                    throw parser.fail("'\(selector)' must be '=' and a whole number such as '=0'", at: at)
                }
                return .exact(value)
            }
            guard let category = PluralCategory(keyword: selector) else {
                throw parser.fail(
                    "unknown \(ordinal ? "ordinal" : "plural") category '\(selector)'; use =N or one of zero, one, "
                        + "two, few, many, "
                        + "other\(Spelling.hint(for: selector, among: PluralCategory.allCases.map(\.description)))",
                    at: at)
            }
            if !categories.contains(category) {
                parser.issues.append(
                    MessageParser.Issue(
                        offset: at, isError: false,
                        message:
                            "'\(selector)' is never chosen: '\(parser.language)' has only "
                            + "\(categories.map(\.description).joined(separator: ", "))"
                            + (ordinal ? " in its ordinals" : "")
                    ))
            }
            return .category(category)
        }
        reportMissingCategories(of: name, branches: branches, open: open, rules: rules, ordinal: ordinal)
        return ordinal
            ? .ordinal(name, offset: offset, branches: branches) : .plural(name, offset: offset, branches: branches)
    }

    /// Reports the categories of the language a plural of `name` has no branch for: an error
    /// for one some count takes that no `=N` branch answers, a warning otherwise.
    mutating func reportMissingCategories(
        of name: String, branches: [Message.Branch], open: Int, rules: PluralRuleSet, ordinal: Bool
    ) {
        let missing = rules.categories.filter { category in
            category != .other && !branches.contains { $0.key == .category(category) }
        }
        // A category some count takes that no `=N` branch answers is an error (msgfmt --check
        // refuses the same); one only fractions or millions take, or whose counts `=N` branches
        // answer (English `=1`), a warning.
        let exact = Set(branches.compactMap { if case .exact(let value) = $0.key { value } else { nil } })
        var unanswered = Set<PluralCategory>()
        if missing.contains(where: rules.countingCategories.contains) {
            for count in 0...1_000 where !exact.contains(count) {
                unanswered.insert(rules.category(PluralOperands(count)))
            }
        }
        for counts in [true, false] {
            let these = missing.filter { unanswered.contains($0) == counts }
            guard !these.isEmpty else { continue }
            let listed = these.map { "'\($0)'" }.joined(separator: ", ")
            let taken =
                counts
                ? "counts such as \(examples(of: these, besides: exact, rules: rules)) would read the 'other' branch"
                : "its numbers take 'other' instead"
            issues.append(
                Issue(
                    offset: open, isError: counts,
                    message:
                        "the \(ordinal ? "selectordinal" : "plural") of '\(name)' has no \(listed) branch, which "
                        + "\(language) needs (\(taken))"))
        }
    }

    /// The branches of `{name, select, …}` after its second comma, up to its closing `}`.
    mutating func select(_ name: String, open: Int) throws(Stop) -> Message.Part {
        let branches = try branches(of: name, plural: false, open: open) { parser, selector, at throws(Stop) in
            guard let first = selector.utf8.first, _ASCII.isLetter(first), !selector.contains("=") else {
                throw parser.fail(
                    selector.hasPrefix("=")
                        ? "'\(selector)': '=N' branches belong to 'plural'; a 'select' keyword is a word such as 'card'"
                        : "'\(selector)' is not a select keyword (a word such as 'card')",
                    at: at)
            }
            return .keyword(selector)
        }
        return .select(name, branches: branches)
    }

    /// `selector {message}` pairs up to the closing `}` of the `{` at `start`; each selector is read by `key`. An
    /// `other` branch is required, and a selector may appear once.
    mutating func branches(
        of name: String, plural: Bool, open start: Int,
        key: (inout MessageParser, String, Int) throws(Stop) -> Message.Key
    ) throws(Stop) -> [Message.Branch] {
        var branches: [Message.Branch] = []
        while true {
            skipSpace()
            guard position < bytes.count else {
                throw fail(
                    "unbalanced '{': the \(plural ? "plural" : "select") of '\(name)' is not closed with '}'", at: start
                )
            }
            if bytes[position] == UInt8(ascii: "}") {
                guard !branches.isEmpty else {
                    throw fail("the \(plural ? "plural" : "select") of '\(name)' has no branches", at: position)
                }
                if !branches.contains(where: { $0.key.isOther }) {
                    issues.append(
                        Issue(
                            offset: position, isError: true,
                            message:
                                "the "
                                + "\(plural ? "plural" : "select") of '\(name)' needs an 'other' branch, for every "
                                + "value no other branch matches"
                        ))
                }
                position += 1
                return branches
            }
            var selectorAt = position
            var selector: String
            if bytes[position] == UInt8(ascii: "=") {
                position += 1
                let (digits, _) = word()
                selector = "=" + digits
            } else {
                (selector, selectorAt) = word()
            }
            guard !selector.isEmpty else {
                throw fail(
                    "expected a \(plural ? "plural category or '=N'" : "select keyword") before '{'", at: position)
            }
            let branchKey = try key(&self, selector, selectorAt)
            if branches.contains(where: { $0.key == branchKey }) {
                issues.append(
                    Issue(
                        offset: selectorAt, isError: true,
                        message: "'\(selector)' appears twice in the \(plural ? "plural" : "select") of '\(name)'"))
            }
            try expect(UInt8(ascii: "{"), "'{' to open the text of '\(selector)'")
            let message = try message(inPlural: plural, nested: true)
            position += 1
            branches.append(Message.Branch(branchKey, message))
        }
    }
}

extension MessageParser {
    /// The first three whole numbers that take one of `categories`: `2, 3, 4`.
    func examples(of categories: [PluralCategory], besides exact: Set<Int>, rules: PluralRuleSet) -> String {
        (0...1_000).lazy.filter { !exact.contains($0) && categories.contains(rules.category(PluralOperands($0))) }
            .prefix(3).map(String.init).joined(separator: ", ")
    }
}
