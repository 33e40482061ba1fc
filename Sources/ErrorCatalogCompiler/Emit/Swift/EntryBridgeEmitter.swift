import ErrorCatalog

extension SwiftEmitter {
    /// The extension that ties the cases to their entries: `entry`, `arguments`,
    /// `init(entry:arguments:)`, equality and hashing. For a catalog without parameters both
    /// enums are payload-free with the same cases, so each is the other's bit pattern. With
    /// parameters, a case's entry and an entry's case without values go through the runtime's
    /// number of the case (``_EnumCases``) and two tables: no arm per case to compile.
    func emitEntryBridge(_ catalog: Catalog, into out: inout SourceWriter) {
        let type = catalog.name
        out.line("extension \(type) {")
        if !catalog.hasParameters {
            out.line("    @inlinable public var entry: Entry { \(bitCast("self", to: "Entry", catalog)) }")
            let arguments = "ErrorCatalog.MessageArguments"
            out.line("    @inlinable public var arguments: \(arguments) { \(arguments)() }")
            out.line("    @inlinable public init?(entry: Entry, arguments: ErrorCatalog.MessageArguments) {")
            out.line("        self = \(bitCast("entry", to: type, catalog))")
            out.line("    }")
            out.line("    @inlinable public static func == (a: \(type), b: \(type)) -> Bool { a.entry == b.entry }")
            out.line("    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(entry) }")
            out.line("}")
            return
        }
        let shapes = ParameterShapes(catalog.entries)
        out.line("    public var entry: Entry {")
        out.line("        Entry(_index: Self._entryOfCase[ErrorCatalog._EnumCases<Self>.number(of: self)])")
        out.line("    }")
        out.line()
        emitArguments(catalog, shapes: shapes, into: &out)
        emitInitializer(catalog, shapes: shapes, into: &out)
        out.line("    public static func == (a: \(type), b: \(type)) -> Bool {")
        out.line("        a.entry == b.entry && a.arguments == b.arguments")
        out.line("    }")
        out.line("    public func hash(into hasher: inout Hasher) {")
        out.line("        hasher.combine(entry)")
        out.line("        hasher.combine(arguments)")
        out.line("    }")
        emitCaseNumbers(catalog, into: &out)
        emitShapeFunctions(shapes, into: &out)
        out.line("}")
    }

    /// `value` as the other payload-free enum of the catalog.
    func bitCast(_ value: String, to type: String, _ catalog: Catalog) -> String {
        let count = catalog.entries.count
        guard count > 1 else { return ".\(Naming.swiftIdentifier(catalog.entries[0].name))" }
        return "unsafeBitCast(\(value), to: \(type).self)"
    }

    /// The entry of each case by the runtime's number of the case, and the number of each entry's
    /// case: the cases with values are numbered first, in the catalog's order, then the others.
    func emitCaseNumbers(_ catalog: Catalog, into out: inout SourceWriter) {
        let withValues = catalog.entries.indices.filter { !catalog.entries[$0].parameters.isEmpty }
        let entryOfCase = withValues + catalog.entries.indices.filter { catalog.entries[$0].parameters.isEmpty }
        var caseOfEntry = [Int](repeating: 0, count: entryOfCase.count)
        for (number, entry) in entryOfCase.enumerated() { caseOfEntry[entry] = number }
        out.line()
        out.line("    /// The entry of each case, by the number the runtime gives the case (``_EnumCases``).")
        out.line("    private static var _entryOfCase: ErrorCatalog._PackedTable {")
        out.line("        \(packed(entryOfCase, indent: 8))")
        out.line("    }")
        out.line()
        out.line("    /// The runtime's number of each entry's case, by entry.")
        out.line("    private static var _caseOfEntry: ErrorCatalog._PackedTable {")
        out.line("        \(packed(caseOfEntry, indent: 8))")
        out.line("    }")
    }

    /// The associated values by name, each case's through the function of its parameters' shape. Past
    /// 500 entries the cases of one shape share an arm, one pattern each: the compiler checks one
    /// return for all of them.
    func emitArguments(_ catalog: Catalog, shapes: ParameterShapes, into out: inout SourceWriter) {
        let withValues = catalog.entries.filter { !$0.parameters.isEmpty }
        let chain = SwitchChain(name: "arguments", type: "ErrorCatalog.MessageArguments", subject: "self")
        let lastDefault = withValues.count == catalog.entries.count ? nil : "return ErrorCatalog.MessageArguments()"
        guard catalog.entries.count > 500 else {
            let arms = withValues.map { Self.argumentsArm([$0], shapes: shapes) }
            emitSwitchChain(chain, groups: [arms], lastDefault: lastDefault, into: &out)
            return
        }
        let groups = Self.chunks(withValues, of: 100).map { entries in
            shapes.grouped(entries).map { Self.argumentsArm($0, shapes: shapes) }
        }
        emitSwitchChain(chain, groups: groups, lastDefault: lastDefault, into: &out)
    }

    /// The arm of `arguments` for entries of one shape.
    static func argumentsArm(_ entries: [CatalogEntry], shapes: ParameterShapes) -> String {
        let bindings = entries[0].parameters.map { local($0.name) }.joined(separator: ", ")
        let patterns = entries.map { "let .\(Naming.swiftIdentifier($0.name))(\(bindings))" }
        let value = "Self._arguments\(shapes.number(of: entries[0]))(\(bindings))"
        guard patterns.count > 1 else { return "case \(patterns[0]): return \(value)" }
        return "case \(patterns.joined(separator: ",\n            ")):\n            return \(value)"
    }

    /// `init(entry:arguments:)` through functions returning the case: initializing `self` in each of
    /// thousands of branches costs the compiler's definite-initialization pass quadratic time. An
    /// arm checks the arguments through its shape's function, which returns them in the parameters'
    /// order, then reads each value by position: no tuple to take apart, the costlier form to compile.
    func emitInitializer(_ catalog: Catalog, shapes: ParameterShapes, into out: inout SourceWriter) {
        out.line("    public init?(entry: Entry, arguments: ErrorCatalog.MessageArguments) {")
        out.line("        guard let value = Self._case(entry, arguments) else { return nil }")
        out.line("        self = value")
        out.line("    }")
        out.line()
        let chain = SwitchChain(
            name: "_case", type: "Self?", subject: "entry",
            parameters: (
                declared: "_ entry: Entry, _ arguments: ErrorCatalog.MessageArguments", passed: "entry, arguments"
            ), optimized: false)
        guard catalog.entries.count > 500 else {
            let arms = catalog.entries.filter { !$0.parameters.isEmpty }.map { entry in
                let name = Naming.swiftIdentifier(entry.name)
                let make = "return .\(name)(\(Self.labelled(entry, values: Self.positionalReads(entry))))"
                return "case .\(name):\n            \(Self.valuesGuard(entry, shapes: shapes))\n            \(make)"
            }
            emitSwitchChain(chain, groups: [arms], lastDefault: Self.payloadFreeCase(catalog), into: &out)
            return
        }
        emitShapeDispatch(catalog, shapes: shapes, chain: chain, into: &out)
    }

    /// Past 500 entries `_case` reads the arguments once per shape, in one arm listing the shape's
    /// entries, and passes the values to the shape's chain (`_shape0Case`, `_shape0Case1`, …), whose
    /// arms make the case from locals: the compiler checks one read per shape instead of one per
    /// entry.
    func emitShapeDispatch(
        _ catalog: Catalog, shapes: ParameterShapes, chain: SwitchChain, into out: inout SourceWriter
    ) {
        let byShape = shapes.grouped(catalog.entries.filter { !$0.parameters.isEmpty })
        let arms = byShape.map { entries in
            let patterns = entries.map { ".\(Naming.swiftIdentifier($0.name))" }.joined(separator: ",\n            ")
            let values = Self.positionalReads(entries[0]).joined(separator: ", ")
            let make = "return _shape\(shapes.number(of: entries[0]))Case(entry, \(values))"
            return "case \(patterns):\n            \(Self.valuesGuard(entries[0], shapes: shapes))\n            \(make)"
        }
        emitSwitchChain(
            chain, groups: Self.chunks(arms, of: 100), lastDefault: Self.payloadFreeCase(catalog), chained: true,
            into: &out)
        for entries in byShape {
            emitShapeChain(entries, shapes: shapes, everyEntry: entries.count == catalog.entries.count, into: &out)
        }
    }

    /// The chain that makes a case of one shape from its values, in switches of 500.
    func emitShapeChain(
        _ entries: [CatalogEntry], shapes: ParameterShapes, everyEntry: Bool, into out: inout SourceWriter
    ) {
        let locals = entries[0].parameters.map { Self.local($0.name) }
        let declared = zip(locals, entries[0].parameters).map { "_ \($0): \(Self.swiftType($1.kind))" }
        let chain = SwitchChain(
            name: "_shape\(shapes.number(of: entries[0]))Case", type: "Self", subject: "entry",
            parameters: (
                declared: (["_ entry: Entry"] + declared).joined(separator: ", "),
                passed: (["entry"] + locals).joined(separator: ", ")
            ), optimized: false)
        let arms = entries.map { entry in
            let name = Naming.swiftIdentifier(entry.name)
            return "case .\(name): return .\(name)(\(Self.labelled(entry, values: locals)))"
        }
        emitSwitchChain(
            chain, groups: Self.chunks(arms, of: 500),
            lastDefault: everyEntry ? nil : "preconditionFailure(\"answered by _case\")", chained: true, into: &out)
    }

    /// What `_case` answers for the entries it does not list, those without values: their case,
    /// made from its number. `nil` when every entry has values.
    static func payloadFreeCase(_ catalog: Catalog) -> String? {
        guard catalog.entries.contains(where: \.parameters.isEmpty) else { return nil }
        return "return ErrorCatalog._EnumCases<Self>.payloadFreeCase(number: _caseOfEntry[entry._index])"
    }

    /// The guard that checks an entry's arguments through its shape's function.
    static func valuesGuard(_ entry: CatalogEntry, shapes: ParameterShapes) -> String {
        "guard let values = _values\(shapes.number(of: entry))(arguments) else { return nil }"
    }

    /// The reads of an entry's values by position from checked arguments.
    static func positionalReads(_ entry: CatalogEntry) -> [String] {
        entry.parameters.enumerated().map { "values._\($1.kind.description)Value(at: \($0))" }
    }

    /// The case's labelled arguments, `limit: values…` or `limit: limit`.
    static func labelled(_ entry: CatalogEntry, values: [String]) -> String {
        zip(entry.parameters, values).map { "\(Naming.argumentLabel($0.name)): \($1)" }.joined(separator: ", ")
    }

    /// Arms (or the entries they are made for) in groups of at most `size`, one switch each. The
    /// compiler's exhaustiveness check gives up on one switch over thousands of cases with values,
    /// and its ARC passes take time quadratic in a function's branches: a switch with a `default`
    /// over a few hundred cases is quick.
    static func chunks<Element>(_ arms: [Element], of size: Int) -> [[Element]] {
        stride(from: 0, to: arms.count, by: size).map { Array(arms[$0..<min($0 + size, arms.count)]) }
    }

    /// One switch per group of arms; without `lastDefault` the last switch lists what is left (every
    /// case when there is one group) or traps on cases an earlier switch answered. `chained` (by
    /// default, whether there are several groups) says whether an unoptimized chain's switches are
    /// marked so.
    func emitSwitchChain(
        _ chain: SwitchChain, groups: [[String]], lastDefault: String?, chained: Bool? = nil,
        into out: inout SourceWriter
    ) {
        let attribute = (chained ?? (groups.count > 1)) && !chain.optimized ? "@_optimize(none) " : ""
        for (position, arms) in groups.enumerated() {
            out.line("    \(attribute)\(chain.declaration(position)) {")
            out.line("        switch \(chain.subject) {")
            for arm in arms { out.line("        \(arm)") }
            if position + 1 < groups.count {
                out.line("        default: return \(chain.call(position + 1))")
            } else if let lastDefault {
                out.line("        default: \(lastDefault)")
            } else if groups.count > 1 {
                out.line("        default: preconditionFailure(\"answered by \(chain.name)\")")
            }
            out.line("        }")
            out.line("    }")
            out.line()
        }
    }

    /// One function per shape of parameters (names and kinds in order), shared by the entries of that
    /// shape: the values by name, and arguments checked and in the parameters' order (as given when
    /// they are, else rebuilt: no allocation for a body its server wrote in order), for `_case` to
    /// read by position. Kept out of line: inlined into every case of a 10,000-entry catalog they
    /// cost `-O` a quarter of its time.
    func emitShapeFunctions(_ shapes: ParameterShapes, into out: inout SourceWriter) {
        for (number, parameters) in shapes.list.enumerated() {
            let declared = parameters.map { "_ \(Self.local($0.name)): \(Self.swiftType($0.kind))" }
            let values = parameters.map {
                "\(SwiftLiteral.quoted($0.name)): .\($0.kind.description)(\(Self.local($0.name)))"
            }
            out.line()
            out.line(
                "    @inline(never) private static func _arguments\(number)(\(declared.joined(separator: ", ")))"
                    + " -> ErrorCatalog.MessageArguments {")
            out.line("        [\(values.joined(separator: ", "))]")
            out.line("    }")
            out.line()
            let declaration = "private static func _values\(number)(_ arguments: ErrorCatalog.MessageArguments)"
            out.line("    @inline(never) \(declaration) -> ErrorCatalog.MessageArguments? {")
            let reads = parameters.enumerated().map { position, parameter in
                "let \(Self.local(parameter.name)) = arguments._\(parameter.kind.description)("
                    + "\(SwiftLiteral.quoted(parameter.name)), at: \(position))"
            }
            out.line("        guard \(reads.joined(separator: ",\n            "))")
            out.line("        else { return nil }")
            let named = parameters.enumerated().map { position, parameter in
                "arguments._isNamed(\(SwiftLiteral.quoted(parameter.name)), at: \(position))"
            }
            out.line("        if \(named.joined(separator: ", ")) { return arguments }")
            let locals = parameters.map { Self.local($0.name) }.joined(separator: ", ")
            out.line("        return _arguments\(number)(\(locals))")
            out.line("    }")
        }
    }

    /// A parameter's name as a local. `self`, and the names of the generated functions' own parameters
    /// (`arguments`, `entry`), take a trailing underscore, which no parameter name has.
    static func local(_ name: String) -> String {
        ["self", "arguments", "entry"].contains(name) ? "\(name)_" : Naming.swiftIdentifier(name)
    }
}

/// The distinct shapes of the catalog's parameter lists (names and kinds in order), numbered in the
/// order entries first use them.
struct ParameterShapes {
    private(set) var list: [[EntryParameter]] = []
    private var numbers: [String: Int] = [:]

    init(_ entries: [CatalogEntry]) {
        for entry in entries where !entry.parameters.isEmpty {
            let key = Self.key(entry.parameters)
            if numbers[key] == nil {
                numbers[key] = list.count
                list.append(entry.parameters)
            }
        }
    }

    func number(of entry: CatalogEntry) -> Int { numbers[Self.key(entry.parameters)]! }

    /// Entries with parameters by shape, in the order of `list`, each in the entries' order.
    func grouped(_ entries: [CatalogEntry]) -> [[CatalogEntry]] {
        var groups = [[CatalogEntry]](repeating: [], count: list.count)
        for entry in entries { groups[number(of: entry)].append(entry) }
        return groups.filter { !$0.isEmpty }
    }

    private static func key(_ parameters: [EntryParameter]) -> String {
        parameters.map { "\($0.name):\($0.kind.description)" }.joined(separator: ",")
    }
}

/// A member generated as a chain of switches: `entry`, then `_entry1`, `_entry2`, … for the cases the
/// one before does not list.
struct SwitchChain {
    var name: String
    var type: String
    /// What each switch is over.
    var subject: String
    /// A static function's parameters, declared and passed on; a property without them.
    var parameters: (declared: String, passed: String)? = nil
    /// Whether the optimizer runs over a chain of several switches. `_case`, which makes a case from
    /// its entry and arguments (a decoded body, `Codable`), is left unoptimized (`@_optimize(none)`):
    /// the optimizer's passes over its thousands of arms took a fifth of `-O`'s time at 10,000
    /// entries (9.9 s, 7.8 s without them), and its arms only read values through functions shared
    /// by a shape of parameters. `entry` and `arguments`, which every text reads, are optimized:
    /// unoptimized, `entry` took twice the time (17 ns against 35 ns) and `meaning` a fifth more.
    var optimized = true

    func member(_ position: Int) -> String {
        position == 0 ? name : "\(name.hasPrefix("_") ? "" : "_")\(name)\(position)"
    }

    func declaration(_ position: Int) -> String {
        let access = position == 0 && !name.hasPrefix("_") ? "public" : "private"
        guard let parameters else { return "\(access) var \(member(position)): \(type)" }
        return "\(access) static func \(member(position))(\(parameters.declared)) -> \(type)"
    }

    func call(_ position: Int) -> String {
        guard let parameters else { return member(position) }
        return "\(member(position))(\(parameters.passed))"
    }
}
