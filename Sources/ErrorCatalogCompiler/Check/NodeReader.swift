/// Typed, located access to a ``YAMLDocument``: every read that finds the wrong shape
/// reports a diagnostic and yields `nil`, so checking goes on and reports everything.
///
/// Strings are taken verbatim as written: `400`, `no`, `0x1F`, `007` and `1e3` are
/// strings. Only plain `~`, `null` (any case form YAML allows) or nothing is null; only
/// plain scalars are integers or booleans.
struct NodeReader {
    let document: YAMLDocument
    var diagnostics = DiagnosticList()

    init(document: YAMLDocument) { self.document = document }

    func location(_ node: Int) -> SourceLocation { document.location(node) }

    func describe(_ node: Int) -> String {
        let value = document[node]
        switch value.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            if isNull(node) { return "null" }
            return value.style == .plain ? "'\(value.value)'" : "a quoted string"
        }
    }

    func isNull(_ node: Int) -> Bool {
        let value = document[node]
        guard value.kind == .scalar, value.style == .plain, value.tag == nil else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(value.value)
    }

    static let stringTags: Set<String> = ["!", "tag:yaml.org,2002:str"]

    /// Fields of a mapping node, with unknown keys reported (keys starting `x-` are ignored).
    mutating func fields(of node: Int, known: [String], context: String) -> Fields? {
        guard document[node].kind == .mapping else {
            diagnostics.error("\(context) must be a mapping, found \(describe(node))", at: location(node))
            return nil
        }
        var fields = Fields(node: node)
        for (key, value) in document.pairs(of: node) {
            let name = document[key].value
            if name.hasPrefix("x-") { continue }
            if known.contains(name) {
                fields.values[name] = (key, value)
            } else {
                diagnostics.error(
                    "unknown key '\(name)' in \(context)\(Spelling.hint(for: name, among: known))", at: location(key))
            }
        }
        return fields
    }

    /// The scalar text of `node`, or `nil` (reported) when it is not a string scalar.
    mutating func string(_ node: Int, key: String) -> String? {
        let value = document[node]
        guard value.kind == .scalar else {
            diagnostics.error("'\(key)' must be a string, found \(describe(node))", at: location(node))
            return nil
        }
        if let tag = value.tag, !Self.stringTags.contains(tag) {
            diagnostics.error("unsupported tag '\(tag)' on '\(key)'; write the value without a tag", at: location(node))
            return nil
        }
        return value.value
    }

    /// An optional string field: absent or null yields `nil`; an empty string is reported.
    mutating func optionalString(_ fields: Fields, _ key: String) -> String? {
        guard let (_, node) = fields.values[key], !isNull(node) else { return nil }
        guard let text = string(node, key: key) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.error("'\(key)' must not be empty; remove the key or give it a value", at: location(node))
            return nil
        }
        return text
    }

    /// A required string field: absent, null or empty is reported.
    mutating func requiredString(_ fields: Fields, _ key: String, context: String) -> String? {
        guard let (_, node) = fields.values[key] else {
            diagnostics.error("\(context) is missing required key '\(key)'", at: location(fields.node))
            return nil
        }
        if isNull(node) {
            diagnostics.error("'\(key)' must not be null", at: location(node))
            return nil
        }
        guard let text = string(node, key: key) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.error("'\(key)' must not be empty", at: location(node))
            return nil
        }
        return text
    }

    /// An optional integer field, written as plain decimal digits.
    mutating func optionalInteger(_ fields: Fields, _ key: String) -> (value: Int, node: Int)? {
        guard let (_, node) = fields.values[key], !isNull(node) else { return nil }
        let value = document[node]
        guard value.kind == .scalar, value.style == .plain, value.tag == nil,
            !value.value.isEmpty, value.value.utf8.allSatisfy(ASCIIClass.isDigit), value.value.utf8.count <= 9,
            let number = Int(value.value)
        else {
            diagnostics.error("'\(key)' must be a whole number, found \(describe(node))", at: location(node))
            return nil
        }
        return (number, node)
    }

    /// An optional boolean field, written `true` or `false`.
    mutating func optionalBool(_ fields: Fields, _ key: String) -> Bool? {
        guard let (_, node) = fields.values[key], !isNull(node) else { return nil }
        let value = document[node]
        if value.kind == .scalar, value.style == .plain, value.tag == nil {
            if ["true", "True", "TRUE"].contains(value.value) { return true }
            if ["false", "False", "FALSE"].contains(value.value) { return false }
        }
        diagnostics.error("'\(key)' must be true or false, found \(describe(node))", at: location(node))
        return nil
    }

    /// The items of an optional list field.
    mutating func optionalList(_ fields: Fields, _ key: String) -> [Int]? {
        guard let (_, node) = fields.values[key], !isNull(node) else { return nil }
        guard document[node].kind == .sequence else {
            diagnostics.error("'\(key)' must be a list, found \(describe(node))", at: location(node))
            return nil
        }
        return document.items(of: node)
    }

    /// A list of non-empty strings.
    mutating func optionalStringList(_ fields: Fields, _ key: String) -> [(text: String, node: Int)]? {
        guard let items = optionalList(fields, key) else { return nil }
        var result: [(text: String, node: Int)] = []
        for item in items {
            if isNull(item) {
                diagnostics.error("items of '\(key)' must not be null", at: location(item))
                continue
            }
            guard let text = string(item, key: key) else { continue }
            if text.allSatisfy(\.isWhitespace) {
                diagnostics.error("items of '\(key)' must not be empty", at: location(item))
                continue
            }
            result.append((text, item))
        }
        return result
    }
}

/// The known fields of one mapping node.
struct Fields {
    let node: Int
    var values: [String: (key: Int, value: Int)] = [:]

    init(node: Int) { self.node = node }

    subscript(key: String) -> Int? { values[key]?.value }
    func keyNode(_ key: String) -> Int? { values[key]?.key }
}
