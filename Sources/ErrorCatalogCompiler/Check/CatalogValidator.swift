import ErrorCatalog

/// Checks that relate a catalog's parts to each other: category references, unique
/// case names and anchors, a single catch-all, and contradictions a reviewer would flag.
/// Assigns derived names and anchors.
struct CatalogValidator {
    let locations: NodeLocations
    var diagnostics = DiagnosticList()

    init(locations: NodeLocations) { self.locations = locations }

    func location(_ node: Int) -> SourceLocation { locations.location(node) }

    /// Checks `catalog`, whose entries are written at `sources` (index for index), and
    /// gives each entry its name and anchor.
    mutating func validate(_ catalog: inout Catalog, sources: [CatalogDecoder.EntrySource]) {
        checkCategories(catalog.categories)
        let categoryIDs = Set(catalog.categories.map(\.id))
        var catchAll: Int?
        // Entries are read in place (see CatalogEntry).
        for index in catalog.entries.indices {
            if let category = catalog.entries[index].category, !categoryIDs.contains(category) {
                let declared =
                    catalog.categories.isEmpty
                    ? "; the catalog declares no categories"
                    : Spelling.hint(for: category, among: catalog.categories.map(\.id))
                diagnostics.error(
                    "unknown category '\(category)'\(declared)",
                    at: location(sources[index].categoryNode ?? sources[index].codeNode))
            }
            if catalog.entries[index].isCatchAll {
                if let first = catchAll {
                    diagnostics.error(
                        "a catalog has at most one catch-all entry",
                        at: location(sources[index].catchAllNode ?? sources[index].codeNode),
                        notes: [Diagnostic(.note, "the first catch-all", at: catalog.entries[first].location)])
                } else {
                    catchAll = index
                }
            }
            checkAliases(catalog.entries[index].aliases, of: catalog.entries[index].code, sources[index])
            checkRetry(catalog.entries[index].retry, status: catalog.entries[index].httpStatus, sources[index])
        }
        let copies = checkSharedCodes(catalog, sources: sources)
        assignNames(&catalog.entries, sources: sources, copies: copies)
        assignAnchors(&catalog.entries, categories: catalog.categories, sources: sources)
    }

    mutating func checkCategories(_ categories: [CatalogCategory]) {
        var ids: [String: CatalogCategory] = [:]
        var names: [String: CatalogCategory] = [:]
        for category in categories {
            if let first = ids[category.id] {
                diagnostics.error(
                    "duplicate category id '\(category.id)'", at: category.location,
                    notes: [Diagnostic(.note, "first declared here", at: first.location)])
                continue
            }
            ids[category.id] = category
            if let first = names[category.swiftName] {
                diagnostics.error(
                    "category id '\(category.id)' and '\(first.id)' both become the Swift case "
                        + "'\(category.swiftName)'; rename one",
                    at: category.location,
                    notes: [Diagnostic(.note, "'\(first.id)' is declared here", at: first.location)])
            }
            names[category.swiftName] = category
        }
    }

    mutating func checkAliases(_ aliases: [String], of code: String, _ source: CatalogDecoder.EntrySource) {
        guard !aliases.isEmpty else { return }
        var seen: Set<String> = [code]
        for alias in aliases where !seen.insert(alias).inserted {
            diagnostics.warning(
                "alias '\(alias)' repeats a code of the same entry", at: location(source.codeNode))
        }
    }

    /// A 4xx other than 408 (timeout) and 429 (rate limit) fails again when retried as is.
    mutating func checkRetry(_ retry: RetryBehavior?, status: Int?, _ source: CatalogDecoder.EntrySource) {
        guard let status, (400...499).contains(status), status != 408, status != 429,
            let retry, retry.isRetryable
        else { return }
        diagnostics.warning(
            "HTTP \(status) is marked retryable ('\(retry.policy.rawValue)'), but a 4xx other than 408 and 429 fails "
                + "again unless the request changes",
            at: location(source.retryNode ?? source.codeNode))
    }

    /// Settles every entry's case name (written, or derived by the decoder), reporting
    /// duplicates and derived names that collide, except for `copies`: entries already reported
    /// for repeating another's code, which a name of their own would not fix.
    mutating func assignNames(
        _ entries: inout [CatalogEntry], sources: [CatalogDecoder.EntrySource], copies: Set<Int> = []
    ) {
        var owners: [String: Int] = [:]
        owners.reserveCapacity(sources.count)
        // Written names claim theirs first, so a derived name never takes a written one.
        for (index, source) in sources.enumerated() {
            guard let (name, node) = source.explicitName else { continue }
            if let first = owners[name] {
                diagnostics.error(
                    "duplicate entry name '\(name)'", at: location(node),
                    notes: [Diagnostic(.note, "'\(name)' is first used here", at: entries[first].location)])
            } else {
                owners[name] = index
            }
        }
        for (index, source) in sources.enumerated() where source.explicitName == nil {
            let name = entries[index].name
            if let first = owners[name] {
                guard !copies.contains(index) else { continue }
                let other = entries[first]
                let origin = other.nameIsDerived ? "derived from code '\(other.code)'" : "written as 'name: \(name)'"
                diagnostics.error(
                    "entry name '\(name)' derived from code '\(entries[index].code)' collides with the entry at "
                        + "\(other.location) (\(origin)); add 'name:' to this entry with a distinct Swift name, for "
                        + "example 'name: \(suggestion(for: name, taken: owners))'",
                    at: location(source.codeNode),
                    notes: [Diagnostic(.note, "the other entry named '\(name)'", at: other.location)])
            } else {
                owners[name] = index
            }
        }
    }

    func suggestion(for name: String, taken: [String: Int]) -> String {
        var counter = 2
        while taken["\(name)\(counter)"] != nil { counter += 1 }
        return "\(name)\(counter)"
    }

    /// Gives every entry a unique anchor: written anchors first; otherwise the slug of the
    /// code (proposed by the decoder), or, when an earlier entry or a category section holds
    /// that, the slug of the code and of the name joined by `--`.
    mutating func assignAnchors(
        _ entries: inout [CatalogEntry], categories: [CatalogCategory], sources: [CatalogDecoder.EntrySource]
    ) {
        var taken: [String: Int] = [:]
        taken.reserveCapacity(sources.count)
        let categoryAnchors = Set(categories.map(\.anchor))
        for (index, source) in sources.enumerated() {
            guard let (anchor, node) = source.explicitAnchor else { continue }
            if categoryAnchors.contains(anchor) {
                diagnostics.error(
                    "anchor '\(anchor)' is the anchor of a category section; choose another", at: location(node))
            } else if let first = taken[anchor] {
                diagnostics.error(
                    "duplicate anchor '\(anchor)'", at: location(node),
                    notes: [Diagnostic(.note, "first used here", at: entries[first].location)])
            }
            taken[anchor] = index
        }
        // Category anchors all start with "category-", so only such slugs can collide with them.
        func isFree(_ anchor: String) -> Bool {
            taken[anchor] == nil && !(anchor.hasPrefix("category-") && categoryAnchors.contains(anchor))
        }
        for index in entries.indices where sources[index].explicitAnchor == nil {
            var anchor = entries[index].anchor
            if anchor.isEmpty { anchor = "entry" }
            if !anchor.hasPrefix("category-") {
                // One hash: claim the slug, and give it back if an earlier entry holds it.
                guard let earlier = taken.updateValue(index, forKey: anchor) else {
                    entries[index].anchor = anchor
                    continue
                }
                taken[anchor] = earlier
            }
            if !isFree(anchor) {
                anchor += "--" + Naming.slug(Naming.words(entries[index].name).joined(separator: "-"))
            }
            let stem = anchor
            var counter = 2
            while !isFree(anchor) {
                anchor = "\(stem)-\(counter)"
                counter += 1
            }
            taken[anchor] = index
            entries[index].anchor = anchor
        }
    }
}
