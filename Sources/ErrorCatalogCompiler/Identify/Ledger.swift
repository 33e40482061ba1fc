import ErrorCatalog

/// The released state of a folder's catalogs: every release so far, what changed in each,
/// and every entry ever released with its stable id. Written only by `errcat release`
/// (``LedgerWriter``), read by ``LedgerReader``; the format is described in the README.
public struct Ledger: Sendable {
    /// Every release, oldest first.
    public var releases: [SemanticVersion] = []
    /// What each release changed, in release order (nothing is recorded for the first).
    public var changes: [RecordedChange] = []
    /// The catalogs, sorted by name.
    public var catalogs: [LedgerCatalog] = []

    /// An empty ledger: nothing released yet.
    public init() {}

    /// The newest release, if any.
    public var latest: SemanticVersion? { releases.last }

    /// The catalog named `name`.
    public func catalog(_ name: String) -> LedgerCatalog? { catalogs.first { $0.name == name } }

    /// The entries of the catalog named `name` that are removed (tombstones), by ascending id.
    public func removedEntries(of name: String) -> [LedgerEntry] {
        catalog(name)?.entries.filter { $0.removed != nil } ?? []
    }
}

/// One catalog's entries in the ledger.
public struct LedgerCatalog: Sendable {
    /// The catalog's Swift type name.
    public var name: String
    /// The id the next new entry gets: one more than the highest id ever issued.
    public var nextID: Int
    /// Every entry ever released, live or removed, by ascending id.
    public var entries: [LedgerEntry]
    /// Where the catalog's block starts.
    public var location: SourceLocation

    /// A catalog block.
    public init(name: String, nextID: Int, entries: [LedgerEntry], location: SourceLocation) {
        self.name = name
        self.nextID = nextID
        self.entries = entries
        self.location = location
    }
}

/// An entry as it was last released, or a tombstone of a removed one.
public struct LedgerEntry: Sendable {
    /// What sort of code the entry has.
    public enum Kind: String, Sendable {
        /// An exact code (and aliases).
        case exact
        /// A family pattern such as `5xx`.
        case family
        /// The catch-all.
        case catchAll = "catch-all"
    }

    /// The stable id: never changed, never reused.
    public var id: Int
    /// The Swift case name.
    public var name: String
    /// The primary wire code.
    public var code: String
    /// Further wire codes.
    public var aliases: [String] = []
    /// What sort of code it is.
    public var kind: Kind = .exact
    /// Short human label.
    public var title: String?
    /// The category's identifier.
    public var category: String?
    /// HTTP status.
    public var httpStatus: Int?
    /// Whether and how to retry.
    public var retry: RetryBehavior?
    /// Why it is deprecated.
    public var deprecation: String?
    /// What happened.
    public var meaning: String = ""
    /// What to do, as one text (steps numbered).
    public var remedy: String = ""
    /// The message parameters, in order, each as `name:type`.
    public var parameters: [String] = []
    /// The release that introduced it.
    public var since: SemanticVersion
    /// The release that removed it; a removed entry is a tombstone that reserves its codes
    /// and name.
    public var removed: SemanticVersion?
    /// The documentation anchor: a removed entry keeps its place on the page under it, so old
    /// links still land somewhere.
    public var anchor: String = ""
    /// Earlier Swift names and the release that renamed each, kept as deprecated members
    /// until the next major release.
    public var formerNames: [FormerName] = []
    /// Where the entry's line is.
    public var location: SourceLocation

    /// Every wire code: the primary one, then the aliases.
    public var allCodes: [String] { [code] + aliases }

    /// An entry with the given identity; other fields take their defaults.
    public init(id: Int, name: String, code: String, since: SemanticVersion, location: SourceLocation) {
        self.id = id
        self.name = name
        self.code = code
        self.since = since
        self.location = location
    }
}

/// A Swift name an entry had before a rename.
public struct FormerName: Hashable, Sendable {
    /// The earlier name.
    public var name: String
    /// The release that renamed it.
    public var renamedIn: SemanticVersion

    /// `name`, renamed in `renamedIn`.
    public init(name: String, renamedIn: SemanticVersion) {
        self.name = name
        self.renamedIn = renamedIn
    }
}

/// A change as a release recorded it, for changelogs.
public struct RecordedChange: Sendable, Hashable {
    /// The release.
    public var version: SemanticVersion
    /// The catalog's name.
    public var catalog: String
    /// The entry's id.
    public var id: Int
    /// What changed.
    public var rule: ChangeRule
    /// The entry's Swift name after the release (before it, for a removal).
    public var name: String
    /// The value before and after, where the rule has one.
    public var old: String?
    /// The value after.
    public var new: String?
    /// Why a breaking change was made (`breaking_change:`).
    public var note: String?

    /// A recorded change.
    public init(
        version: SemanticVersion, catalog: String, id: Int, rule: ChangeRule, name: String, old: String? = nil,
        new: String? = nil, note: String? = nil
    ) {
        self.version = version
        self.catalog = catalog
        self.id = id
        self.rule = rule
        self.name = name
        self.old = old
        self.new = new
        self.note = note
    }
}
