extension CatalogError {
    /// Decodes what ``encode(to:)`` writes: the wire code as a string (an entry without
    /// parameters), or an object with `code` and `arguments`. An unknown code decodes as the
    /// catalog's catch-all when it has one. Throws when the code is unknown, or when an
    /// argument the entry needs is missing or of another type; ``CatalogFailure`` keeps such a
    /// code and its arguments as received.
    public init(from decoder: any Decoder) throws {
        let code: String
        var arguments = MessageArguments()
        if let single = try? decoder.singleValueContainer(), let string = try? single.decode(String.self) {
            code = string
        } else {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            code = try container.decode(String.self, forKey: .code)
            arguments = try container.decodeIfPresent(MessageArguments.self, forKey: .arguments) ?? MessageArguments()
        }
        guard let entry = Entry(resolving: code) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "unknown \(Self.catalogName) code \"\(code)\""))
        }
        guard let value = Self(entry: entry, arguments: entry.typed(arguments)) else {
            let needed = entry.parameters.map { "\($0.name): \($0.kind)" }.joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "\(Self.catalogName) code \"\(code)\" needs the arguments \(needed)"))
        }
        self = value
    }

    /// Encodes the primary wire code as a string for an entry without parameters, else an
    /// object with `code` and `arguments`.
    public func encode(to encoder: any Encoder) throws {
        let arguments = arguments
        guard !arguments.isEmpty else {
            var container = encoder.singleValueContainer()
            try container.encode(code)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(arguments, forKey: .arguments)
    }
}

/// The members of an encoded catalog error with arguments.
private enum CodingKeys: String, CodingKey {
    case code, arguments
}

extension CatalogEntry {
    /// `arguments` read as this entry's parameter types where they can be without loss (a
    /// JSON `3` for a `number`), in the parameters' order, followed by any others.
    public func typed(_ arguments: MessageArguments) -> MessageArguments {
        let parameters = parameters
        guard !parameters.isEmpty else { return arguments }
        var result: [MessageArguments.Argument] = []
        for parameter in parameters {
            if let value = arguments[parameter.name] { result.append(.init(parameter.name, parameter.typed(value))) }
        }
        for argument in arguments where !parameters.contains(where: { $0.name == argument.name }) {
            result.append(argument)
        }
        return MessageArguments(result)
    }
}
