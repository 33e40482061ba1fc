import ErrorCatalog

/// The catalogs' source texts by what another project's `msgid` becomes once its
/// placeholders are read as parameters, for placing that project's translations.
struct SourceIndex {
    var keys: [String: TextKey] = [:]

    init(_ catalogs: [Catalog]) {
        for catalog in catalogs {
            for entry in catalog.entries {
                let messages = entry.messages
                add(entry.title, messages?.title, .entry(entry.name, .title), catalog.name)
                add(entry.meaning, messages?.meaning, .entry(entry.name, .meaning), catalog.name)
                if entry.remedy.steps.isEmpty {
                    add(entry.remedy.text, messages?.remedy.first, .entry(entry.name, .remedy(step: nil)), catalog.name)
                }
            }
        }
    }

    mutating func add(_ text: String?, _ message: Message?, _ field: TextKey.Field, _ catalog: String) {
        guard let text else { return }
        let key = TextKey(catalog: catalog, field: field)
        guard let message else {
            keys[text, default: key] = keys[text] ?? key
            return
        }
        if let (selector, one, other) = Self.plural(message) {
            for count in [selector, "arg1"] {
                let forms = [one, other].map { Self.replacingPound($0, with: count).icuText }
                keys["\u{1}" + forms.joined(separator: "\u{0}")] =
                    keys["\u{1}" + forms.joined(separator: "\u{0}")] ?? key
            }
        } else {
            keys["\u{2}" + message.icuText] = keys["\u{2}" + message.icuText] ?? key
        }
    }

    /// The source's key for a unit of another project.
    func key(_ unit: ImportedUnit) -> TextKey? {
        if let plural = unit.sourcePlural {
            return keys[
                "\u{1}"
                    + [unit.source, plural].map { Message(Placeholders.scan($0).parts).icuText }.joined(
                        separator: "\u{0}")]
        }
        let scan = Placeholders.scan(unit.source)
        let message = keys["\u{2}" + Message(scan.parts).icuText]
        return scan.parameters.isEmpty ? keys[unit.source] ?? message : message
    }

    /// `{n, plural, one {…} other {…}}`: its selector and the two branches.
    static func plural(_ message: Message) -> (String, Message, Message)? {
        guard message.parts.count == 1, case .plural(let selector, 0, let branches) = message.parts[0],
            branches.count == 2,
            let one = branches.first(where: { $0.key == .category(.one) }),
            let other = branches.first(where: { $0.key == .category(.other) })
        else { return nil }
        return (selector, one.message, other.message)
    }

    static func replacingPound(_ message: Message, with name: String) -> Message {
        Message(message.parts.map { $0 == .pound ? .argument(name) : $0 })
    }
}
