import ErrorCatalog

extension SwiftEmitter {
    /// `name(label: Type, …)` of an entry's case: its parameters as labelled associated values.
    static func caseDeclaration(name: String, parameters: [EntryParameter]) -> String {
        let name = Naming.swiftIdentifier(name)
        guard !parameters.isEmpty else { return name }
        let values = parameters.map { "\(Naming.swiftIdentifier($0.name)): \(swiftType($0.kind))" }
        return "\(name)(\(values.joined(separator: ", ")))"
    }

    /// A case's doc comment for an entry with parameters: its texts rendered with the
    /// parameters' examples (never raw ICU), then the parameters with their descriptions.
    func emitParameterDocumentation(_ entry: CatalogEntry, catalog: Catalog, into out: inout SourceWriter) {
        let example = entry.exampleArguments
        let rules = catalog.pluralRules
        let messages = entry.messages
        let meaning = messages?.meaning.rendered(example, rules: rules, locale: catalog.locale) ?? entry.meaning
        let title = messages?.title?.rendered(example, rules: rules, locale: catalog.locale) ?? entry.title
        let code = SwiftLiteral.commentText(entry.code, limit: 80)
        out.line("    /// `\(code)`: \(SwiftLiteral.commentText(title ?? meaning))")
        if title != nil {
            out.line("    ///")
            out.docComment(meaning, indent: 4)
        }
        out.line("    ///")
        let remedy =
            messages?.tableTexts[2]?.rendered(example, rules: rules, locale: catalog.locale) ?? entry.remedy.text
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

    static func swiftType(_ kind: MessageParameter.Kind) -> String {
        switch kind {
        case .string: "String"
        case .integer: "Int"
        case .number: "Double"
        case .money: "ErrorCatalog.Money"
        case .timestamp: "ErrorCatalog.Timestamp"
        }
    }

    /// An example value as Swift source.
    static func swiftLiteral(_ value: MessageArgument) -> String {
        switch value {
        case .string(let text): SwiftLiteral.quoted(text)
        case .money(let money):
            "Money(minorUnits: \(money.minorUnits), currency: \(SwiftLiteral.quoted(money.currency)))"
        case .timestamp(let timestamp):
            "Timestamp(rfc3339: \(SwiftLiteral.quoted(timestamp.description)))!"
        default: value.description
        }
    }
}
