import ErrorCatalog

extension CatalogDecoder {
    /// The parameters and compiled messages of an entry that declares `params`.
    mutating func decodeMessages(_ fields: Fields<EntryKey>, into entry: inout CatalogEntry) {
        guard fields[.params] != nil else { return }
        let parameters = decodeParameters(fields)
        entry.parameters = parameters.map(\.parameter)
        entry.messages = decodeMessages(fields, parameters: parameters)
    }

    /// The entry's `params`: a mapping from name to type (`limit: integer`) or to a mapping
    /// with `type`, `description` and `example`. Each parameter comes with its name's node.
    mutating func decodeParameters(_ fields: Fields<EntryKey>) -> [(parameter: EntryParameter, node: Int)] {
        guard let node = fields[.params], !reader.isNull(node) else { return [] }
        let document = reader.document
        guard document[node].kind == .mapping else {
            reader.diagnostics.error(
                "'params' must map each parameter's name to its type, such as 'limit: integer'",
                at: reader.location(node))
            return []
        }
        var parameters: [(parameter: EntryParameter, node: Int)] = []
        for (key, value) in document.pairs(of: node) {
            let name = document.value(key)
            guard Naming.isLowerCamelIdentifier(name) else {
                reader.diagnostics.error(
                    "parameter name '\(name)' must be a lowerCamelCase identifier (a letter, then letters and "
                        + "digits), such as '\(Naming.lowerCamelCase(name) ?? "limit")'",
                    at: reader.location(key))
                continue
            }
            if parameters.contains(where: { $0.parameter.name == name }) {
                reader.diagnostics.error("parameter '\(name)' is declared twice", at: reader.location(key))
                continue
            }
            guard let parameter = decodeParameter(name, value) else { continue }
            if name == RetryAfterParameter.name, parameter.kind != .integer {
                reader.diagnostics.error(
                    "parameter 'retryAfter' is the Retry-After header's seconds: its type must be integer",
                    at: reader.location(key))
                continue
            }
            parameters.append((parameter, key))
        }
        return parameters
    }

    mutating func decodeParameter(_ name: String, _ node: Int) -> EntryParameter? {
        guard reader.document[node].kind == .mapping else {
            guard let type = reader.string(node, key: name), let kind = parameterKind(type, node: node) else {
                return nil
            }
            return EntryParameter(name: name, kind: kind)
        }
        guard let fields = reader.fields(of: node, as: ParameterKey.self, context: "parameter '\(name)'") else {
            return nil
        }
        guard let type = reader.requiredString(fields, .type, context: "parameter '\(name)'"),
            let typeNode = fields[.type],
            let kind = parameterKind(type, node: typeNode)
        else { return nil }
        let description = reader.optionalString(fields, .description)
        var example: MessageArgument?
        if let text = reader.optionalString(fields, .example), let exampleNode = fields[.example] {
            example =
                switch kind {
                case .string: .string(text)
                case .integer: Int(text).map(MessageArgument.integer)
                case .number: Double(text).flatMap { $0.isFinite ? MessageArgument.number($0) : nil }
                case .money: Self.money(text).map(MessageArgument.money)
                case .timestamp: Timestamp(rfc3339: text).map(MessageArgument.timestamp)
                }
            if example == nil {
                let expected =
                    switch kind {
                    case .integer: "a whole number"
                    case .money: "an amount and its ISO 4217 currency code, such as '12.50 EUR'"
                    case .timestamp:
                        "an RFC 3339 date-time, such as '2026-12-07T10:30:00Z' or '2026-12-07T11:30:00+01:00'"
                    default: "a number"
                    }
                reader.diagnostics.error(
                    "the example of '\(name)' must be \(expected), found '\(text)'", at: reader.location(exampleNode))
            }
        }
        return EntryParameter(name: name, kind: kind, description: description, example: example)
    }

    /// `12.50 EUR`: an amount with the currency's digits and an ISO 4217 code.
    static func money(_ text: String) -> Money? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[1].count == 3, parts[1].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            return nil
        }
        return Money(amount: String(parts[0]), currency: String(parts[1]))
    }

    mutating func parameterKind(_ type: String, node: Int) -> MessageParameter.Kind? {
        if let kind = MessageParameter.Kind.allCases.first(where: { $0.description == type }) { return kind }
        let names = MessageParameter.Kind.allCases.map(\.description)
        reader.diagnostics.error(
            "unknown parameter type '\(type)'; use one of "
                + "\(names.joined(separator: ", "))\(Spelling.hint(for: type, among: names))",
            at: reader.location(node))
        return nil
    }

    /// The entry's title, meaning and remedy parsed as ICU MessageFormat against its
    /// parameters, every problem located inside its string; a parameter no text uses is
    /// reported at its name. `nil` when a text has a syntax error.
    mutating func decodeMessages(
        _ fields: Fields<EntryKey>, parameters: [(parameter: EntryParameter, node: Int)]
    ) -> EntryMessages? {
        let kinds = Dictionary(
            parameters.map { ($0.parameter.name, $0.parameter.kind) }, uniquingKeysWith: { first, _ in first })
        var used: Set<String> = []
        var complete = true
        func parse(_ node: Int?) -> Message? {
            guard let node, reader.document[node].kind == .scalar else { return nil }
            var parser = MessageParser(reader.document.value(node), parameters: kinds, rules: rules, language: language)
            let message = parser.parse()
            used.formUnion(parser.used)
            for issue in parser.issues {
                let location = locate(issue.offset, node: node)
                if issue.isError {
                    reader.diagnostics.error(issue.message, at: location)
                } else {
                    reader.diagnostics.warning(issue.message, at: location)
                }
            }
            if message == nil { complete = false }
            return message
        }
        let title = parse(fields[.title])
        let meaning = parse(fields[.meaning])
        let steps =
            fields[.remedy].map { reader.document[$0].kind == .sequence ? reader.document.items(of: $0) : [$0] } ?? []
        let remedy = steps.compactMap { parse($0) }
        let texts = ([fields[.title], fields[.meaning]].compactMap { $0 } + steps).map { reader.document.value($0) }
        // `retryAfter` is the Retry-After header's seconds: the texts may leave it out.
        for (parameter, node) in parameters
        where !used.contains(parameter.name) && parameter.name != RetryAfterParameter.name {
            let quoted =
                texts.contains { $0.contains("'{\(parameter.name)") }
                ? " ('{\(parameter.name)}' is quoted text: in ICU MessageFormat a ' before '{' quotes it; write '' "
                    + "for an apostrophe)"
                : ""
            reader.diagnostics.error(
                "parameter '\(parameter.name)' is not used: no placeholder '{\(parameter.name)}' in the title, "
                    + "meaning or remedy; use it or remove it\(quoted)",
                at: reader.location(node))
        }
        guard complete, let meaning else { return nil }
        return EntryMessages(
            title: title, meaning: meaning, remedy: remedy,
            remedyIsSteps: fields[.remedy].map { reader.document[$0].kind == .sequence } ?? false)
    }

    /// The location of byte `offset` of scalar `node`'s text.
    func locate(_ offset: Int, node: Int) -> SourceLocation {
        guard let locator else { return reader.location(node) }
        return locator.location(of: offset, in: reader.document.bytes(node), node: reader.document[node])
    }
}

/// The parameter whose integer value a server sends as the `Retry-After` header.
enum RetryAfterParameter {
    static let name = "retryAfter"
}
