import Foundation
import ErrorCatalog

/// A language's CLDR cardinal plural rules, parsed from UTS #35 rule syntax: what errcat
/// checks a `plural`'s categories against, renders examples with, and compiles into the
/// generated tables (``encoded``) and evaluates with the runtime's own walk over them.
public struct PluralRuleSet: Sendable, Hashable {
    /// One relation: `operand [% modulus] (= | !=) ranges`.
    public struct Relation: Sendable, Hashable {
        /// The operand's code: 0 `n`, 1 `i`, 2 `v`, 3 `w`, 4 `f`, 5 `t`, 6 `c`, 7 `e`.
        public var operand: Int
        /// The modulus, or 0 for none.
        public var modulus: Int
        /// Whether the relation is `!=`.
        public var negated: Bool
        /// The values and ranges it tests against.
        public var ranges: [ClosedRange<Int>]
    }

    /// A condition: alternatives (`or`) of relations that must all hold (`and`).
    public typealias Condition = [[Relation]]

    /// The rules in CLDR's order; a number meeting none is `other`.
    public private(set) var rules: [(category: PluralCategory, condition: Condition)]

    /// The categories counts take: those of the whole numbers 0 to 1,000, in CLDR order. A
    /// message's plural needs a branch for each; the others are taken only by fractions (Russian
    /// `other`) or by millions and compact numbers (French and Spanish `many`).
    public private(set) var countingCategories: [PluralCategory] = []

    /// The rules as the runtime's `_PluralRules` reads them: what the generated tables hold.
    public private(set) var encoded: [Int] = [0]

    /// The language's ordinal rules (`selectordinal`: 1st, 2nd, 3rd), held beside its cardinal
    /// rules; every number is `other` for rules that have none.
    public var ordinal: PluralRuleSet { ordinals.first ?? .other }
    private var ordinals: [PluralRuleSet] = []

    /// The cardinal rules, then the ordinal ones: what the generated tables hold for a language
    /// whose messages use `selectordinal` (the runtime finds the ordinal rules where the
    /// cardinal ones end).
    public var encodedWithOrdinal: [Int] { encoded + (ordinals.first?.encoded ?? [0]) }

    /// The rules as the runtime evaluates them: the one evaluator, errcat's and the apps'.
    var table: PluralRuleTable<[Int]> { PluralRuleTable(encoded, start: 0) }

    /// The cardinal and the ordinal rules, as the renderer reads them for `selectordinal`.
    var tableWithOrdinal: PluralRuleTable<[Int]> { PluralRuleTable(encodedWithOrdinal, start: 0) }

    /// These cardinal rules with `ordinal` as the language's ordinal rules.
    func with(ordinal: PluralRuleSet) -> PluralRuleSet {
        var rules = self
        rules.ordinals = [ordinal]
        return rules
    }

    /// Rules of `(category, condition)` texts; throws ``SyntaxError`` on a malformed condition.
    public init(_ texts: [(String, String)]) throws(SyntaxError) {
        rules = []
        for (keyword, text) in texts {
            guard let category = PluralCategory(keyword: keyword) else {
                throw SyntaxError(text: keyword, reason: "unknown category")
            }
            rules.append((category, try Self.condition(text)))
        }
        encoded = Self.encode(rules)
        let counted = Set((0...1_000).map { category(PluralOperands($0)) })
        countingCategories = PluralCategory.allCases.filter(counted.contains)
    }

    /// A rule text that is not UTS #35 plural rule syntax.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        /// The text.
        public var text: String
        /// What is wrong.
        public var reason: String
        public var description: String { "plural rule '\(text)': \(reason)" }
    }

    /// The categories the language uses, in CLDR order, `other` last.
    public var categories: [PluralCategory] {
        PluralCategory.allCases.filter { category in category == .other || rules.contains { $0.category == category } }
    }

    /// The category of a number with `operands`.
    public func category(_ operands: PluralOperands) -> PluralCategory {
        table.category(operands)
    }

    /// The category of `value`; `nil` for text.
    public func category(_ value: MessageArgument) -> PluralCategory? {
        table.category(value)
    }

    /// `rules` encoded for the runtime's `_PluralRules` (see its layout).
    static func encode(_ rules: [(category: PluralCategory, condition: Condition)]) -> [Int] {
        var out = [rules.count]
        for rule in rules {
            out += [rule.category.rawValue, rule.condition.count]
            for alternative in rule.condition {
                out.append(alternative.count)
                for relation in alternative {
                    out += [relation.operand, relation.modulus, relation.negated ? 1 : 0, relation.ranges.count]
                    for range in relation.ranges { out += [range.lowerBound, range.upperBound] }
                }
            }
        }
        return out
    }

    // MARK: Parsing

    static func condition(_ text: String) throws(SyntaxError) -> Condition {
        let trimmed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard !trimmed.isEmpty else { return [] }
        var condition: Condition = []
        for alternative in trimmed.components(separatedBy: " or ") {
            var relations: [Relation] = []
            for relation in alternative.components(separatedBy: " and ") {
                relations.append(try Self.relation(relation, in: text))
            }
            condition.append(relations)
        }
        return condition
    }

    static func relation(_ text: String, in rule: String) throws(SyntaxError) -> Relation {
        let negated = text.contains("!=")
        let sides = text.components(separatedBy: negated ? "!=" : "=")
        guard sides.count == 2 else { throw SyntaxError(text: rule, reason: "'\(text)' is not 'operand = values'") }
        let expression = sides[0].split(separator: "%").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let operandName = expression.first,
            let operand = "nivwftce".firstIndex(of: Character(operandName)).map({
                "nivwftce".distance(from: "nivwftce".startIndex, to: $0)
            }),
            operandName.count == 1
        else { throw SyntaxError(text: rule, reason: "unknown operand in '\(text)'") }
        var modulus = 0
        if expression.count == 2 {
            guard let value = Int(expression[1]), value > 0 else {
                throw SyntaxError(text: rule, reason: "bad modulus in '\(text)'")
            }
            modulus = value
        }
        var ranges: [ClosedRange<Int>] = []
        for item in sides[1].split(separator: ",") {
            let bounds = item.trimmingCharacters(in: .whitespaces).components(separatedBy: "..")
            guard let low = Int(bounds[0]), let high = Int(bounds.last!), low <= high, bounds.count <= 2 else {
                throw SyntaxError(text: rule, reason: "bad range '\(item)'")
            }
            ranges.append(low...high)
        }
        return Relation(operand: operand, modulus: modulus, negated: negated, ranges: ranges)
    }
}

extension PluralRuleSet {
    /// CLDR's rules for the BCP 47 tag `locale`: the tag itself (`pt-PT`), else its language
    /// (`de-CH` → `de`); `nil` for a language CLDR has no rules for.
    public static func cldr(_ locale: String) -> PluralRuleSet? {
        let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first?.lowercased() else { return nil }
        let candidates = parts.count > 1 ? [language + "_" + parts[1], language] : [language]
        return candidates.lazy.compactMap { CLDRRuleSets.shared.rules(of: $0) }.first
    }

    /// The rules of English, the catalogs' default language.
    public static let english = cldr("en")!

    /// Rules under which every number is `other`: for a language CLDR has no rules for.
    public static let other = try! PluralRuleSet([])
}

/// CLDR's rules by locale, a locale's parsed when it is first asked for (a run needs a few
/// of CLDR's languages, and parsing one settles its counting categories): the cardinal rules,
/// holding the language's ordinal rules (`other` only where CLDR gives none).
private final class CLDRRuleSets: @unchecked Sendable {
    static let shared = CLDRRuleSets()

    /// The group of each locale, cardinal and ordinal.
    private let cardinalGroups = groupIndices(CLDRPluralRules.groups)
    private let ordinalGroups = groupIndices(CLDRPluralRules.ordinalGroups)
    /// What `rules(of:)` has answered; guarded by `lock`.
    private var parsed: [String: PluralRuleSet?] = [:]
    private let lock = NSLock()

    func rules(of locale: String) -> PluralRuleSet? {
        lock.lock()
        defer { lock.unlock() }
        if let rules = parsed[locale] { return rules }
        let rules = parse(locale)
        parsed[locale] = rules
        return rules
    }

    private func parse(_ locale: String) -> PluralRuleSet? {
        guard let group = cardinalGroups[locale],
            let cardinal = try? PluralRuleSet(CLDRPluralRules.groups[group].rules)
        else { return nil }
        let language = String(locale.prefix { $0 != "_" })
        let ordinal = [locale, language].lazy.compactMap { self.ordinalGroups[$0] }
            .compactMap { try? PluralRuleSet(CLDRPluralRules.ordinalGroups[$0].rules) }.first
        return cardinal.with(ordinal: ordinal ?? .other)
    }

    private static func groupIndices(_ groups: [(locales: [String], rules: [(String, String)])]) -> [String: Int] {
        var indices: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for locale in group.locales { indices[locale] = index }
        }
        return indices
    }
}

extension PluralRuleSet {
    public static func == (a: PluralRuleSet, b: PluralRuleSet) -> Bool {
        a.encodedWithOrdinal == b.encodedWithOrdinal
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(encodedWithOrdinal) }
}
