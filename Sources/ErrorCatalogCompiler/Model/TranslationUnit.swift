import ErrorCatalog

/// Where a translatable text lives, as translators' files name it: the catalog's Swift name,
/// then the text's path in the translation file (`IntegrationHub/errors/authFailed/meaning`,
/// `…/remedy/2` for a remedy's second step, `IntegrationHub/categories/auth/title`). It is
/// gettext's `msgctxt`, XLIFF's unit id and the String Catalog's key.
public struct TextKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Which text of the catalog.
    public enum Field: Hashable, Sendable {
        /// The catalog's title.
        case catalogTitle
        /// The catalog's introduction.
        case catalogSummary
        /// A category's title, by category id.
        case categoryTitle(String)
        /// A category's introduction.
        case categorySummary(String)
        /// A text of an entry, by Swift name (a remedy's step counts from 0 here and from 1 in
        /// the key's path).
        case entry(String, EntryText)
    }

    /// The catalog's Swift type name.
    public var catalog: String
    /// The text.
    public var field: Field

    /// A key.
    public init(catalog: String, field: Field) {
        self.catalog = catalog
        self.field = field
    }

    /// Reads a key written by ``description``; `nil` for any other text.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty else { return nil }
        catalog = parts[0]
        switch (parts.count, parts[1]) {
        case (2, "title"): field = .catalogTitle
        case (2, "summary"): field = .catalogSummary
        case (4, "categories") where parts[3] == "title": field = .categoryTitle(parts[2])
        case (4, "categories") where parts[3] == "summary": field = .categorySummary(parts[2])
        case (4, "errors") where parts[3] == "title": field = .entry(parts[2], .title)
        case (4, "errors") where parts[3] == "meaning": field = .entry(parts[2], .meaning)
        case (4, "errors") where parts[3] == "remedy": field = .entry(parts[2], .remedy(step: nil))
        case (5, "errors") where parts[3] == "remedy":
            guard let step = Int(parts[4]), step >= 1 else { return nil }
            field = .entry(parts[2], .remedy(step: step - 1))
        default: return nil
        }
        // No part of a key is empty (`Shop/errors//meaning`).
        if parts.contains(where: \.isEmpty) { return nil }
    }

    /// The entry the text belongs to, for an entry's text.
    public var entry: String? {
        switch field {
        case .entry(let name, _): name
        case .catalogTitle, .catalogSummary, .categoryTitle, .categorySummary: nil
        }
    }

    public var description: String {
        switch field {
        case .catalogTitle: "\(catalog)/title"
        case .catalogSummary: "\(catalog)/summary"
        case .categoryTitle(let id): "\(catalog)/categories/\(id)/title"
        case .categorySummary(let id): "\(catalog)/categories/\(id)/summary"
        case .entry(let name, .title): "\(catalog)/errors/\(name)/title"
        case .entry(let name, .meaning): "\(catalog)/errors/\(name)/meaning"
        case .entry(let name, .remedy(nil)): "\(catalog)/errors/\(name)/remedy"
        case .entry(let name, .remedy(let step?)): "\(catalog)/errors/\(name)/remedy/\(step + 1)"
        }
    }

    public static func < (a: TextKey, b: TextKey) -> Bool { a.description < b.description }
}

/// One text for a translator: the source, its translation into one locale if any, and what a
/// translator needs to know about it. Exporters write units; importers read them back.
public struct TranslationUnit: Sendable, Hashable {
    /// How far the translation is.
    public enum State: Sendable, Hashable {
        /// No translation.
        case untranslated
        /// Translated from the current source.
        case translated
        /// Translated from an earlier source, which is given when the ledger has it.
        case stale(previousSource: String?)
    }

    /// Where the text lives.
    public var key: TextKey
    /// The source text (ICU MessageFormat when the entry has parameters).
    public var source: String
    /// The source, compiled, when the entry has parameters.
    public var sourceMessage: Message?
    /// The translation, when there is one.
    public var translation: String?
    /// The translation, compiled, when the entry has parameters.
    public var translationMessage: Message?
    /// How far the translation is.
    public var state: State
    /// Lines for the translator: the entry's code, category and parameters.
    public var notes: [String]
    /// Where the source text is written.
    public var reference: SourceLocation
}

/// One catalog's units for one locale: what one translators' file holds.
public struct TranslationUnits: Sendable {
    /// The catalog's Swift type name.
    public var catalog: String
    /// The catalog's title.
    public var title: String
    /// The catalog's file name (`integration-hub.yaml`), for naming the exported file.
    public var sourceFile: String
    /// The catalog's language.
    public var sourceLocale: String
    /// The language translated into.
    public var locale: String
    /// The units in the catalog's order.
    public var units: [TranslationUnit]
}
