import ErrorCatalog

extension SwiftEmitter {
    /// The extension that ties the cases to their entries: `entry`, `arguments`,
    /// `init(entry:arguments:)`, equality and hashing. For a catalog without parameters both
    /// enums are payload-free with the same cases, so each is the other's bit pattern. With
    /// parameters, cases and entries meet through the runtime's number of the case
    /// (``_EnumCases``) and tables, and a case with values through the first case of its shape of
    /// parameters: one arm per shape, none per entry, for the compiler to check.
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
        let numbers = CaseNumbers(catalog.entries)
        out.line("    public var entry: Entry {")
        out.line("        Entry(_index: Self._entryOfCase[\(Self.enumCases).number(of: self)])")
        out.line("    }")
        out.line()
        emitArguments(catalog, numbers: numbers, into: &out)
        emitInitializer(catalog, numbers: numbers, into: &out)
        out.line("    public static func == (a: \(type), b: \(type)) -> Bool {")
        out.line("        a.entry == b.entry && a.arguments == b.arguments")
        out.line("    }")
        out.line("    public func hash(into hasher: inout Hasher) {")
        out.line("        hasher.combine(entry)")
        out.line("        hasher.combine(arguments)")
        out.line("    }")
        emitCaseTables(numbers, into: &out)
        emitShapeFunctions(numbers.shapes, into: &out)
        out.line("}")
    }

    /// The runtime's numbers of the cases of the catalog's type.
    static let enumCases = "ErrorCatalog._EnumCases<Self>"

    /// `value` as the other payload-free enum of the catalog.
    func bitCast(_ value: String, to type: String, _ catalog: Catalog) -> String {
        let count = catalog.entries.count
        guard count > 1 else { return ".\(Naming.swiftIdentifier(catalog.entries[0].name))" }
        return "unsafeBitCast(\(value), to: \(type).self)"
    }

    /// The associated values by name: the case moved to the first case of its shape, whose arm
    /// binds them.
    func emitArguments(_ catalog: Catalog, numbers: CaseNumbers, into out: inout SourceWriter) {
        out.line("    public var arguments: ErrorCatalog.MessageArguments {")
        out.line("        let number = \(Self.enumCases).number(of: self)")
        if numbers.someWithoutValues {
            out.line("        guard number < Self._casesWithValues else { return ErrorCatalog.MessageArguments() }")
        }
        out.line("        switch \(Self.enumCases).moving(self, toCase: Self._shapeCaseOfCase[number]) {")
        for (shape, index) in numbers.firstOfShape.enumerated() {
            let entry = catalog.entries[index]
            let bindings = entry.parameters.map { Self.local($0.name) }.joined(separator: ", ")
            let pattern = "let .\(Naming.swiftIdentifier(entry.name))(\(bindings))"
            out.line("        case \(pattern): return Self._arguments\(shape)(\(bindings))")
        }
        if numbers.firstOfShape.count < catalog.entries.count {
            out.line("        default: preconditionFailure(\"not the first case of a shape\")")
        }
        out.line("        }")
        out.line("    }")
        out.line()
    }

    /// `init(entry:arguments:)`: a case without values made from its number; one with values made as
    /// the first case of its shape from the arguments its shape's function checked and put in the
    /// parameters' order, then moved to its own number.
    func emitInitializer(_ catalog: Catalog, numbers: CaseNumbers, into out: inout SourceWriter) {
        out.line("    public init?(entry: Entry, arguments: ErrorCatalog.MessageArguments) {")
        out.line("        let number = Self._caseOfEntry[entry._index]")
        if numbers.someWithoutValues {
            out.line("        guard number < Self._casesWithValues else {")
            out.line("            self = \(Self.enumCases).payloadFreeCase(number: number)")
            out.line("            return")
            out.line("        }")
        }
        out.line(
            "        guard let value = Self._shapeCase(Self._shapeCaseOfCase[number], arguments) else { return nil }")
        out.line("        self = \(Self.enumCases).moving(value, toCase: number)")
        out.line("    }")
        out.line()
        emitShapeCase(catalog, numbers: numbers, into: &out)
    }

    /// `_shapeCase(_:_:)`: the first case of a shape, by its number, from the arguments checked by
    /// the shape's function and read by position.
    func emitShapeCase(_ catalog: Catalog, numbers: CaseNumbers, into out: inout SourceWriter) {
        out.line("    /// The first case of a shape of parameters, numbered `number`, with `arguments`' values.")
        out.line(
            "    private static func _shapeCase(_ number: Int, _ arguments: ErrorCatalog.MessageArguments) -> Self? {")
        out.line("        switch number {")
        for (shape, index) in numbers.firstOfShape.enumerated() {
            let entry = catalog.entries[index]
            let values = entry.parameters.enumerated().map { "values._\($1.kind.description)Value(at: \($0))" }
            let labelled = zip(entry.parameters, values).map { "\(Naming.argumentLabel($0.name)): \($1)" }
            out.line("        case \(numbers.caseOfEntry[index]):")
            out.line("            guard let values = _values\(shape)(arguments) else { return nil }")
            out.line("            return .\(Naming.swiftIdentifier(entry.name))(\(labelled.joined(separator: ", ")))")
        }
        out.line("        default: preconditionFailure(\"not the first case of a shape\")")
        out.line("        }")
        out.line("    }")
        out.line()
    }

    /// The tables that tie the runtime's numbers of the cases to the entries and to the shapes.
    func emitCaseTables(_ numbers: CaseNumbers, into out: inout SourceWriter) {
        out.line()
        out.line("    /// How many cases have values: the runtime numbers them first.")
        out.line("    private static var _casesWithValues: Int { \(numbers.withValues) }")
        let tables = [
            ("The entry of each case, by the runtime's number of the case.", "_entryOfCase", numbers.entryOfCase),
            ("The runtime's number of each entry's case, by entry.", "_caseOfEntry", numbers.caseOfEntry),
            (
                "The number of the first case of each case's shape, by case.", "_shapeCaseOfCase",
                numbers.shapeCaseOfCase
            ),
        ]
        for (summary, name, values) in tables {
            out.line()
            out.line("    /// \(summary)")
            out.line("    private static var \(name): ErrorCatalog._PackedTable {")
            out.line("        \(packed(values, indent: 8))")
            out.line("    }")
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
