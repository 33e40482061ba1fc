import ErrorCatalog

/// One catalog's page: its pipeline (when its categories are steps), its response format, a
/// section per category with each entry, and the codes it no longer has.
struct CatalogPage {
    let emitter: DocsEmitter
    let catalog: Catalog
    /// For a page in a translated language: what is shown in the source language.
    var fallback: LanguageFallback?

    /// The words around the catalog's texts, in the page's language.
    let labels: PageLabels

    init(emitter: DocsEmitter, catalog: Catalog, fallback: LanguageFallback? = nil) {
        self.emitter = emitter
        self.catalog = catalog
        self.fallback = fallback
        labels = PageLabels.of(catalog.locale)
    }

    /// Entries of the ledger this catalog no longer has, oldest id first.
    var removed: [LedgerEntry] {
        emitter.history.removedEntries(of: catalog.name)
    }

    func write(into page: inout PageWriter) {
        let slug = String(DocsEmitter.pageName(catalog).dropLast(3))
        emitter.frontMatter(
            title: catalog.title,
            description: catalog.summary.map(MarkdownText.firstSentence)
                ?? "\(catalog.entries.count) errors of \(catalog.name)",
            slug: slug, into: &page)
        page.raw("# ")
        page.literal(catalog.title)
        page.raw("\n\n")
        if let summary = catalog.summary { page.block(summary) }
        writePageNote(into: &page)
        page.raw("Swift type: ")
        page.code(catalog.name)
        page.raw(" · \(catalog.entries.count) entries")
        page.raw(catalog.caseInsensitive ? " · codes match in any ASCII case" : "")
        page.raw("\n\n")
        if let pipeline = catalog.pipeline { writePipeline(pipeline, into: &page) }
        if let response = catalog.response { writeResponse(response, into: &page) }
        let anchors = self.anchors()
        for section in sections() where !section.entries.isEmpty {
            page.raw("## ")
            page.literal(section.title)
            page.raw(" { #\(section.anchor) }\n\n")
            if let summary = section.summary { page.block(summary) }
            for entry in section.entries {
                writeEntry(entry, aliasAnchors: anchors.aliases[entry.id] ?? [], into: &page)
            }
        }
        writeRemoved(anchors: anchors.removed, into: &page)
    }

    /// The page's anchors besides entries' and categories': each alias's (when no other
    /// anchor has it), in file order, and each removed entry's (its old anchor when still free,
    /// else `removed-<id>`), by id.
    func anchors() -> (aliases: [Int: [String]], removed: [Int: String]) {
        var taken = Set(catalog.entries.map(\.anchor))
        taken.formUnion(catalog.categories.map(\.anchor))
        taken.formUnion(["error-response", "removed-codes", "category-none"])
        var aliases: [Int: [String]] = [:]
        for entry in catalog.entries {
            for alias in entry.aliases {
                let anchor = Naming.slug(alias)
                if !anchor.isEmpty, taken.insert(anchor).inserted { aliases[entry.id, default: []].append(anchor) }
            }
        }
        var removed: [Int: String] = [:]
        for entry in self.removed {
            let preferred = entry.anchor.isEmpty ? Naming.slug(entry.code) : entry.anchor
            let anchor = taken.insert(preferred).inserted ? preferred : "removed-\(entry.id)"
            taken.insert(anchor)
            removed[entry.id] = anchor
        }
        return (aliases, removed)
    }

    /// Where each removed entry is on the page, by id.
    func removedAnchors() -> [Int: String] { anchors().removed }

    /// Sections per category in file order; entries without one come last.
    func sections() -> [(title: String, summary: String?, anchor: String, entries: [CatalogEntry])] {
        var sections: [(title: String, summary: String?, anchor: String, entries: [CatalogEntry])] = []
        var sectionOfCategory: [String: Int] = [:]
        for category in catalog.categories where sectionOfCategory[category.id] == nil {
            sectionOfCategory[category.id] = sections.count
            sections.append((category.title, category.summary, category.anchor, []))
        }
        var uncategorized: [CatalogEntry] = []
        for entry in catalog.entries {
            if let category = entry.category, let section = sectionOfCategory[category] {
                sections[section].entries.append(entry)
            } else {
                uncategorized.append(entry)
            }
        }
        if !uncategorized.isEmpty {
            sections.append(
                (catalog.categories.isEmpty ? "Errors" : "Other errors", nil, "category-none", uncategorized))
        }
        return sections
    }

    /// `- **Aliases:** <code>…</code>, …` when there are any.
    func writeAliases(_ aliases: [String], into page: inout PageWriter) {
        guard !aliases.isEmpty else { return }
        page.raw("- **\(labels.aliases):** ")
        for (position, alias) in aliases.enumerated() {
            if position > 0 { page.raw(", ") }
            page.code(alias)
        }
        page.raw("\n")
    }

    /// The steps in order, each with its number of entries and a link to its section.
    func writePipeline(_ pipeline: String, into page: inout PageWriter) {
        var counts: [String: Int] = [:]
        for entry in catalog.entries { if let category = entry.category { counts[category, default: 0] += 1 } }
        page.raw("<nav class=\"errcat-pipeline\" aria-label=\"")
        page.literal(pipeline)
        page.raw("\">\n")
        for (position, category) in catalog.categories.enumerated() {
            if position > 0 { page.raw("<span class=\"errcat-arrow\" aria-hidden=\"true\">→</span>\n") }
            let count = counts[category.id] ?? 0
            page.raw(
                "<a class=\"errcat-step\" href=\"#\(category.anchor)\"><span "
                    + "class=\"errcat-step-number\">\(position + 1)</span>"
            )
            page.raw("<span class=\"errcat-step-title\">")
            page.literal(category.title)
            page.raw("</span><span class=\"errcat-step-count\">\(count) code\(count == 1 ? "" : "s")</span></a>\n")
        }
        page.raw("</nav>\n\n")
    }

    func writeResponse(_ response: ResponseFormat, into page: inout PageWriter) {
        page.raw("## Error response { #error-response }\n\n")
        if let summary = response.summary { page.block(summary) }
        page.raw("| Field | Type | Required | Description |\n|---|---|---|---|\n")
        for field in response.fields {
            page.raw("| ")
            page.code(field.name)
            page.raw(" | \(field.type.rawValue) | \(field.required ? "yes" : "no") | ")
            page.cell(field.description ?? "")
            page.raw(" |\n")
        }
        if let example = response.example {
            page.raw("\nExample:\n\n")
            DocsEmitter.fence(example, language: "json", into: &page)
        } else {
            page.raw("\n")
        }
    }

    func writeEntry(_ entry: CatalogEntry, aliasAnchors: [String], into page: inout PageWriter) {
        writeHeading(entry, aliasAnchors: aliasAnchors, into: &page)
        if let fallback, fallback.translatesAnything, fallback.sharedGap(of: catalog.entries) == nil,
            let missing = fallback.untranslated[entry.name]
        {
            writeNote(missing, into: &page)
        }
        writeFacts(entry, into: &page)
        if let messages = entry.messages {
            writeMessages(entry, messages, into: &page)
        } else {
            page.raw("**\(labels.whatHappened)** ")
            page.block(entry.meaning)
            writeRemedy(entry.remedy, into: &page)
        }
        writeLinks(entry.links, into: &page)
        if let response = catalog.response, let body = exampleBody(response, entry) {
            page.raw("**\(labels.responseBody):**\n\n")
            DocsEmitter.fence(body, language: "json", into: &page)
        }
        page.raw("**\(labels.inSwift):**\n\n")
        DocsEmitter.fence(swiftSnippet(entry), language: "swift", into: &page)
    }

    /// The alias anchors, the heading with the entry's anchor, and a deprecation warning.
    func writeHeading(_ entry: CatalogEntry, aliasAnchors: [String], into page: inout PageWriter) {
        // Every alias is an anchor too, so a link made from any wire code lands here.
        if !aliasAnchors.isEmpty {
            page.raw(aliasAnchors.map { "<a id=\"\($0)\"></a>" }.joined() + "\n\n")
        }
        page.raw("### ")
        page.code(entry.code)
        if let title = entry.title {
            page.raw(" — ")
            page.literal(title)
        }
        // Search ranks an entry's heading above every other mention of its code.
        page.raw(" { #\(entry.anchor) data-pagefind-weight=\"10\" }\n\n")
        if let deprecation = entry.deprecation {
            page.raw("!!! warning \"Deprecated\"\n\n    ")
            page.cell(deprecation)
            page.raw("\n\n")
        }
    }

    /// The list of facts: what the code matches, aliases, category, status, retry, since, Swift name.
    func writeFacts(_ entry: CatalogEntry, into page: inout PageWriter) {
        if entry.isCatchAll { page.raw("- **Matches:** any code no other entry matches (catch-all)\n") }
        if let tail = entry.familyTailStart {
            page.raw("- **Family:** matches every code of this form, each `x` in ")
            page.code(String(decoding: Array(entry.code.utf8)[tail...], as: UTF8.self))
            page.raw(" standing for a digit\n")
        }
        writeAliases(entry.aliases, into: &page)
        if let category = catalog.category(entry.category) {
            page.raw("- **\(labels.category):** [")
            page.literal(category.title)
            page.raw("](#\(category.anchor))\n")
        }
        if let status = entry.httpStatus { page.raw("- **\(labels.httpStatus):** \(status)\n") }
        if let retry = entry.retry {
            page.raw("- **\(labels.retry):** ")
            page.cell(emitter.retryText(retry))
            page.raw("\n")
        }
        page.raw(
            "- **\(labels.since):** " + (entry.since.map { "[\($0)](changelog/\($0).md)" } ?? labels.notYetReleased)
                + "\n")
        page.raw("- **Swift:** ")
        page.code("\(catalog.name).\(entry.name)")
        page.raw(" (id \(entry.id))\n\n")
    }

    func writeRemedy(_ remedy: Remedy, into page: inout PageWriter) {
        switch remedy {
        case .text(let remedy):
            page.raw("**\(labels.whatToDo)** ")
            page.block(remedy)
        case .steps(let steps):
            page.raw("**\(labels.whatToDo)**\n\n")
            for (position, step) in steps.enumerated() {
                page.raw("\(position + 1). ")
                page.cell(step)
                page.raw("\n")
            }
            page.raw("\n")
        }
    }

    func writeLinks(_ links: [ErrorLink], into page: inout PageWriter) {
        guard !links.isEmpty else { return }
        page.raw("**\(labels.seeAlso):**\n\n")
        for link in links {
            let title = String(
                MarkdownText.tableCell(link.title).flatMap { $0 == "[" || $0 == "]" ? ["\\", $0] : [$0] })
            if let url = link.url, DocsEmitter.isSafeURL(url) {
                page.raw("- [\(title)](<\(url)>)\n")
            } else {
                page.raw("- \(title)\n")
            }
        }
        page.raw("\n")
    }

    /// The catalog's response body for this entry (see ``ResponseExample``).
    func exampleBody(_ response: ResponseFormat, _ entry: CatalogEntry) -> String? {
        var json = JSONWriter()
        guard ResponseExample.write(response, entry, key: nil, into: &json) else { return nil }
        return String(json.text.dropLast())
    }

    /// How an app catches the error.
    func swiftSnippet(_ entry: CatalogEntry) -> String {
        let name = Naming.swiftIdentifier(entry.name)
        if !entry.parameters.isEmpty {
            let arguments = entry.parameters.map {
                "\(Naming.argumentLabel($0.name)): \(SwiftEmitter.swiftLiteral($0.example))"
            }
            let bindings = entry.parameters.map { "let \(Naming.swiftIdentifier($0.name))" }
            return """
                throw \(catalog.name).\(name)(\(arguments.joined(separator: ", ")))

                do {
                    try await send(request)
                } catch \(catalog.name).\(name)(\(bindings.joined(separator: ", "))) {
                    // What to do: see above; error.remedy holds it too.
                }
                // From a response body: try \(catalog.name)(problemBody: body)
                """
        }
        return """
            do {
                try await send(request)
            } catch \(catalog.name).\(name) {
                // What to do: see above; error.remedy holds it too.
            }
            // From a response body: \(catalog.name)(code: body.code) == .\(name)
            """
    }

    /// Codes the catalog no longer has, under their old anchors, so old links and old apps'
    /// `docURL`s still land somewhere that explains.
    func writeRemoved(anchors: [Int: String], into page: inout PageWriter) {
        let removed = self.removed
        guard !removed.isEmpty else { return }
        page.raw(
            "## Removed codes { #removed-codes }\n\nThese codes are no longer sent. They stay here so that old links "
                + "and the `docURL` of apps built before their removal still explain them.\n\n"
        )
        for entry in removed {
            let anchor = anchors[entry.id] ?? "removed-\(entry.id)"
            page.raw("### ")
            page.code(entry.code)
            page.raw(" — removed in \(entry.removed!) { #\(anchor) }\n\n")
            page.raw("- **Was:** ")
            page.code("\(catalog.name).\(entry.name)")
            page.raw(
                " (id \(entry.id)), since [\(entry.since)](changelog/\(entry.since).md), removed in "
                    + "[\(entry.removed!)](changelog/\(entry.removed!).md)\n"
            )
            writeAliases(entry.aliases, into: &page)
            writeReuse(of: entry, into: &page)
            if let deprecation = entry.deprecation {
                page.raw("- **Instead:** ")
                page.cell(deprecation)
                page.raw("\n")
            }
            page.raw("\n**What it meant.** ")
            page.block(entry.meaning)
        }
    }

    /// The entries that now have a removed entry's codes (a reuse released with
    /// `breaking_change:`), linked: a reader who arrives with the old meaning sees the new one.
    func writeReuse(of removed: LedgerEntry, into page: inout PageWriter) {
        let codes = Set([removed.code] + removed.aliases)
        for entry in catalog.entries where !entry.isCatchAll {
            let taken = entry.allCodes.filter(codes.contains)
            guard !taken.isEmpty else { continue }
            page.raw("- **Now used by:** [")
            page.code("\(catalog.name).\(entry.name)")
            page.raw("](#\(entry.anchor)) (id \(entry.id)) has ")
            for (position, code) in taken.enumerated() {
                if position > 0 { page.raw(", ") }
                page.code(code)
            }
            page.raw(" now\n")
        }
    }
}

extension CatalogPage {
    /// What the page shows in the source language, said once at its top: all of it, when the
    /// translation gives it no text; the texts every entry leaves out, when they are the same.
    func writePageNote(into page: inout PageWriter) {
        guard let fallback, !fallback.untranslated.isEmpty else { return }
        let labels = self.labels
        if !fallback.translatesAnything {
            page.raw("!!! note \"\(labels.notTranslated)\"\n    ")
            page.literal(labels.naming(labels.pageInSource, source: fallback.sourceLocale, page: catalog.locale))
            page.raw("\n\n")
        } else if let shared = fallback.sharedGap(of: catalog.entries) {
            writeNote(shared, into: &page)
        }
    }

    /// A note that `missing` texts are shown in the source language.
    func writeNote(_ missing: [EntryText], into page: inout PageWriter) {
        guard let fallback else { return }
        let labels = self.labels
        page.raw("!!! note \"\(labels.notTranslated)\"\n    ")
        page.literal(
            labels.naming(labels.shownInSource, source: fallback.sourceLocale, page: catalog.locale) + " "
                + labels.list(missing) + ".")
        page.raw("\n\n")
    }
}
