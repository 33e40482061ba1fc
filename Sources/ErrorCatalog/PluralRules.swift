/// A language's CLDR plural rules, compiled by errcat into a table the generated code holds.
///
/// The table, from `start`: the number of rules, then per rule its category, the number of its
/// `or` alternatives, and per alternative the number of its `and` relations, each relation
/// being operand code, modulus (0 for none), 1 when negated (`!=`), the number of ranges and
/// each range's low and high value. A number matching no rule is `other`.
@frozen
public struct _PluralRules: Sendable {
    /// The compiled rules of the catalogs' locales.
    public let table: _PackedTable
    /// Where this language's rules start in ``table``.
    public let start: Int

    /// The rules at `start` of `table`.
    @inlinable
    public init(_ table: _PackedTable, start: Int) {
        self.table = table
        self.start = start
    }

    /// The category of a number with `operands`.
    public func category(_ operands: PluralOperands) -> PluralCategory {
        PluralRuleTable(table, start: start).category(operands)
    }

    /// The category of `value`.
    public func category(_ value: MessageArgument) -> PluralCategory? {
        PluralRuleTable(table, start: start).category(value)
    }
}

/// The walk over compiled plural rules (see ``_PluralRules``) in any table of integers: the
/// generated tables, or the rules errcat compiles and checks messages with.
package struct PluralRuleTable<Table: PackedIntegers> {
    /// The compiled rules.
    let table: Table
    /// Where the rules start in ``table``.
    let start: Int

    /// The rules at `start` of `table`.
    package init(_ table: Table, start: Int) {
        self.table = table
        self.start = start
    }

    /// The category of a number with `operands`.
    package func category(_ operands: PluralOperands) -> PluralCategory {
        var position = start + 1
        for _ in 0..<table[start] {
            let category = table[position]
            let alternatives = table[position + 1]
            position += 2
            var matched = false
            for _ in 0..<alternatives {
                let relations = table[position]
                position += 1
                var all = true
                for _ in 0..<relations {
                    let (holds, next) = relation(at: position, operands)
                    all = all && holds
                    position = next
                }
                matched = matched || all
            }
            if matched { return PluralCategory(rawValue: category) ?? .other }
        }
        return .other
    }

    /// Whether the relation at `position` holds, and where the next one starts.
    func relation(at position: Int, _ operands: PluralOperands) -> (Bool, Int) {
        let operand = table[position]
        let modulus = table[position + 1]
        let negated = table[position + 2] == 1
        let ranges = table[position + 3]
        let end = position + 4 + 2 * ranges
        // `n` equals an integer only when it has no fraction; every other operand is whole.
        guard operand != 0 || operands.isWhole else { return (negated, end) }
        var value = operands.value(operand)
        if modulus > 0 { value %= modulus }
        var inRange = false
        for range in 0..<ranges where !inRange {
            inRange = value >= table[position + 4 + 2 * range] && value <= table[position + 5 + 2 * range]
        }
        return (inRange != negated, end)
    }
}

/// What chooses a `plural`'s or a `selectordinal`'s branch, and writes a formatted number: a
/// language's rules and its locale's number conventions.
package protocol PluralCategorizing {
    /// Where the rules and conventions are.
    associatedtype Integers: PackedIntegers
    /// The locale's number conventions, which follow its ordinal rules where a table holds them.
    var numberConventions: NumberConventionsTable<Integers> { get }
    /// The cardinal category of `value`; `nil` for text.
    func category(_ value: MessageArgument) -> PluralCategory?
    /// The ordinal category of `value` (1st, 2nd, 3rd); `nil` for text.
    func ordinalCategory(_ value: MessageArgument) -> PluralCategory?
}

extension _PluralRules: PluralCategorizing {
    /// The ordinal category of `value`, from the ordinal rules that follow the cardinal ones in
    /// the tables of catalogs whose messages use `selectordinal`.
    package func ordinalCategory(_ value: MessageArgument) -> PluralCategory? {
        PluralRuleTable(table, start: start).ordinal.category(value)
    }

    /// The number conventions after the ordinal rules, in catalogs whose messages format numbers.
    package var numberConventions: NumberConventionsTable<_PackedTable> {
        PluralRuleTable(table, start: start).numberConventions
    }
}

extension PluralRuleTable: PluralCategorizing {
    /// Where these rules end.
    var end: Int {
        var position = start + 1
        for _ in 0..<table[start] {
            let alternatives = table[position + 1]
            position += 2
            for _ in 0..<alternatives {
                let relations = table[position]
                position += 1
                for _ in 0..<relations { position += 4 + 2 * table[position + 3] }
            }
        }
        return position
    }

    /// The language's ordinal rules, which follow its cardinal rules where a table holds both.
    package var ordinal: PluralRuleTable { PluralRuleTable(table, start: end) }

    /// The locale's number conventions, which follow its ordinal rules where a table holds them.
    package var numberConventions: NumberConventionsTable<Table> { NumberConventionsTable(table, start: ordinal.end) }

    /// The ordinal category of `value`; `nil` for text.
    package func ordinalCategory(_ value: MessageArgument) -> PluralCategory? { ordinal.category(value) }

    /// The category of `value`; `nil` for text.
    package func category(_ value: MessageArgument) -> PluralCategory? {
        switch value {
        case .string, .money, .timestamp: nil
        case .integer(let integer): category(PluralOperands(integer))
        case .number(let number): category(PluralOperands(number))
        }
    }
}
