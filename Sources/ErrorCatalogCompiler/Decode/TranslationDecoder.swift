import ErrorCatalog

/// What the decode stage makes of a translation file: the translation as written (texts not
/// yet compiled, since only the catalog it translates says which have parameters), and what
/// the check stage needs to point inside its strings.
public struct DecodedTranslation: Sendable {
    /// The translation as written.
    public internal(set) var translation: CatalogTranslation
    /// Whether decoding reported no error.
    public internal(set) var isComplete: Bool
    /// The node of every text: per entry (in the translation's order), by which text it is.
    var sites: [[EntryText: YAMLNode]]
    /// Finds bytes of the strings in the file.
    var locator: ScalarLocator?
}

extension CatalogDecoder {
    /// Whether the document is a translation (its top level has `translation:`).
    var isTranslation: Bool {
        guard let root = reader.document.root, reader.document[root].kind == .mapping else { return false }
        let key = Array("translation".utf8)
        return reader.document.pairs(of: root).contains { reader.document.scalar($0.key, equals: key) }
    }

    /// The translation the document declares, or `nil` when its top level is unusable.
    mutating func decodeTranslation() -> DecodedTranslation? {
        guard let root = reader.document.root,
            let fields = reader.fields(of: root, as: TranslationKey.self, context: "a translation")
        else { return nil }
        let catalogName = reader.requiredString(fields, .translation, context: "a translation")
        let locale = reader.requiredString(fields, .locale, context: "a translation")
        if let locale, let node = fields[.locale], !LocaleTag.isWellFormed(locale) {
            reader.diagnostics.error(
                "'\(locale)' is not a BCP 47 language tag such as 'de', 'pt-BR' or 'zh-Hans'", at: reader.location(node)
            )
        }
        let release = version(fields[.release])
        var categories: [String: CategoryTranslation] = [:]
        if let node = fields[.categories], !reader.isNull(node) { categories = decodeTranslatedCategories(node) }
        var entries: [EntryTranslation] = []
        var sites: [[EntryText: YAMLNode]] = []
        if let node = fields[.errors], !reader.isNull(node) {
            if reader.document[node].kind == .mapping {
                for (key, value) in reader.document.pairs(of: node) {
                    guard let (entry, entrySites) = decodeTranslatedEntry(key, value) else { continue }
                    entries.append(entry)
                    sites.append(entrySites)
                }
            } else {
                reader.diagnostics.error(
                    "'errors' must map each entry's Swift name to its texts", at: reader.location(node))
            }
        }
        guard let catalogName, let locale else { return nil }
        let translation = CatalogTranslation(
            catalogName: catalogName, locale: LocaleTag.canonical(locale), release: release,
            title: reader.optionalString(fields, .title), summary: reader.optionalString(fields, .summary),
            categories: categories, entries: entries, location: reader.location(fields[.translation] ?? root))
        return DecodedTranslation(
            translation: translation, isComplete: !reader.diagnostics.hasErrors, sites: sites, locator: locator)
    }

    /// A `release:` value: a released version such as 1.2.0.
    mutating func version(_ node: Int?) -> SemanticVersion? {
        guard let node, !reader.isNull(node), let text = reader.string(node, key: "release") else { return nil }
        guard let version = SemanticVersion(text) else {
            reader.diagnostics.error(
                "'release' must be the source release the translation was made from, such as 1.2.0; found '\(text)'",
                at: reader.location(node))
            return nil
        }
        return version
    }

    mutating func decodeTranslatedCategories(_ node: Int) -> [String: CategoryTranslation] {
        guard reader.document[node].kind == .mapping else {
            reader.diagnostics.error(
                "'categories' must map each category id to its title and summary", at: reader.location(node))
            return [:]
        }
        var categories: [String: CategoryTranslation] = [:]
        for (key, value) in reader.document.pairs(of: node) {
            let id = reader.document.value(key)
            guard let fields = reader.fields(of: value, as: TranslatedCategoryKey.self, context: "category '\(id)'")
            else { continue }
            categories[id] = CategoryTranslation(
                title: reader.optionalString(fields, .title), summary: reader.optionalString(fields, .summary),
                location: reader.location(key))
        }
        return categories
    }

    /// One entry's texts and the node of each.
    mutating func decodeTranslatedEntry(_ key: Int, _ value: Int) -> (EntryTranslation, [EntryText: YAMLNode])? {
        let name = reader.document.value(key)
        guard
            let fields = reader.fields(of: value, as: TranslatedEntryKey.self, context: "the translation of '\(name)'")
        else { return nil }
        var sites: [EntryText: YAMLNode] = [:]
        func text(_ node: Int?, _ which: EntryText, key: String) -> TranslatedText? {
            guard let node, !reader.isNull(node), let text = reader.string(node, key: key) else { return nil }
            if text.isBlank {
                reader.diagnostics.error(
                    "'\(key)' must not be empty; remove the key to keep the source's text", at: reader.location(node))
                return nil
            }
            sites[which] = reader.document[node]
            return TranslatedText(text: text, location: reader.location(node))
        }
        var entry = EntryTranslation(name: name, location: reader.location(key))
        entry.title = text(fields[.title], .title, key: "title")
        entry.meaning = text(fields[.meaning], .meaning, key: "meaning")
        if let node = fields[.remedy], reader.document[node].kind == .sequence {
            entry.remedy = reader.document.items(of: node).enumerated().compactMap {
                text($0.element, .remedy(step: $0.offset), key: "remedy")
            }
            entry.remedyIsSteps = true
        } else {
            entry.remedy = text(fields[.remedy], .remedy(step: nil), key: "remedy").map { [$0] }
        }
        entry.release = version(fields[.release])
        if let node = fields[.madeFrom] { entry.madeFrom = fingerprints(node, of: name) }
        return (entry, sites)
    }

    /// `made_from`: the fingerprint of each field's source text, as errcat writes them.
    mutating func fingerprints(_ node: Int, of name: String) -> SourceFingerprints {
        guard !reader.isNull(node),
            let fields = reader.fields(of: node, as: MadeFromKey.self, context: "'made_from' of '\(name)'")
        else { return SourceFingerprints() }
        func fingerprint(_ field: MadeFromKey) -> String? {
            guard let node = fields[field], let text = reader.string(node, key: "made_from") else { return nil }
            guard SourceFingerprint.isWellFormed(text) else {
                reader.diagnostics.error(
                    "'made_from' holds the fingerprint errcat writes (16 hexadecimal digits); found '\(text)'",
                    at: reader.location(node))
                return nil
            }
            return text
        }
        return SourceFingerprints(
            title: fingerprint(.title), meaning: fingerprint(.meaning), remedy: fingerprint(.remedy))
    }
}
