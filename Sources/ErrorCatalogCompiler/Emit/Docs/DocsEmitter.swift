import ErrorCatalog
import Foundation

/// Writes a documentation site's sources for Material for MkDocs: `mkdocs.yml` and, under
/// `docs/`, an index with a filterable table of every code, one page per catalog (with its
/// removed codes), a changelog page per release, the site's small script and style sheet, and
/// `errors.json`.
///
/// Pages carry front matter that MkDocs, Jekyll and Hugo accept. Every entry has a stable
/// anchor (see ``CatalogEntry/anchor``), and so does each of its aliases; file names come only
/// from validated catalog names and release versions.
public struct DocsEmitter: Sendable {
    /// The site's name in `mkdocs.yml`.
    public var siteName: String
    /// The release ledger: the removed codes each page keeps and the changelog pages come
    /// from it (each entry's `since` comes with the catalogs).
    public var ledger: Ledger

    /// An emitter for a site called `siteName`.
    public init(siteName: String = "Error codes", ledger: Ledger = Ledger()) {
        self.siteName = siteName
        self.ledger = ledger
    }

    /// The page of a catalog: the slug of its name (`IntegrationHubError` →
    /// `integration-hub-error.md`).
    public static func pageName(_ catalog: Catalog) -> String { pageName(catalog.name) }

    /// The page of the catalog named `name`.
    static func pageName(_ name: String) -> String {
        Naming.slug(Naming.words(name).joined(separator: "-")) + ".md"
    }

    /// The changelog page of a release.
    static func releasePage(_ version: SemanticVersion) -> String { "changelog/\(version).md" }

    /// One file of the site: where it goes, and how to write it into a page writer.
    struct SiteFile {
        var path: String
        var write: (inout PageWriter) -> Void
    }

    /// Every file of the site, as (path relative to the output folder, contents), in a
    /// fixed order, held in memory (for tests and small sites; ``write(_:into:)`` streams).
    public func emit(_ catalogs: [Catalog]) -> [(path: String, contents: String)] {
        let files = self.files(catalogs)
        let texts = Parallel.map(files.count, concurrently: Self.entryCount(catalogs) >= Parallel.minimumEntries) { index in
            var page = PageWriter()
            files[index].write(&page)
            return page.text
        }
        return zip(files, texts).map { ($0.path, $1) }
    }

    /// The site of a single catalog.
    public func emit(catalog: Catalog) -> [(path: String, contents: String)] { emit([catalog]) }

    /// Writes the site into `folder`: every file is written in pieces of a megabyte as it is
    /// produced (two at a time on two cores), and only when all are complete are they moved
    /// into place, so a failure leaves the previous site as it was.
    public func write(_ catalogs: [Catalog], into folder: String) throws -> [OutputWriter.Outcome] {
        let output = try StagedOutput(folder: folder, subfolders: ["docs", "docs/changelog", "docs/assets"])
        let files = self.files(catalogs)
        let sinks = try files.map { try output.file($0.path) }
        // Largest first: errors.json and the catalog pages begin earliest.
        let order = Array(files.indices.reversed())
        _ = Parallel.map(order.count, concurrently: Self.entryCount(catalogs) >= Parallel.minimumEntries) { position in
            let index = order[position]
            var page = PageWriter(sink: sinks[index])
            files[index].write(&page)
            page.finish()
            return 0
        }
        return try output.commit()
    }

    static func entryCount(_ catalogs: [Catalog]) -> Int { catalogs.reduce(0) { $0 + $1.entries.count } }

    func files(_ catalogs: [Catalog]) -> [SiteFile] {
        var files = [
            SiteFile(path: "mkdocs.yml") { mkdocsConfig(catalogs, into: &$0) },
            SiteFile(path: "docs/index.md") { IndexPage(emitter: self, catalogs: catalogs).write(into: &$0) },
        ]
        for catalog in catalogs {
            files.append(SiteFile(path: "docs/" + Self.pageName(catalog)) { CatalogPage(emitter: self, catalog: catalog).write(into: &$0) })
        }
        if !ledger.releases.isEmpty {
            let history = HistoryPages(emitter: self, catalogs: catalogs)
            files.append(SiteFile(path: "docs/changelog/index.md") { history.writeIndex(into: &$0) })
            for version in ledger.releases.reversed() {
                files.append(SiteFile(path: "docs/" + Self.releasePage(version)) { history.writeRelease(version, into: &$0) })
            }
        }
        files.append(SiteFile(path: "docs/assets/errcat.css") { $0.raw(SiteAssets.styleSheet) })
        files.append(SiteFile(path: "docs/assets/errcat.js") { $0.raw(SiteAssets.script) })
        files.append(SiteFile(path: "docs/errors.json") { page in ErrorsJSON.write(catalogs, ledger: ledger, into: &page) })
        return files
    }

    func mkdocsConfig(_ catalogs: [Catalog], into page: inout PageWriter) {
        page.raw("""
            # Generated by errcat. Build with Material for MkDocs: mkdocs build --strict
            site_name: \(MarkdownText.yamlQuoted(MarkdownText.tableCell(siteName)))
            docs_dir: docs
            use_directory_urls: true
            theme:
              name: material
              # No fonts from other sites: the reader's system fonts.
              font: false
              features:
                - navigation.instant
                - navigation.tracking
                - content.code.copy
                - search.highlight
                - toc.follow
              palette:
                - media: "(prefers-color-scheme: light)"
                  scheme: default
                  toggle:
                    icon: material/weather-night
                    name: Switch to dark mode
                - media: "(prefers-color-scheme: dark)"
                  scheme: slate
                  toggle:
                    icon: material/weather-sunny
                    name: Switch to light mode
            plugins:
              - search:
                  # Codes split at dots, underscores and hyphens too, so part of a code finds it;
                  # a whole code matches every part of its entry's heading.
                  separator: '[\\s\\-_.,:;!?=/()\\[\\]"]+'
            extra_css:
              - assets/errcat.css
            extra_javascript:
              - assets/errcat.js
            nav:
              - Overview: index.md

            """)
        for catalog in catalogs {
            page.raw("  - \(MarkdownText.yamlQuoted(MarkdownText.tableCell(catalog.title))): \(Self.pageName(catalog))\n")
        }
        if !ledger.releases.isEmpty {
            page.raw("  - Changelog:\n      - changelog/index.md\n")
            for version in ledger.releases.reversed() {
                page.raw("      - \(MarkdownText.yamlQuoted(version.description)): \(Self.releasePage(version))\n")
            }
        }
        page.raw("""
            markdown_extensions:
              - admonition
              - attr_list
              - md_in_html
              - tables
              - pymdownx.highlight
              - pymdownx.superfences
              - toc:
                  permalink: true
            validation:
              omitted_files: warn
              absolute_links: warn
              unrecognized_links: warn
              anchors: warn

            """)
    }

    func frontMatter(title: String, description: String, slug: String, searchBoost: Double? = nil, into page: inout PageWriter) {
        page.raw("---\ntitle: \(MarkdownText.yamlQuoted(MarkdownText.tableCell(title)))\n")
        page.raw("description: \(MarkdownText.yamlQuoted(MarkdownText.tableCell(description)))\n")
        page.raw("slug: \(slug)\nid: \(slug)\n")
        if let searchBoost { page.raw("search:\n  boost: \(searchBoost)\n") }
        page.raw("---\n\n")
    }

    func retryText(_ retry: RetryBehavior) -> String {
        let policy: String = switch retry.policy {
        case .never: "not retryable; fix the cause first"
        case .automatic: "retried automatically"
        case .backoff: "retry with exponential backoff"
        case .retryAfter: "retry after the delay the server names (Retry-After)"
        }
        var details: [String] = []
        if let attempts = retry.maxAttempts { details.append("up to \(attempts) attempts") }
        if let window = retry.windowSeconds { details.append("over \(RetryBehavior.durationText(window))") }
        if let note = retry.note { details.append(note) }
        return details.isEmpty ? policy : policy + " (" + details.joined(separator: ", ") + ")"
    }

    /// Only web and mail links become links; anything else is shown as text.
    static func isSafeURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        let allowed = lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
        return allowed && !url.contains(where: { $0 == "<" || $0 == ">" || $0.isWhitespace })
    }

    /// The longest run of `character` in `text`, for choosing a code fence that `text` cannot close.
    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for next in text {
            current = next == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// A fenced code block of `text` in `language`.
    static func fence(_ text: String, language: String, into page: inout PageWriter) {
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
        page.raw("\(fence)\(language)\n")
        page.raw(text.hasSuffix("\n") ? text : text + "\n")
        page.raw("\(fence)\n\n")
    }
}
