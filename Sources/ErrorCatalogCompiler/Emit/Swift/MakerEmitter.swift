import ErrorCatalog

extension SwiftEmitter {
    /// A typed maker per entry with parameters, named like its case, so the compiler checks
    /// every argument: `Catalog.quotaExceeded(limit: 1000, used: 1042)` is a `CatalogFailure`
    /// whose texts are rendered with them.
    func emitMakers(_ catalog: Catalog, into out: inout SourceWriter) {
        var emitted = false
        for (index, entry) in catalog.entries.enumerated() where !entry.parameters.isEmpty {
            let name = Naming.swiftIdentifier(entry.name)
            out.line("    /// ``\(entry.name)`` with the arguments of its message.")
            out.line("    ///")
            out.line("    /// - Parameters:")
            for parameter in entry.parameters {
                let description = parameter.description.map { " " + SwiftLiteral.commentText($0, limit: 200) } ?? ""
                out.line("    ///   - \(parameter.name): \(parameter.kind.description).\(description)")
            }
            let signature = entry.parameters.map { "\(Naming.swiftIdentifier($0.name)): \(Self.swiftType($0.kind))" }
            let arguments = entry.parameters.map {
                "ErrorCatalog.MessageArguments.Argument(\(SwiftLiteral.quoted($0.name)), .\($0.kind.description)(\(Naming.swiftIdentifier($0.name))))"
            }
            out.line("    public static func \(name)(\(signature.joined(separator: ", "))) -> ErrorCatalog.CatalogFailure {")
            // The case by position: a parameter may have any name, `error` included.
            out.line("        ErrorCatalog.CatalogFailure(\(catalog.name)(_index: \(index)), arguments: ErrorCatalog.MessageArguments([")
            for argument in arguments { out.line("            \(argument),") }
            out.line("        ]))")
            out.line("    }")
            emitted = true
        }
        if emitted { out.line() }
    }

    static func swiftType(_ kind: MessageParameter.Kind) -> String {
        switch kind {
        case .string: "String"
        case .integer: "Int"
        case .number: "Double"
        }
    }
}
