import ErrorCatalog

/// The site's first page: every catalog, and a table of every code that can be filtered by
/// category, HTTP status and retry behaviour in the page (`assets/errcat.js`; the filter is
/// kept in the URL, so a filtered view can be shared).
struct IndexPage {
    let emitter: DocsEmitter
    let catalogs: [Catalog]

    /// The words around the catalogs' texts, in the page's language (the catalogs' locale).
    let labels: PageLabels

    init(emitter: DocsEmitter, catalogs: [Catalog]) {
        self.emitter = emitter
        self.catalogs = catalogs
        labels = PageLabels.of(catalogs.first?.locale ?? "en")
    }

    func write(into page: inout PageWriter) {
        let entries = catalogs.entryCount
        let codes = catalogs.reduce(0) { $0 + Set($1.entries.filter { !$0.isCatchAll }.flatMap(\.allCodes)).count }
        emitter.frontMatter(
            title: emitter.siteName, description: "\(entries) errors in \(catalogs.count) catalogs", slug: "index",
            into: &page)
        page.raw("# ")
        page.literal(emitter.siteName)
        page.raw("\n\n" + counts(entries: entries, codes: codes))
        if let latest = emitter.history.latest {
            page.raw(" \(labels.latestRelease): [\(latest)](changelog/\(latest).md).")
        }
        page.raw(
            "\n\n## \(labels.catalogs)\n\n| " + labels.catalogColumns.joined(separator: " | ")
                + " |\n|---|---|---|---|---|\n")
        for catalog in catalogs {
            let distinct = Set(catalog.entries.filter { !$0.isCatchAll }.flatMap(\.allCodes)).count
            page.raw("| [")
            page.literal(catalog.title)
            page.raw(
                "](\(DocsEmitter.pageName(catalog))) | \(catalog.entries.count) | \(distinct) | "
                    + "\(catalog.categories.count) | "
            )
            page.cell(catalog.summary.map(MarkdownText.firstSentence) ?? "")
            page.raw(" |\n")
        }
        writeCodeTable(into: &page)
    }

    /// How many catalogs, entries and distinct codes: a sentence in English, the column names and
    /// numbers in another language (which counts its nouns in forms of its own).
    func counts(entries: Int, codes: Int) -> String {
        let labels = self.labels
        guard labels.language == "en" else {
            let columns = labels.catalogColumns
            return "\(labels.catalogs): \(catalogs.count) · \(columns[1]): \(entries) · \(columns[2]): \(codes)."
        }
        return
            "\(catalogs.count) catalog\(catalogs.count == 1 ? "" : "s"), \(entries) entr\(entries == 1 ? "y" : "ies"), "
            + "\(codes) distinct code\(codes == 1 ? "" : "s")."
    }

    /// The filterable table, as HTML: rows carry their category, status and retry policy as
    /// data attributes, and the whole table stays out of the search index (each code's own
    /// entry is what a search should find).
    func writeCodeTable(into page: inout PageWriter) {
        let labels = self.labels
        page.raw("\n## \(labels.everyCode) { #every-code }\n\n")
        page.raw("<div class=\"errcat-filter\" data-pagefind-ignore>\n")
        page.raw("<label>\(labels.category) <select data-filter=\"category\"><option value=\"\">\(labels.all)</option>")
        for catalog in catalogs {
            for category in catalog.categories {
                page.raw("<option value=\"")
                page.literal(catalog.name + "/" + category.id)
                page.raw("\">")
                page.literal(catalog.title + " — " + category.title)
                page.raw("</option>")
            }
        }
        page.raw(
            "</select></label>\n<label>\(labels.httpStatus) <select data-filter=\"http\"><option value=\"\">"
                + "\(labels.all)</option>")
        let statuses = Set(catalogs.flatMap { $0.entries.compactMap(\.httpStatus) }).sorted()
        for status in statuses { page.raw("<option value=\"\(status)\">\(status)</option>") }
        page.raw("<option value=\"none\">\(labels.none)</option></select></label>\n")
        page.raw("<label>\(labels.retry) <select data-filter=\"retry\"><option value=\"\">\(labels.all)</option>")
        for policy in RetryBehavior.Policy.allCases {
            page.raw("<option value=\"\(policy.rawValue)\">\(policy.rawValue)</option>")
        }
        page.raw("<option value=\"none\">\(labels.notStated)</option></select></label>\n")
        page.raw("<output class=\"errcat-count\" aria-live=\"polite\"></output>\n</div>\n\n")
        page.raw(
            "<table class=\"errcat-codes\" data-pagefind-ignore>\n<thead><tr>"
                + labels.codeColumns.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n")
        for catalog in catalogs {
            // Pages are at `<slug>/` beside the index (use_directory_urls).
            let href = String(DocsEmitter.pageName(catalog).dropLast(3)) + "/"
            var categoryTitles: [String: String] = [:]
            for category in catalog.categories where categoryTitles[category.id] == nil {
                categoryTitles[category.id] = MarkdownText.literalHTML(category.title)
            }
            let catalogTitle = MarkdownText.literalHTML(catalog.title)
            for entry in catalog.entries {
                page.raw("<tr data-category=\"")
                page.literal(catalog.name + "/" + (entry.category ?? ""))
                page.raw(
                    "\" "
                        + "data-http=\"\(entry.httpStatus.map(String.init) ?? "none")\" "
                        + "data-retry=\"\(entry.retry?.policy.rawValue ?? "none")\">"
                )
                page.raw("<td><a href=\"\(href)#\(entry.anchor)\">")
                page.code(entry.code)
                page.raw("</a></td><td>")
                page.code(catalog.name + "." + entry.name)
                page.raw("</td><td>\(catalogTitle)</td><td>\(entry.category.flatMap { categoryTitles[$0] } ?? "")</td>")
                let http = entry.httpStatus.map(String.init) ?? ""
                page.raw("<td>\(http)</td><td>\(entry.retry?.policy.rawValue ?? "")</td><td>")
                page.literal(MarkdownText.firstSentence(entry.meaning))
                page.raw("</td></tr>\n")
            }
        }
        page.raw("</tbody>\n</table>\n")
    }
}
