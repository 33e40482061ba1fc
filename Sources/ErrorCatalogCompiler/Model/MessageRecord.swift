import ErrorCatalog

/// An entry's texts compiled into the record the runtime's `MessageRenderer` walks: the
/// generated tables hold one per entry with parameters and per translation of it, and errcat
/// renders its own examples (docs, OpenAPI, `explain`) from one, so there is one renderer.
///
/// The record: the number of parameters, each parameter's name (a string index) and type;
/// the number of texts, and per text its operations' length, its literal bytes, its
/// placeholders and the widest placeholder (0 for a text the record does not have), then
/// its operations.
enum MessageRecord {
    /// The record of `texts` (title, meaning, remedy, steps; `nil` for one it does not have)
    /// with `parameters`; `intern` gives each string's index in the strings table.
    static func encode(_ texts: [Message?], parameters: [EntryParameter], intern: (String) -> Int) -> [Int] {
        var record = [parameters.count]
        for parameter in parameters { record += [intern(parameter.name), parameter.kind.rawValue] }
        record.append(texts.count)
        let positions = Dictionary(uniqueKeysWithValues: parameters.enumerated().map { ($0.element.name, $0.offset) })
        // What the runtime sizes its one buffer by: every literal byte, every placeholder, and
        // the widest placeholder of a missing argument (`{name}`) or a number.
        let width = max(24, (parameters.map(\.name.utf8.count).max() ?? 0) + 2)
        for text in texts {
            let code = text.map { operations($0, parameters: positions, intern: intern) } ?? []
            let bounds = text.map(Self.bounds) ?? (literalBytes: 0, placeholders: 0)
            // A formatted number's locale digits and affixes (see `NumberConventionsTable`), a
            // formatted timestamp's names and digits (see `DateConventions.widestRendering`).
            let textWidth =
                text?.formatsDates == true
                ? max(width, DateConventions.widestRendering) : text?.formatsNumbers == true ? max(width, 160) : width
            record += [code.count, bounds.literalBytes, bounds.placeholders, text == nil ? 0 : textWidth]
            record += code
        }
        return record
    }

    /// The literal bytes and the placeholders (`{name}` and `#`) of every branch of `message`.
    static func bounds(_ message: Message) -> (literalBytes: Int, placeholders: Int) {
        var bounds = (literalBytes: 0, placeholders: 0)
        for part in message.parts {
            switch part {
            case .text(let text): bounds.literalBytes += text.utf8.count
            case .argument, .pound, .number, .date: bounds.placeholders += 1
            case .plural(_, _, let branches), .ordinal(_, _, let branches), .select(_, let branches):
                for branch in branches {
                    let inner = Self.bounds(branch.message)
                    bounds.literalBytes += inner.literalBytes
                    bounds.placeholders += inner.placeholders
                }
            }
        }
        return bounds
    }

    /// The operations of `message`.
    static func operations(_ message: Message, parameters: [String: Int], intern: (String) -> Int) -> [Int] {
        var code: [Int] = []
        for part in message.parts {
            switch part {
            case .text(let text): code += [0, intern(text)]
            case .argument(let name): code += [1, parameters[name] ?? 0]
            case .pound: code.append(2)
            case .number(let name, let style): code += [6, parameters[name] ?? 0, style.rawValue]
            case .date(let name, let style): code += [7, parameters[name] ?? 0, style.rawValue]
            case .plural(let name, let offset, let branches), .ordinal(let name, let offset, let branches):
                let operation = if case .ordinal = part { 5 } else { 3 }
                code += [operation, parameters[name] ?? 0, offset, branches.count]
                for branch in branches {
                    let key =
                        switch branch.key {
                        case .exact(let value): 6 + value
                        case .category(let category): category.rawValue
                        case .keyword: PluralCategory.other.rawValue
                        }
                    let body = operations(branch.message, parameters: parameters, intern: intern)
                    code += [key, body.count] + body
                }
            case .select(let name, let branches):
                code += [4, parameters[name] ?? 0, branches.count]
                for branch in branches {
                    let body = operations(branch.message, parameters: parameters, intern: intern)
                    code += [intern(branch.key.description), body.count] + body
                }
            }
        }
        return code
    }
}

/// The strings of a record compiled outside the generated tables, packed for the renderer.
struct RecordStrings {
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]

    /// Adds `string`; its index.
    mutating func intern(_ string: String) -> Int {
        bytes += string.utf8
        offsets.append(bytes.count)
        return offsets.count - 2
    }

    /// `body` with the strings as the renderer reads them.
    func withPacked<R>(_ body: (Packed) -> R) -> R {
        bytes.withUnsafeBytes { body(Packed(base: $0, offsets: offsets)) }
    }

    struct Packed: PackedStrings {
        let base: UnsafeRawBufferPointer
        let offsets: [Int]

        func bytes(_ index: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: base[offsets[index]..<offsets[index + 1]])
        }
    }
}
