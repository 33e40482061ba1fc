/// The site's changelog: an index of releases and a page per release (added, deprecated,
/// removed, changed), each change linking to its entry, or to its place among a catalog's
/// removed codes.
struct HistoryPages {
    let emitter: DocsEmitter
    let catalogs: [Catalog]
    /// Where each entry is on its page, by `catalog#id` (see ``anchors()``), found once for
    /// every release page.
    let anchorsByEntry: [String: String]
    /// Every code the ledger has, by `catalog#id`.
    let codes: [String: String]

    init(emitter: DocsEmitter, catalogs: [Catalog]) {
        self.emitter = emitter
        self.catalogs = catalogs
        anchorsByEntry = Self.anchors(catalogs, emitter: emitter)
        codes = ChangelogEmitter.codes(of: emitter.history)
    }

    var ledger: Ledger { emitter.history }

    func writeIndex(into page: inout PageWriter) {
        emitter.frontMatter(
            title: "Changelog", description: "Every release of the catalogs", slug: "changelog",
            into: &page)
        page.raw("# Changelog\n\n| Release | Added | Deprecated | Removed | Changed |\n|---|---|---|---|---|\n")
        for version in ledger.releases.reversed() {
            let changes = ledger.changes.filter { $0.version == version }
            let first = version == ledger.releases.first
            let added =
                first
                ? ledger.catalogs.reduce(0) { $0 + $1.entries.filter { $0.since == version }.count }
                : changes.filter { $0.rule == .entryAdded }.count
            let deprecated = changes.filter { $0.rule == .deprecated }.count
            let removed = changes.filter { $0.rule == .entryRemoved }.count
            let changed =
                changes.count - changes.filter { [.entryAdded, .deprecated, .entryRemoved].contains($0.rule) }.count
            page.raw("| [\(version)](\(version).md) | \(added) | \(deprecated) | \(removed) | \(changed) |\n")
        }
        page.raw("\n")
    }

    func writeRelease(_ version: SemanticVersion, into page: inout PageWriter) {
        emitter.frontMatter(
            title: "Release \(version)", description: "What release \(version) of the catalogs changed",
            slug: "changelog-" + Naming.slug(version.description), into: &page)
        page.raw("# Release \(version)\n")
        page.raw(
            ChangelogEmitter.release(version, of: ledger, codes: codes) { change in
                anchorsByEntry["\(change.catalog)#\(change.id)"].map {
                    "../\(DocsEmitter.pageName(change.catalog))#\($0)"
                }
            })
    }

    /// Where each entry is on its catalog's page, by `catalog#id`: live entries at their
    /// anchors, removed ones where ``CatalogPage`` puts them.
    static func anchors(_ catalogs: [Catalog], emitter: DocsEmitter) -> [String: String] {
        var anchors: [String: String] = [:]
        for catalog in catalogs {
            for entry in catalog.entries { anchors["\(catalog.name)#\(entry.id)"] = entry.anchor }
            let page = CatalogPage(emitter: emitter, catalog: catalog)
            for (id, anchor) in page.removedAnchors() { anchors["\(catalog.name)#\(id)"] = anchor }
        }
        return anchors
    }
}
