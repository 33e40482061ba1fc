import ErrorCatalog

/// One checked catalog: what a YAML file declares, with names, anchors and patterns
/// resolved. Emitters read only this.
public struct Catalog: Sendable {
    /// The generated Swift type's name.
    public var name: String
    /// The human title.
    public var title: String
    /// Markdown introduction.
    public var summary: String?
    /// Base URL of the catalog's documentation page.
    public var docsURL: String?
    /// Whether lookups fold ASCII case.
    public var caseInsensitive: Bool
    /// Declared categories, in file order.
    public var categories: [CatalogCategory]
    /// Entries, in file order.
    public var entries: [CatalogEntry]
    /// The error response body the service sends, when declared.
    public var response: ResponseFormat?
    /// Where `catalog:` is declared.
    public var location: SourceLocation
    /// Whether apps may switch over the type without `@unknown default` (`exhaustive: true`);
    /// then a new entry breaks their switches and needs a major release.
    public var isExhaustive = false
    /// The name of the pipeline whose ordered steps the categories are (`pipeline:`), when
    /// they are: the docs draw the steps in order with their number of entries.
    public var pipeline: String?
    /// The BCP 47 tag of the language the catalog is written in (`locale:`, default `en`).
    public var locale = "en"
    /// The catalog's translations, one per locale, sorted by locale (attached by the check stage).
    public var translations: [CatalogTranslation] = []

    /// The source locale, then each translation's.
    public var locales: [String] { [locale] + translations.map(\.locale) }

    /// The category with identifier `id`.
    public func category(_ id: String?) -> CatalogCategory? {
        id.flatMap { id in categories.first { $0.id == id } }
    }

    /// The catch-all entry, if any.
    public var catchAll: CatalogEntry? { entries.first { $0.isCatchAll } }
}

extension [Catalog] {
    /// The number of entries in all the catalogs.
    public var entryCount: Int { reduce(0) { $0 + $1.entries.count } }
}

/// A group of entries (a pipeline step, an API area).
public struct CatalogCategory: Sendable {
    /// Identifier, unique in the catalog.
    public var id: String
    /// The Swift case name of the nested `Category` enum.
    public var swiftName: String
    /// The human title.
    public var title: String
    /// Markdown introduction.
    public var summary: String?
    /// Where the category is declared.
    public var location: SourceLocation

    /// The anchor of the category's section on the documentation page: `category-` and the
    /// slug of its id.
    public var anchor: String { "category-" + Naming.slug(id) }
}

/// One error: a wire code (or family, or catch-all), what it means and what to do.
///
/// A wide value: a copy retains each of its some twenty strings and arrays. Code that visits
/// every entry of a large catalog reads them in place (`entries[index].code`) or hands a helper
/// the fields it needs; `for entry in entries`, or passing `entries[index]` itself, copies each.
public struct CatalogEntry: Sendable {
    /// The primary wire code.
    public var code: String
    /// The Swift case name.
    public var name: String
    /// Whether ``name`` was derived rather than written.
    public var nameIsDerived: Bool
    /// Further wire codes with the same meaning.
    public var aliases: [String]
    /// Short human label.
    public var title: String?
    /// The category's identifier.
    public var category: String?
    /// HTTP status, 100–599.
    public var httpStatus: Int?
    /// What happened (Markdown).
    public var meaning: String
    /// What to do.
    public var remedy: Remedy
    /// Whether and how to retry.
    public var retry: RetryBehavior?
    /// Further documentation.
    public var links: [ErrorLink]
    /// Why the entry is deprecated, and what to use instead.
    public var deprecation: String?
    /// Byte offset of the code's pattern tail, for family entries.
    public var familyTailStart: Int?
    /// Whether the entry is the catch-all.
    public var isCatchAll: Bool
    /// The stable anchor on the documentation page.
    public var anchor: String
    /// Where the entry starts.
    public var location: SourceLocation
    /// The stable numeric id, set only by the identify stage: the ledger's for a released
    /// entry, else the next after the highest id the ledger ever issued (file order, from 1
    /// before the first release). The stages before identify have no id to give: reading it
    /// there is a programming error, and traps.
    public internal(set) var id: Int {
        get {
            precondition(assignedID != 0, "the id of \(code) is read before the identify stage gave it one")
            return assignedID
        }
        set { assignedID = newValue }
    }
    /// The id the identify stage assigned; 0 until then (read through ``id``).
    var assignedID = 0
    /// The release that introduced the entry; `nil` while it is unreleased.
    public var since: String?
    /// The entry's Swift name in the last release, when it is renamed (`renamed_from:`).
    public var renamedFrom: String?
    /// Why a breaking change to this entry since the last release is deliberate
    /// (`breaking_change:`); it acknowledges the change for `errcat check`.
    public var breakingChange: String?
    /// Earlier Swift names generated code keeps as deprecated members that forward to this case.
    public var formerNames: [String] = []
    /// The parameters its messages take (`params:`), in order; empty for fixed texts.
    public var parameters: [EntryParameter] = []
    /// The compiled title, meaning and remedy of an entry with parameters (its ``title``,
    /// ``meaning`` and ``remedy`` are then the ICU MessageFormat templates as written).
    public var messages: EntryMessages?

    /// Whether the entry is a family.
    public var isFamily: Bool { familyTailStart != nil }

    /// The primary code followed by the aliases.
    public var allCodes: [String] { [code] + aliases }
}

/// What to do about an error: prose, or a list of steps.
public enum Remedy: Sendable, Hashable {
    /// Markdown prose.
    case text(String)
    /// Steps to take in order (each Markdown).
    case steps([String])

    /// The remedy as one Markdown text; steps become a numbered list.
    public var text: String {
        switch self {
        case .text(let text): text
        case .steps(let steps): steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        }
    }

    /// The steps, or an empty list for prose.
    public var steps: [String] {
        if case .steps(let steps) = self { steps } else { [] }
    }
}

/// The JSON body a service sends with an error (for example `statusCode, code, message`).
public struct ResponseFormat: Sendable {
    /// Markdown description.
    public var summary: String?
    /// An example body.
    public var example: String?
    /// The body's members, in order.
    public var fields: [Field]

    /// One member of the body.
    public struct Field: Sendable {
        /// The JSON key.
        public var name: String
        /// The Swift property name.
        public var swiftName: String
        /// The JSON type.
        public var type: FieldType
        /// Markdown description.
        public var description: String?
        /// Whether every response carries it.
        public var required: Bool
    }

    /// A member's JSON type.
    public enum FieldType: String, Sendable, CaseIterable {
        /// A JSON string.
        case string
        /// A JSON integer.
        case integer
        /// A JSON number.
        case number
        /// `true` or `false`.
        case boolean
        /// The error's wire code, decoded as `ErrorCode<Catalog>`.
        case code
    }
}
