/// Release notes in Markdown from a ledger: per release, newest first, what was added,
/// deprecated, removed and changed; optionally the pending changes as "Unreleased".
public enum ChangelogEmitter {
    /// The changelog of `identified`'s history, with the changes not yet released on top
    /// unless `releasedOnly`.
    public static func markdown(_ identified: IdentifiedCatalogs, releasedOnly: Bool = false) -> String {
        markdown(identified.history, pending: releasedOnly ? nil : identified.comparison)
    }

    /// The changelog of `ledger`, with `pending` (a comparison with its last release) on top
    /// when it has findings.
    public static func markdown(
        _ ledger: Ledger, pending: ReleaseComparison? = nil, title: String = "Changelog"
    ) -> String {
        var out = "# \(title)\n"
        let codes = codes(of: ledger)
        if let pending, pending.since != nil, !pending.findings.isEmpty {
            let changes = pending.findings.map { finding in
                RecordedChange(
                    version: pending.since!, catalog: finding.catalog, id: finding.id, rule: finding.rule,
                    name: finding.name,
                    old: finding.old, new: finding.new, note: finding.isBreaking ? finding.acknowledgement : nil)
            }
            let pendingCodes = Dictionary(
                pending.findings.map { ("\($0.catalog)#\($0.id)", $0.code) }, uniquingKeysWith: { a, _ in a })
            out += "\n## Unreleased\n"
            out += sections(changes, codes: pendingCodes.merging(codes) { a, _ in a })
        }
        for version in ledger.releases.reversed() {
            out += "\n## \(version)\n"
            out += release(version, of: ledger, codes: codes)
        }
        return out
    }

    /// The body of one release's notes: the first release's counts, or its changes in sections.
    /// `link` gives the URL of a change's entry, when it has one to link to.
    static func release(
        _ version: SemanticVersion, of ledger: Ledger, codes: [String: String],
        link: (RecordedChange) -> String? = { _ in nil }
    ) -> String {
        if version == ledger.releases.first {
            let counts = ledger.catalogs.map { catalog in
                (catalog.name, catalog.entries.filter { $0.since == version }.count)
            }
            .filter { $0.1 > 0 }
            let total = counts.reduce(0) { $0 + $1.1 }
            var out =
                "\nFirst release: \(total) "
                + "entr\(total == 1 ? "y" : "ies") in \(counts.count) catalog\(counts.count == 1 ? "" : "s")"
            out += counts.isEmpty ? ".\n" : " (" + counts.map { "`\($0.0)` \($0.1)" }.joined(separator: ", ") + ").\n"
            return out
        }
        let changes = ledger.changes.filter { $0.version == version }
        return changes.isEmpty ? "\nNo changes to the catalogs.\n" : sections(changes, codes: codes, link: link)
    }

    /// The code of every entry the ledger has, by `catalog#id`.
    static func codes(of ledger: Ledger) -> [String: String] {
        Dictionary(
            ledger.catalogs.flatMap { catalog in catalog.entries.map { ("\(catalog.name)#\($0.id)", $0.code) } },
            uniquingKeysWith: { first, _ in first })
    }

    static func sections(
        _ changes: [RecordedChange], codes: [String: String], link: (RecordedChange) -> String? = { _ in nil }
    ) -> String {
        let groups: [(String, (ChangeRule) -> Bool)] = [
            ("Added", { $0 == .entryAdded }), ("Deprecated", { $0 == .deprecated }),
            ("Removed", { $0 == .entryRemoved }),
            ("Changed", { ![.entryAdded, .deprecated, .entryRemoved].contains($0) }),
        ]
        var out = ""
        for (heading, belongs) in groups {
            let lines = changes.filter { belongs($0.rule) }.sorted { ($0.catalog, $0.id) < ($1.catalog, $1.id) }
            guard !lines.isEmpty else { continue }
            out += "\n### \(heading)\n\n"
            for change in lines {
                out += "- " + line(change, code: codes["\(change.catalog)#\(change.id)"], link: link(change)) + "\n"
            }
        }
        return out
    }

    static func line(_ change: RecordedChange, code: String?, link: String? = nil) -> String {
        let name = "`\(change.catalog).\(change.name)`"
        let subject = (link.map { "[\(name)](\($0))" } ?? name) + (code.map { " (\(MarkdownText.codeSpan($0)))" } ?? "")
        func from(_ what: String) -> String {
            "\(what): "
                + "\(change.old.map(MarkdownText.codeSpan) ?? "none") → "
                + "\(change.new.map(MarkdownText.codeSpan) ?? "none")"
        }
        var text: String
        switch change.rule {
        case .entryAdded: text = subject
        case .entryRemoved: text = subject
        case .deprecated: text = subject + ": " + MarkdownText.tableCell(change.new ?? "")
        case .entryRenamed:
            text =
                "`\(change.catalog).\(change.old ?? "")` renamed to `\(change.name)`; the old name stays, "
                + "deprecated, until the next major release"
        case .codeChanged: text = subject + " " + from("wire code")
        case .aliasAdded: text = subject + ": alias \(MarkdownText.codeSpan(change.new ?? "")) added"
        case .aliasRemoved: text = subject + ": alias \(MarkdownText.codeSpan(change.old ?? "")) removed"
        case .httpChanged: text = subject + " " + from("HTTP status")
        case .retryChanged: text = subject + " " + from("retry")
        case .categoryChanged: text = subject + " " + from("category")
        case .titleChanged: text = subject + ": title reworded"
        case .meaningChanged: text = subject + ": meaning reworded"
        case .remedyChanged: text = subject + ": remedy reworded"
        case .parameterAdded: text = subject + ": parameter \(MarkdownText.codeSpan(change.new ?? "")) added"
        case .parameterRemoved: text = subject + ": parameter \(MarkdownText.codeSpan(change.old ?? "")) removed"
        case .parameterRenamed: text = subject + " " + from("parameter")
        case .parameterRetyped: text = subject + " " + from("parameter")
        case .codeReused:
            text =
                subject
                + " now has "
                + "\(MarkdownText.tableCell(change.new ?? "")), which removed entry "
                + "`\(change.catalog).\(change.old ?? "")` had before"
        }
        if let note = change.note { text += " — **breaking**, " + MarkdownText.tableCell(note) }
        return text
    }
}
