/// A catalog's declared response body filled in for one entry, for the docs and the OpenAPI
/// document: the entry's code in the code field (a family's with each `x` as `0`), its HTTP
/// status in an integer field named for a status, its meaning in a message field. The
/// catch-all has no code of its own, so no example.
enum ResponseExample {
    /// Writes the example as an object (member `key` of the enclosing object, or an element);
    /// `false`, writing nothing, when the entry has none or no field applies.
    @discardableResult
    static func write(
        _ response: ResponseFormat, _ entry: CatalogEntry, key: String?, into json: inout JSONWriter
    ) -> Bool {
        guard !entry.isCatchAll else { return false }
        let fields = response.fields.filter { applies($0, entry) }
        guard !fields.isEmpty else { return false }
        json.beginObject(key)
        for field in fields {
            switch field.type {
            case .code: json.string(field.name, concreteCode(entry))
            case .integer: json.number(field.name, entry.httpStatus)
            default: json.string(field.name, entry.meaning)
            }
        }
        json.endObject()
        return true
    }

    static func applies(_ field: ResponseFormat.Field, _ entry: CatalogEntry) -> Bool {
        let name = field.name.lowercased()
        switch field.type {
        case .code: return true
        case .integer: return name.contains("status") && entry.httpStatus != nil
        case .string: return ["message", "detail", "description", "error", "reason"].contains(name)
        default: return false
        }
    }

    /// A code the entry matches: its own, or a family's with each `x` of its pattern as `0`.
    static func concreteCode(_ entry: CatalogEntry) -> String {
        guard let tail = entry.familyTailStart else { return entry.code }
        var bytes = Array(entry.code.utf8)
        for index in tail..<bytes.count where bytes[index] == UInt8(ascii: "x") { bytes[index] = UInt8(ascii: "0") }
        return String(decoding: bytes, as: UTF8.self)
    }
}
