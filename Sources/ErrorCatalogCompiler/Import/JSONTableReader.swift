import Foundation

/// Reads a JSON error table: an array of objects, or an object keyed by code whose values are
/// objects (the key is the code) or strings (the meaning). Nested values are kept as JSON
/// text. Each row is located at its element or key in the file.
enum JSONTableReader {
    static func read(_ bytes: [UInt8], file: String, diagnostics: inout DiagnosticList) -> ImportedDocument? {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            diagnostics.error(
                "not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")",
                at: start)
            return nil
        }
        var rows = Rows(index: LineIndex(bytes, file: file), start: start)
        let offsets = topLevelOffsets(bytes)
        if let array = root as? [Any] {
            for (position, element) in array.enumerated() {
                let offset = position < offsets.count ? offsets[position] : nil
                guard let object = element as? [String: Any] else {
                    diagnostics.warning(
                        "this element is not an object of fields; it is skipped", at: rows.location(offset))
                    continue
                }
                rows.add(object, code: nil, at: offset)
            }
        } else if let object = root as? [String: Any] {
            // Keys in file order: JSONSerialization does not keep it, the offsets scan does.
            for (position, key) in keyOrder(bytes, offsets: offsets).enumerated() {
                guard let value = object[key] else { continue }
                let offset = position < offsets.count ? offsets[position] : nil
                if let fields = value as? [String: Any] {
                    rows.add(fields, code: key, at: offset)
                } else if let meaning = value as? String {
                    rows.add(["meaning": meaning], code: key, at: offset)
                } else {
                    diagnostics.warning(
                        "the value of '\(key)' is neither an object nor a string; it is skipped",
                        at: rows.location(offset))
                }
            }
        } else {
            diagnostics.error("a JSON error table is an array of objects, or an object keyed by code", at: start)
            return nil
        }
        return ImportedDocument(tables: [rows.table], title: nil)
    }

    /// The rows read so far, and every field name in order of first appearance.
    struct Rows {
        let index: LineIndex
        let start: SourceLocation
        var headers: [String] = []
        var seen: Set<String> = []
        var rows: [(fields: [String: String], location: SourceLocation)] = []

        /// Where the element at byte `offset` is; the file's start when unknown.
        func location(_ offset: Int?) -> SourceLocation { offset.map(index.location) ?? start }

        /// Adds a row of `object`'s fields (and `code`, when the object is keyed by it).
        mutating func add(_ object: [String: Any], code: String?, at offset: Int?) {
            var fields: [String: String] = [:]
            if let code {
                fields["code"] = code
                if seen.insert("code").inserted { headers.insert("code", at: 0) }
            }
            for key in object.keys.sorted() {
                fields[key] = JSONTableReader.text(object[key]!)
                if seen.insert(key).inserted { headers.append(key) }
            }
            rows.append((fields, location(offset)))
        }

        /// The rows as one table, every row with a cell per header.
        var table: ImportedTable {
            let headerCells = headers.map { ImportedTable.Cell(text: $0, location: start) }
            let cells = rows.map { row in
                headers.map { ImportedTable.Cell(text: row.fields[$0] ?? "", location: row.location) }
            }
            return ImportedTable(headers: headerCells, rows: cells, context: nil, location: start)
        }
    }

    /// A field's value as text: strings as they are, numbers and booleans written out, anything
    /// else as compact JSON.
    static func text(_ value: Any) -> String {
        if let bool = value as? Bool, type(of: value) == Bool.self { return bool ? "true" : "false" }
        switch value {
        case let string as String: return string
        case let number as NSNumber:
            return number.stringValue
        case is NSNull: return ""
        default:
            let data =
                (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]))
                ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// Where each element of the top-level array, or each key of the top-level object, starts.
    static func topLevelOffsets(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var depth = 0
        var inString = false
        var escaped = false
        var expectingValue = false
        for (offset, byte) in bytes.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                if depth == 1, expectingValue {
                    offsets.append(offset)
                    expectingValue = false
                }
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 1, expectingValue {
                    offsets.append(offset)
                    expectingValue = false
                }
                depth += 1
                if depth == 1 { expectingValue = true }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 1 { expectingValue = true }
            case UInt8(ascii: ":"):
                if depth == 1 { expectingValue = false }
            case 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                if depth == 1, expectingValue {
                    offsets.append(offset)
                    expectingValue = false
                }
            }
        }
        return offsets
    }

    /// The top-level object's keys in file order, read at their offsets.
    static func keyOrder(_ bytes: [UInt8], offsets: [Int]) -> [String] {
        offsets.compactMap { offset in
            guard bytes[offset] == UInt8(ascii: "\"") else { return nil }
            return bytes.withUnsafeBufferPointer { buffer in (try? JSONString.read(buffer, from: offset))?.value }
        }
    }
}
