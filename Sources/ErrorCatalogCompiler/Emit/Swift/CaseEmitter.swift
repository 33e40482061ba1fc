import ErrorCatalog

extension SwiftEmitter {
    /// `name(label: Type, …)` of an entry's case: its parameters as labelled associated values.
    static func caseDeclaration(_ entry: CatalogEntry) -> String {
        let name = Naming.swiftIdentifier(entry.name)
        guard !entry.parameters.isEmpty else { return name }
        let values = entry.parameters.map { "\(Naming.swiftIdentifier($0.name)): \(swiftType($0.kind))" }
        return "\(name)(\(values.joined(separator: ", ")))"
    }

    /// A case's doc comment for an entry with parameters: its texts rendered with the
    /// parameters' examples (never raw ICU), then the parameters with their descriptions.
    func emitParameterDocumentation(_ entry: CatalogEntry, catalog: Catalog, into out: inout SourceWriter) {
        let example = entry.exampleArguments
        let rules = catalog.pluralRules
        let messages = entry.messages
        let meaning = messages?.meaning.rendered(example, rules: rules) ?? entry.meaning
        let title = messages?.title?.rendered(example, rules: rules) ?? entry.title
        let code = SwiftLiteral.commentText(entry.code, limit: 80)
        out.line("    /// `\(code)`: \(SwiftLiteral.commentText(title ?? meaning))")
        if title != nil {
            out.line("    ///")
            out.docComment(meaning, indent: 4)
        }
        out.line("    ///")
        let remedy = messages?.tableTexts[2]?.rendered(example, rules: rules) ?? entry.remedy.text
        if case .steps = entry.remedy {
            out.line("    /// **Remedy:**")
            out.docComment(remedy, indent: 4)
        } else {
            out.docComment("**Remedy:** " + remedy, indent: 4)
        }
        let values = entry.parameters.map { "`\($0.name): \(Self.swiftLiteral($0.example))`" }
        out.line("    ///")
        out.line("    /// Rendered with \(values.joined(separator: ", ")).")
        out.line("    ///")
        out.line("    /// - Parameters:")
        for parameter in entry.parameters {
            let description = parameter.description.map { SwiftLiteral.commentText($0, limit: 200) }
            out.line("    ///   - \(parameter.name): \(description ?? parameter.kind.description)")
        }
    }

    /// The extension that ties the cases to their entries: `entry`, `arguments`,
    /// `init(entry:arguments:)`, equality and hashing. For a catalog without parameters both
    /// enums are payload-free with the same cases, so each is the other's bit pattern.
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
        emitEntryProperty(catalog, into: &out)
        emitArguments(catalog, into: &out)
        emitInitializer(catalog, into: &out)
        out.line("    public static func == (a: \(type), b: \(type)) -> Bool {")
        out.line("        a.entry == b.entry && a.arguments == b.arguments")
        out.line("    }")
        out.line("    public func hash(into hasher: inout Hasher) {")
        out.line("        hasher.combine(entry)")
        out.line("        hasher.combine(arguments)")
        out.line("    }")
        out.line("}")
    }

    /// `value` as the other payload-free enum of the catalog.
    func bitCast(_ value: String, to type: String, _ catalog: Catalog) -> String {
        let count = catalog.entries.count
        guard count > 1 else { return ".\(Naming.swiftIdentifier(catalog.entries[0].name))" }
        return "unsafeBitCast(\(value), to: \(type).self)"
    }

    func emitEntryProperty(_ catalog: Catalog, into out: inout SourceWriter) {
        out.line("    public var entry: Entry {")
        out.line("        switch self {")
        for entry in catalog.entries {
            let name = Naming.swiftIdentifier(entry.name)
            out.line("        case .\(name): return .\(name)")
        }
        out.line("        }")
        out.line("    }")
        out.line()
    }

    /// The associated values by name: a `switch` on the payload-free entry, then one `if case`
    /// (a `switch` binding the values of every case costs the compiler time quadratic in them).
    func emitArguments(_ catalog: Catalog, into out: inout SourceWriter) {
        out.line("    public var arguments: ErrorCatalog.MessageArguments {")
        out.line("        switch entry {")
        for entry in catalog.entries where !entry.parameters.isEmpty {
            let name = Naming.swiftIdentifier(entry.name)
            let bindings = entry.parameters.map { Naming.swiftIdentifier($0.name) }
            let values = entry.parameters.map {
                "\(SwiftLiteral.quoted($0.name)): .\($0.kind.description)(\(Naming.swiftIdentifier($0.name)))"
            }
            out.line("        case .\(name):")
            out.line("            if case let .\(name)(\(bindings.joined(separator: ", "))) = self {")
            out.line("                return [\(values.joined(separator: ", "))]")
            out.line("            }")
        }
        // Every entry listed (all take parameters): a `default` would never be executed.
        if catalog.entries.contains(where: { $0.parameters.isEmpty }) { out.line("        default: break") }
        out.line("        }")
        out.line("        return ErrorCatalog.MessageArguments()")
        out.line("    }")
        out.line()
    }

    func emitInitializer(_ catalog: Catalog, into out: inout SourceWriter) {
        out.line("    public init?(entry: Entry, arguments: ErrorCatalog.MessageArguments) {")
        out.line("        switch entry {")
        for entry in catalog.entries {
            let name = Naming.swiftIdentifier(entry.name)
            guard !entry.parameters.isEmpty else {
                out.line("        case .\(name): self = .\(name)")
                continue
            }
            out.line("        case .\(name):")
            // A local named `self` would hide the value being initialized.
            func local(_ name: String) -> String { name == "self" ? "self_" : Naming.swiftIdentifier(name) }
            let reads = entry.parameters.enumerated().map { position, parameter in
                "let \(local(parameter.name)) = arguments._\(parameter.kind.description)("
                    + "\(SwiftLiteral.quoted(parameter.name)), at: \(position))"
            }
            out.line("            guard \(reads.joined(separator: ",\n                "))")
            out.line("            else { return nil }")
            let labels = entry.parameters.map { "\(Naming.argumentLabel($0.name)): \(local($0.name))" }
            out.line("            self = .\(name)(\(labels.joined(separator: ", ")))")
        }
        out.line("        }")
        out.line("    }")
        out.line()
    }

    static func swiftType(_ kind: MessageParameter.Kind) -> String {
        switch kind {
        case .string: "String"
        case .integer: "Int"
        case .number: "Double"
        }
    }

    /// An example value as Swift source.
    static func swiftLiteral(_ value: MessageArgument) -> String {
        if case .string(let text) = value { return SwiftLiteral.quoted(text) }
        return value.description
    }
}
