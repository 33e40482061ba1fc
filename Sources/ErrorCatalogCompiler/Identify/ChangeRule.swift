/// What a change between two releases of an entry is. The raw values are part of
/// `errcat check --format json`'s contract.
public enum ChangeRule: String, Sendable, CaseIterable, Hashable {
    /// A new entry (minor).
    case entryAdded = "entry-added"
    /// An entry is gone (major).
    case entryRemoved = "entry-removed"
    /// The same entry under a new Swift name (minor: the old name stays, deprecated).
    case entryRenamed = "entry-renamed"
    /// The primary wire code changed (major, or minor when the old code stays as an alias).
    case codeChanged = "code-changed"
    /// A wire code was added to an entry (minor).
    case aliasAdded = "alias-added"
    /// A wire code was taken from an entry (major).
    case aliasRemoved = "alias-removed"
    /// The HTTP status changed (major).
    case httpChanged = "http-changed"
    /// The retry policy, attempts or window changed (major).
    case retryChanged = "retry-changed"
    /// The entry moved to another category (major).
    case categoryChanged = "category-changed"
    /// The title changed (patch).
    case titleChanged = "title-changed"
    /// The meaning changed (patch).
    case meaningChanged = "meaning-changed"
    /// The remedy changed (patch).
    case remedyChanged = "remedy-changed"
    /// The entry is newly deprecated (minor).
    case deprecated
    /// A message parameter was added (major: the case's associated values change, also for an
    /// entry that had none).
    case parameterAdded = "parameter-added"
    /// A message parameter was removed (major).
    case parameterRemoved = "parameter-removed"
    /// A message parameter has a new name in the same place (major).
    case parameterRenamed = "parameter-renamed"
    /// A message parameter has a new type (major).
    case parameterRetyped = "parameter-retyped"
    /// A removed entry's wire code or Swift name is used again: never allowed.
    case codeReused = "code-reused"

    /// What the change does to old clients on the wire (apps built against the last release
    /// that receive the new server's codes).
    public var wire: String {
        switch self {
        case .entryAdded:
            "an old client receives a code it does not know: it decodes as the catch-all or as an unknown ErrorCode"
        case .entryRemoved: "the server no longer sends the code; clients built on the new catalog no longer resolve it"
        case .entryRenamed: "none: the wire codes stay"
        case .codeChanged: "old clients do not know the new code and resolve it as unknown"
        case .aliasAdded: "old clients do not know the new alias"
        case .aliasRemoved: "clients built on the new catalog no longer resolve the alias"
        case .httpChanged: "old clients see another HTTP status than they handle"
        case .retryChanged: "old clients retry differently from what the server now expects"
        case .categoryChanged: "old clients group or count the error under another category"
        case .titleChanged, .meaningChanged, .remedyChanged: "none: wording only"
        case .deprecated: "none until the entry is removed"
        case .codeReused: "old clients read the reused code with its old meaning"
        case .parameterAdded: "old clients receive an argument they do not know and render without it"
        case .parameterRemoved, .parameterRenamed:
            "old clients miss an argument they expect: their rendering shows its placeholder"
        case .parameterRetyped: "old clients receive an argument of another type than they read"
        }
    }

    /// What the change does to apps' Swift code compiled against the last release.
    public var source: String {
        switch self {
        case .entryAdded: "adds a case; switches in other modules already need '@unknown default'"
        case .entryRemoved: "removes a case: code that names it no longer compiles"
        case .entryRenamed: "the old name stays as a deprecated member until the next major release"
        case .codeChanged, .aliasAdded, .aliasRemoved, .httpChanged, .retryChanged: "none: the same case, other data"
        case .categoryChanged: "the case's 'category' changes"
        case .titleChanged, .meaningChanged, .remedyChanged: "none: other text"
        case .deprecated: "none: the case stays"
        case .codeReused: "a removed case's name or code means something new"
        case .parameterAdded, .parameterRemoved, .parameterRenamed, .parameterRetyped:
            "the case's associated values change: code that throws or matches it with its values no longer compiles"
        }
    }
}
