/// Checks that relate a catalog's parts to each other: category references, unique
/// case names and anchors, a single catch-all, and contradictions a reviewer would flag.
/// Assigns derived names and anchors.
struct CatalogValidator {
    let document: YAMLDocument
    var diagnostics = DiagnosticList()

    init(document: YAMLDocument) { self.document = document }

    func location(_ node: Int) -> SourceLocation { document.location(node) }

    mutating func validate(_ catalog: inout Catalog, drafts: [CatalogDecoder.Draft]) {
        checkCategories(catalog.categories)
        let categoryIDs = Set(catalog.categories.map(\.id))
        var catchAll: CatalogDecoder.Draft?
        for draft in drafts {
            let entry = draft.entry
            if let category = entry.category, !categoryIDs.contains(category) {
                let declared = catalog.categories.isEmpty
                    ? "; the catalog declares no categories" : Spelling.hint(for: category, among: catalog.categories.map(\.id))
                diagnostics.error("unknown category '\(category)'\(declared)", at: location(draft.categoryNode ?? draft.codeNode))
            }
            if entry.isCatchAll {
                if let first = catchAll {
                    diagnostics.error(
                        "a catalog has at most one catch-all entry", at: location(draft.catchAllNode ?? draft.codeNode),
                        notes: [Diagnostic(.note, "the first catch-all", at: first.entry.location)])
                } else {
                    catchAll = draft
                }
            }
            checkAliases(draft)
            checkRetry(draft)
        }
        catalog.entries = assignNames(drafts)
        assignAnchors(&catalog.entries, categories: catalog.categories, drafts: drafts)
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
                    "category id '\(category.id)' and '\(first.id)' both become the Swift case '\(category.swiftName)'; rename one",
                    at: category.location, notes: [Diagnostic(.note, "'\(first.id)' is declared here", at: first.location)])
            }
            names[category.swiftName] = category
        }
    }

    mutating func checkAliases(_ draft: CatalogDecoder.Draft) {
        guard !draft.entry.aliases.isEmpty else { return }
        var seen: Set<String> = [draft.entry.code]
        for alias in draft.entry.aliases where !seen.insert(alias).inserted {
            diagnostics.warning(
                "alias '\(alias)' repeats a code of the same entry", at: location(draft.codeNode))
        }
    }

    /// A 4xx other than 408 (timeout) and 429 (rate limit) fails again when retried as is.
    mutating func checkRetry(_ draft: CatalogDecoder.Draft) {
        guard let status = draft.entry.httpStatus, (400...499).contains(status), status != 408, status != 429,
            let retry = draft.entry.retry, retry.isRetryable
        else { return }
        diagnostics.warning(
            "HTTP \(status) is marked retryable ('\(retry.policy.rawValue)'), but a 4xx other than 408 and 429 fails again unless the request changes",
            at: location(draft.retryNode ?? draft.codeNode))
    }

    /// Gives every entry its case name, reporting duplicates and derived names that collide.
    mutating func assignNames(_ drafts: [CatalogDecoder.Draft]) -> [CatalogEntry] {
        var entries = drafts.map(\.entry)
        var owners: [String: Int] = [:]
        owners.reserveCapacity(drafts.count)
        // Written names claim theirs first, so a derived name never takes a written one.
        for (index, draft) in drafts.enumerated() {
            guard let (name, node) = draft.explicitName else { continue }
            if let first = owners[name] {
                diagnostics.error(
                    "duplicate entry name '\(name)'", at: location(node),
                    notes: [Diagnostic(.note, "'\(name)' is first used here", at: entries[first].location)])
            } else {
                owners[name] = index
            }
        }
        for (index, draft) in drafts.enumerated() where draft.explicitName == nil {
            let name = Naming.derivedCaseName(code: draft.entry.code, title: draft.entry.title)
            entries[index].name = name
            if let first = owners[name] {
                let other = entries[first]
                let origin = other.nameIsDerived ? "derived from code '\(other.code)'" : "written as 'name: \(name)'"
                diagnostics.error(
                    "entry name '\(name)' derived from code '\(draft.entry.code)' collides with the entry at \(other.location) (\(origin)); add 'name:' to this entry with a distinct Swift name, for example 'name: \(suggestion(for: name, taken: owners))'",
                    at: location(draft.codeNode),
                    notes: [Diagnostic(.note, "the other entry named '\(name)'", at: other.location)])
            } else {
                owners[name] = index
            }
        }
        return entries
    }

    func suggestion(for name: String, taken: [String: Int]) -> String {
        var counter = 2
        while taken["\(name)\(counter)"] != nil { counter += 1 }
        return "\(name)\(counter)"
    }

    /// Gives every entry a unique anchor: written anchors first; otherwise the slug of the
    /// code, or, when an earlier entry or a category section holds that, the slug of the code
    /// and of the name joined by `--`.
    mutating func assignAnchors(
        _ entries: inout [CatalogEntry], categories: [CatalogCategory], drafts: [CatalogDecoder.Draft]
    ) {
        var taken: [String: Int] = [:]
        taken.reserveCapacity(drafts.count)
        let categoryAnchors = Set(categories.map(\.anchor))
        for (index, draft) in drafts.enumerated() {
            guard let (anchor, node) = draft.explicitAnchor else { continue }
            if categoryAnchors.contains(anchor) {
                diagnostics.error("anchor '\(anchor)' is the anchor of a category section; choose another", at: location(node))
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
        for index in entries.indices where drafts[index].explicitAnchor == nil {
            var anchor = Naming.slug(entries[index].code)
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
