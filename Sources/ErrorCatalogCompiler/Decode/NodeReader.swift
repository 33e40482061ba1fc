import ErrorCatalog

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
            return value.style == .plain ? "'\(document.value(node))'" : "a quoted string"
        }
    }

    static let nullSpellings = ["", "~", "null", "Null", "NULL"].map { Array($0.utf8) }
    static let trueSpellings = ["true", "True", "TRUE"].map { Array($0.utf8) }
    static let falseSpellings = ["false", "False", "FALSE"].map { Array($0.utf8) }

    /// Whether `node` is a plain, untagged scalar.
    func isPlain(_ node: Int) -> Bool {
        let value = document[node]
        return value.kind == .scalar && value.style == .plain && value.tagIndex < 0
    }

    func isNull(_ node: Int) -> Bool {
        isPlain(node) && Self.nullSpellings.contains { document.scalar(node, equals: $0) }
    }

    static let stringTags: Set<String> = ["!", "tag:yaml.org,2002:str"]

    /// Fields of a mapping node, with unknown keys reported (keys starting `x-` are ignored).
    mutating func fields<Key: MappingKey>(of node: Int, as _: Key.Type, context: String) -> Fields<Key>? {
        guard document[node].kind == .mapping else {
            diagnostics.error("\(context) must be a mapping, found \(describe(node))", at: location(node))
            return nil
        }
        let known = Key.known
        var fields = Fields<Key>(node: node)
        for (key, value) in document.pairs(of: node) {
            let bytes = document.bytes(key)
            if let slot = known.slot(of: bytes) {
                fields.slots[slot] = (key, value)
            } else if !bytes.starts(with: KnownKeys.extensionPrefix) {
                let name = document.value(key)
                diagnostics.error(
                    "unknown key '\(name)' in \(context)\(Spelling.hint(for: name, among: known.names))",
                    at: location(key))
            }
        }
        return fields
    }

    /// The scalar text of `node`, or `nil` (reported) when it is not a string scalar.
    /// `key` names the field in diagnostics only, so it is built only for one.
    mutating func string(_ node: Int, key: @autoclosure () -> String) -> String? {
        let value = document[node]
        guard value.kind == .scalar else {
            diagnostics.error("'\(key())' must be a string, found \(describe(node))", at: location(node))
            return nil
        }
        if let tag = document.tag(node), !Self.stringTags.contains(tag) {
            diagnostics.error(
                "unsupported tag '\(tag)' on '\(key())'; write the value without a tag", at: location(node))
            return nil
        }
        return document.value(node)
    }

    /// An optional string field: absent or null yields `nil`; an empty string is reported.
    mutating func optionalString<Key>(_ fields: Fields<Key>, _ key: Key) -> String? {
        guard let (_, node) = fields.pair(key), !isNull(node) else { return nil }
        guard let text = string(node, key: key.name) else { return nil }
        if text.isBlank {
            diagnostics.error("'\(key.name)' must not be empty; remove the key or give it a value", at: location(node))
            return nil
        }
        return text
    }

    /// A required string field: absent, null or empty is reported.
    mutating func requiredString<Key>(_ fields: Fields<Key>, _ key: Key, context: String) -> String? {
        guard let (_, node) = fields.pair(key) else {
            diagnostics.error("\(context) is missing required key '\(key.name)'", at: location(fields.node))
            return nil
        }
        if isNull(node) {
            diagnostics.error("'\(key.name)' must not be null", at: location(node))
            return nil
        }
        guard let text = string(node, key: key.name) else { return nil }
        if text.isBlank {
            diagnostics.error("'\(key.name)' must not be empty", at: location(node))
            return nil
        }
        return text
    }

    /// An optional integer field, written as plain decimal digits.
    mutating func optionalInteger<Key>(_ fields: Fields<Key>, _ key: Key) -> (value: Int, node: Int)? {
        guard let (_, node) = fields.pair(key), !isNull(node) else { return nil }
        let bytes = document.bytes(node)
        guard isPlain(node), !bytes.isEmpty, bytes.count <= 9, bytes.allSatisfy(_ASCII.isDigit),
            let number = Int(document.value(node))
        else {
            diagnostics.error("'\(key.name)' must be a whole number, found \(describe(node))", at: location(node))
            return nil
        }
        return (number, node)
    }

    /// An optional boolean field, written `true` or `false`.
    mutating func optionalBool<Key>(_ fields: Fields<Key>, _ key: Key) -> Bool? {
        guard let (_, node) = fields.pair(key), !isNull(node) else { return nil }
        if isPlain(node) {
            if Self.trueSpellings.contains(where: { document.scalar(node, equals: $0) }) { return true }
            if Self.falseSpellings.contains(where: { document.scalar(node, equals: $0) }) { return false }
        }
        diagnostics.error("'\(key.name)' must be true or false, found \(describe(node))", at: location(node))
        return nil
    }

    /// The items of an optional list field.
    mutating func optionalList<Key>(_ fields: Fields<Key>, _ key: Key) -> [Int]? {
        guard let (_, node) = fields.pair(key), !isNull(node) else { return nil }
        guard document[node].kind == .sequence else {
            diagnostics.error("'\(key.name)' must be a list, found \(describe(node))", at: location(node))
            return nil
        }
        return document.items(of: node)
    }

    /// A list of non-empty strings.
    mutating func optionalStringList<Key>(_ fields: Fields<Key>, _ key: Key) -> [(text: String, node: Int)]? {
        guard let items = optionalList(fields, key) else { return nil }
        var result: [(text: String, node: Int)] = []
        for item in items {
            if isNull(item) {
                diagnostics.error("items of '\(key.name)' must not be null", at: location(item))
                continue
            }
            guard let text = string(item, key: key.name) else { continue }
            if text.isBlank {
                diagnostics.error("items of '\(key.name)' must not be empty", at: location(item))
                continue
            }
            result.append((text, item))
        }
        return result
    }
}

/// The keys a kind of mapping may hold, matched as bytes.
struct KnownKeys: Sendable {
    /// The key names, in slot order.
    let names: [String]
    let bytes: [[UInt8]]

    static let extensionPrefix = Array("x-".utf8)

    init(_ names: [String]) {
        self.names = names
        self.bytes = names.map { Array($0.utf8) }
    }

    /// The slot of a key, or `nil` when it is not known.
    func slot(of key: ArraySlice<UInt8>) -> Int? {
        bytes.firstIndex { $0.count == key.count && $0.elementsEqual(key) }
    }
}

/// The known fields of one mapping node: (key node, value node) per key of its kind.
struct Fields<Key: MappingKey> {
    let node: Int
    var slots: [(key: Int, value: Int)?]

    init(node: Int) {
        self.node = node
        self.slots = Array(repeating: nil, count: Key.known.names.count)
    }

    /// The (key, value) nodes of field `key`, if present.
    func pair(_ key: Key) -> (key: Int, value: Int)? { slots[key.rawValue] }

    /// The value node of field `key`, if present.
    subscript(key: Key) -> Int? { slots[key.rawValue]?.value }
}

extension String {
    /// Whether the string is empty or only spaces, tabs and line breaks (or other white space).
    var isBlank: Bool {
        for byte in utf8 where !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) {
            // The first other byte decides: ASCII is not white space; otherwise ask Unicode.
            return byte < 0x80 ? false : unicodeScalars.allSatisfy(\.properties.isWhitespace)
        }
        return true
    }
}
