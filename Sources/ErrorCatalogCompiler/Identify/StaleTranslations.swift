/// Translations out of date: a translation (or one of its entries) says which source release
/// it was made from (`release:`), and the ledger holds every released text's history (the
/// old and new text of each wording change), so the source's text at that release is known.
/// A translated field whose source text has changed since (in a later release, or in the YAML
/// since the last one) is reported at the translation's line, with what the source said then
/// and says now. An entry that records the fingerprint of each source text it was made from
/// (`made_from`) is checked against that instead, for those texts, released or not. A
/// translation with neither is accepted, unchecked.
enum StaleTranslations {
    /// One translated text whose source has changed since the translation was made.
    struct StaleText {
        /// The text, in its catalog.
        var key: TextKey
        /// The translation's locale.
        var locale: String
        /// The source's text at the translation's release.
        var then: String?
    }

    /// One warning per stale translated field, and one per translation naming a release the
    /// ledger does not have.
    static func warnings(_ catalogs: [Catalog], history: Ledger) -> DiagnosticList {
        var stale: [StaleText] = []
        return find(catalogs, history: history, stale: &stale)
    }

    /// Every stale translated text, and the warnings saying so.
    static func find(_ catalogs: [Catalog], history: Ledger, stale: inout [StaleText]) -> DiagnosticList {
        var diagnostics = DiagnosticList()
        // A catalog without translations has nothing to compare (and is not indexed).
        for catalog in catalogs where !catalog.translations.isEmpty {
            let releasedEntries = history.catalog(catalog.name)?.entries ?? []
            let positions = Dictionary(
                catalog.entries.indices.map { (catalog.entries[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
            let ledgerEntries = Dictionary(
                releasedEntries.indices.map { (releasedEntries[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            for translation in catalog.translations {
                for translated in translation.entries {
                    guard let position = positions[translated.name] else { continue }
                    for field in changedSinceMade(translated, of: catalog.entries[position], into: &diagnostics) {
                        let key = TextKey(catalog: catalog.name, field: field)
                        stale.append(StaleText(key: key, locale: translation.locale, then: nil))
                    }
                }
                if let release = translation.release, !history.releases.contains(release) {
                    let ledger = history.releases.last.map { "its releases end at \($0)" } ?? "nothing is released yet"
                    diagnostics.warning(
                        "release \(release) is not in the ledger (\(ledger)), so nothing can say whether this "
                            + "translation is out of date",
                        at: translation.location)
                    continue
                }
                for translated in translation.entries {
                    guard let release = translated.release ?? translation.release, history.releases.contains(release),
                        let position = positions[translated.name],
                        let ledgerPosition = ledgerEntries[catalog.entries[position].id],
                        case let ledgerEntry = releasedEntries[ledgerPosition], !(release < ledgerEntry.since)
                    else { continue }
                    let entry = catalog.entries[position]
                    let changed = check(
                        translated, of: entry, in: catalog.name, ledgerEntry, since: release, history: history,
                        into: &diagnostics)
                    for (field, then) in changed {
                        let key = TextKey(catalog: catalog.name, field: field)
                        stale.append(StaleText(key: key, locale: translation.locale, then: then))
                    }
                }
            }
        }
        return diagnostics
    }

    static func check(
        _ translated: EntryTranslation, of entry: CatalogEntry, in catalog: String, _ released: LedgerEntry,
        since release: SemanticVersion, history: Ledger, into diagnostics: inout DiagnosticList
    ) -> [(TextKey.Field, String?)] {
        var stale: [(TextKey.Field, String?)] = []
        for (field, now, text) in texts(translated, of: entry) {
            // A recorded fingerprint says more than a release does (changedSinceMade).
            guard let text, translated.madeFrom[field] == nil else { continue }
            let (rule, latestReleased): (ChangeRule, String?) =
                switch field {
                case .title: (.titleChanged, released.title)
                case .meaning: (.meaningChanged, released.meaning)
                case .remedy: (.remedyChanged, released.remedy)
                }
            let then = sourceText(
                at: release, latestReleased, rule: rule, id: released.id, catalog: catalog, history: history)
            guard then != now else { continue }
            diagnostics.warning(
                "the \(field) of '\(entry.name)' changed since this translation was made from release \(release): "
                    + "the source said \(quote(then)) and says \(quote(now)); update the translation and its release",
                at: text.location)
            // A step's own text then is not recorded: only the whole remedy's.
            stale += keys(of: field, entry).map { key in
                if case .entry(_, .remedy(step: _?)) = key { (key, nil) } else { (key, then) }
            }
        }
        return stale
    }

    /// The fields of `translated` whose source text is no longer the one its recorded fingerprint
    /// (`made_from`) was taken of, each with a warning at the translated text.
    static func changedSinceMade(
        _ translated: EntryTranslation, of entry: CatalogEntry, into diagnostics: inout DiagnosticList
    ) -> [TextKey.Field] {
        var stale: [TextKey.Field] = []
        for (field, now, text) in texts(translated, of: entry) {
            guard let text, let recorded = translated.madeFrom[field],
                recorded != now.map(SourceFingerprint.of)
            else { continue }
            diagnostics.warning(
                "the \(field) of '\(entry.name)' changed since this translation was made from it (made_from): "
                    + "the source says \(quote(now)) now; update the translation",
                at: text.location)
            stale += keys(of: field, entry)
        }
        return stale
    }

    /// Each field: the source's text now and its translation (the remedy's first step stands for
    /// a remedy of steps).
    static func texts(
        _ translated: EntryTranslation, of entry: CatalogEntry
    ) -> [(field: EntryTextField, now: String?, text: TranslatedText?)] {
        [
            (.title, entry.title, translated.title),
            (.meaning, entry.meaning, translated.meaning),
            (.remedy, entry.remedy.text, translated.remedy?.first),
        ]
    }

    /// The text keys of a field of `entry`: one per remedy step when the remedy has steps.
    static func keys(of field: EntryTextField, _ entry: CatalogEntry) -> [TextKey.Field] {
        switch field {
        case .title: [.entry(entry.name, .title)]
        case .meaning: [.entry(entry.name, .meaning)]
        case .remedy:
            entry.remedy.steps.isEmpty
                ? [.entry(entry.name, .remedy(step: nil))]
                : entry.remedy.steps.indices.map { .entry(entry.name, .remedy(step: $0)) }
        }
    }

    /// The text of a field at `release`: its text at the last release, taken back through
    /// every recorded wording change of entry `id` after `release`.
    static func sourceText(
        at release: SemanticVersion, _ latest: String?, rule: ChangeRule, id: Int, catalog: String, history: Ledger
    ) -> String? {
        var text = latest
        for change in history.changes.reversed()
        where change.catalog == catalog && change.id == id && change.rule == rule && release < change.version {
            text = change.old
        }
        return text
    }

    static func quote(_ text: String?) -> String {
        guard let text else { return "nothing" }
        let short = text.count > 120 ? text.prefix(117) + "…" : Substring(text)
        return "'" + short.replacingOccurrences(of: "\n", with: " ") + "'"
    }
}
