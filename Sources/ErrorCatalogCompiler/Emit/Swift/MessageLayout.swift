import ErrorCatalog

/// The texts an entry shows without arguments: as written for fixed texts, and for an entry
/// with parameters each message rendered with none (placeholders as `{name}`).
struct EntryTexts {
    var title: String?
    var meaning: String
    var remedy: String
    var steps: [String]

    init(_ entry: CatalogEntry, rules: PluralRuleSet) {
        guard let messages = entry.messages else {
            self.init(title: entry.title, meaning: entry.meaning, remedy: entry.remedy.text, steps: entry.remedy.steps)
            return
        }
        let texts = messages.tableTexts.map { $0?.rendered(EntryMessages.noArguments, rules: rules) }
        self.init(title: texts[0], meaning: texts[1] ?? "", remedy: texts[2] ?? "", steps: texts.dropFirst(3).map { $0 ?? "" })
    }

    init(title: String?, meaning: String, remedy: String, steps: [String]) {
        self.title = title
        self.meaning = meaning
        self.remedy = remedy
        self.steps = steps
    }
}

extension TableLayout {
    /// Adds an entry's message record (see `MessageRenderer` in the runtime) and returns its start.
    /// `texts` are title, meaning, remedy and steps (see `EntryMessages.tableTexts`); a `nil`
    /// text is one the record does not have (its bounds are 0).
    mutating func addMessage(_ texts: [Message?], parameters: [EntryParameter]) -> Int {
        let start = self.messages.count
        var record = [parameters.count]
        for parameter in parameters { record += [intern(parameter.name), parameter.kind.rawValue] }
        record.append(texts.count)
        let positions = Dictionary(uniqueKeysWithValues: parameters.enumerated().map { ($0.element.name, $0.offset) })
        // What the runtime sizes its one buffer by: every literal byte, every placeholder, and
        // the widest placeholder of a missing argument (`{name}`) or a number.
        let width = max(24, (parameters.map(\.name.utf8.count).max() ?? 0) + 2)
        for text in texts {
            let code = text.map { operations($0, parameters: positions) } ?? []
            let bounds = text.map(Self.bounds) ?? (literalBytes: 0, placeholders: 0)
            record += [code.count, bounds.literalBytes, bounds.placeholders, text == nil ? 0 : width]
            record += code
        }
        self.messages += record
        return start
    }

    /// The literal bytes and the placeholders (`{name}` and `#`) of every branch of `message`.
    static func bounds(_ message: Message) -> (literalBytes: Int, placeholders: Int) {
        var bounds = (literalBytes: 0, placeholders: 0)
        for part in message.parts {
            switch part {
            case .text(let text): bounds.literalBytes += text.utf8.count
            case .argument, .pound: bounds.placeholders += 1
            case .plural(_, _, let branches), .select(_, let branches):
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
    mutating func operations(_ message: Message, parameters: [String: Int]) -> [Int] {
        var code: [Int] = []
        for part in message.parts {
            switch part {
            case .text(let text): code += [0, intern(text)]
            case .argument(let name): code += [1, parameters[name] ?? 0]
            case .pound: code.append(2)
            case .plural(let name, let offset, let branches):
                code += [3, parameters[name] ?? 0, offset, branches.count]
                for branch in branches {
                    let key = switch branch.key {
                    case .exact(let value): 6 + value
                    case .category(let category): category.rawValue
                    case .keyword: PluralCategory.other.rawValue
                    }
                    let body = operations(branch.message, parameters: parameters)
                    code += [key, body.count] + body
                }
            case .select(let name, let branches):
                code += [4, parameters[name] ?? 0, branches.count]
                for branch in branches {
                    let body = operations(branch.message, parameters: parameters)
                    code += [intern(branch.key.description), body.count] + body
                }
            }
        }
        return code
    }
}
