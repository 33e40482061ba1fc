import ErrorCatalog

/// A language's plural forms as gettext counts them, derived from its CLDR rules: one form per
/// category some whole number takes, in CLDR's order, and the C expression of the
/// `Plural-Forms` header that picks among them. A category only fractions take (Russian
/// `other`, Lithuanian `many`) has no form of its own; gettext, evaluating its formula on the
/// fraction, gives it the form of ``decimalForms``.
public struct GettextPlurals: Sendable, Hashable {
    /// The categories of the forms, in order: `msgstr[0]` is `categories[0]`'s.
    public var categories: [PluralCategory]
    /// The `plural=` expression.
    public var formula: String
    /// The form index of each category only fractions take.
    public var decimalForms: [PluralCategory: Int]

    /// The header value: `nplurals=2; plural=(n != 1);`.
    public var header: String { "nplurals=\(categories.count); plural=\(formula);" }

    /// Whole numbers that show every category a language gives whole numbers: 0…10,000 and
    /// large round ones (French `many` starts at a million).
    public static let sampleIntegers: [Int] =
        Array(0...10_000) + [100_000, 1_000_000, 2_000_000, 10_000_000, 1_000_000_000]

    /// Fractions, one of which shows each category only fractions take.
    public static let sampleDecimals: [Double] = [1.5, 0.5, 2.5, 0.1, 1.1, 5.5, 10.5, 0.25]

    /// The forms of a language with `rules`.
    public init(_ rules: PluralRuleSet) {
        var reached = Set<PluralCategory>()
        for n in Self.sampleIntegers { reached.insert(rules.category(PluralOperands(n))) }
        let ordered = PluralCategory.allCases.filter(reached.contains)
        categories = ordered
        let branches = rules.rules.filter { reached.contains($0.category) && $0.category != .other }
        var conditions = branches.map { (category: $0.category, expression: Self.expression($0.condition)) }
        // With no whole number left for `other`, the last category with a form is the rest.
        if !reached.contains(.other), !conditions.isEmpty { conditions.removeLast() }
        let last = ordered.count - 1
        formula =
            conditions.isEmpty
            ? "0"
            : "("
                + conditions.reversed().reduce(String(last)) { rest, condition in
                    "\(condition.expression) ? \(ordered.firstIndex(of: condition.category)!) : \(rest)"
                } + ")"
        decimalForms = [:]
        let compiled = try! PluralFormula(formula)
        for value in Self.sampleDecimals {
            let category = rules.category(PluralOperands(value))
            guard !reached.contains(category), decimalForms[category] == nil else { continue }
            decimalForms[category] = min(max(compiled.form(value), 0), last)
        }
    }

    /// A condition over whole numbers as C: `n` for CLDR's `n` and `i`; every other operand is
    /// 0 for a whole number, so relations on them are decided here.
    static func expression(_ condition: PluralRuleSet.Condition) -> String {
        var alternatives: [String] = []
        for relations in condition {
            var terms: [String] = []
            var holds = true
            for relation in relations {
                if relation.operand > 1 {
                    holds = holds && (relation.ranges.contains { $0.contains(0) } != relation.negated)
                } else {
                    terms.append(term(relation))
                }
            }
            guard holds else { continue }
            alternatives.append(terms.isEmpty ? "1" : terms.joined(separator: " && "))
        }
        let text =
            alternatives.isEmpty
            ? "0" : alternatives.count == 1 ? alternatives[0] : alternatives.map { "(\($0))" }.joined(separator: " || ")
        return alternatives.count > 1 ? "(\(text))" : text
    }

    static func term(_ relation: PluralRuleSet.Relation) -> String {
        let operand = relation.modulus > 0 ? "n % \(relation.modulus)" : "n"
        let tests = relation.ranges.map { range in
            range.lowerBound == range.upperBound
                ? "\(operand) \(relation.negated ? "!=" : "==") \(range.lowerBound)"
                : relation.negated
                    ? "(\(operand) < \(range.lowerBound) || \(operand) > \(range.upperBound))"
                    : "\(operand) >= \(range.lowerBound) && \(operand) <= \(range.upperBound)"
        }
        if tests.count == 1 {
            return relation.negated || relation.ranges[0].lowerBound == relation.ranges[0].upperBound
                ? tests[0] : "(\(tests[0]))"
        }
        return "(" + tests.joined(separator: relation.negated ? " && " : " || ") + ")"
    }
}

extension Message {
    /// The message as one plural and nothing else, `{n, plural, one {…} other {…}}` with
    /// category branches only, no offset and no plural or select inside: its selector and
    /// each branch's ICU text by category. Such a message has gettext's plural shape; any
    /// other (`=0`, text around the plural, nesting) is exchanged as ICU text.
    public var pluralBranches: (selector: String, branches: [PluralCategory: String])? {
        guard parts.count == 1, case .plural(let selector, 0, let branches) = parts[0] else { return nil }
        var texts: [PluralCategory: String] = [:]
        for branch in branches {
            guard case .category(let category) = branch.key, texts[category] == nil,
                !branch.message.parts.contains(where: {
                    switch $0 {
                    case .plural, .ordinal, .select: true
                    case .text, .argument, .pound, .number, .date: false
                    }
                })
            else { return nil }
            texts[category] = branch.message.icuText(inPlural: true)
        }
        return (selector, texts)
    }

    /// The ICU text of a plural over `selector` with `branches` in CLDR's order.
    public static func pluralText(selector: String, branches: [PluralCategory: String]) -> String {
        let ordered = PluralCategory.allCases.compactMap { category in branches[category].map { "\(category) {\($0)}" }
        }
        return "{\(selector), plural, " + ordered.joined(separator: " ") + "}"
    }
}
