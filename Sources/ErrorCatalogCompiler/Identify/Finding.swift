/// One change between the last release and the catalogs as they are, with what it needs.
public struct Finding: Sendable {
    /// What changed.
    public var rule: ChangeRule
    /// The version bump the change needs.
    public var bump: VersionBump
    /// The catalog's name.
    public var catalog: String
    /// The entry's Swift name now (for a removal, its last released name).
    public var name: String
    /// The entry's primary wire code now (for a removal, its last released code).
    public var code: String
    /// The entry's stable id.
    public var id: Int
    /// The value in the last release, where the rule has one.
    public var old: String?
    /// The value now.
    public var new: String?
    /// Where: the entry in the YAML, or its line in the ledger for a removal.
    public var location: SourceLocation
    /// What makes a breaking change deliberate (`breaking_change:`, an earlier deprecation,
    /// or `--next` with a major version); `nil` when nothing does or the change is not breaking.
    public var acknowledgement: String?

    /// The removal of a released entry, pointing at its line in the ledger: acknowledged when
    /// the last release already deprecated it, else by `acknowledgedByNext` (if any).
    static func removal(of entry: LedgerEntry, from catalog: String, acknowledgedByNext: String?) -> Finding {
        Finding(
            rule: .entryRemoved, bump: .major, catalog: catalog, name: entry.name, code: entry.code, id: entry.id,
            old: entry.name, new: nil, location: entry.location,
            acknowledgement: entry.deprecation.map { "deprecated in an earlier release (\($0))" } ?? acknowledgedByNext)
    }

    /// Whether the change breaks old clients or apps' Swift code.
    public var isBreaking: Bool { bump == .major }

    /// Whether it is breaking and nothing acknowledges it.
    public var isUnacknowledgedBreaking: Bool { isBreaking && acknowledgement == nil }

    /// One line: what changed, from what to what.
    public var summary: String {
        let subject = "\(catalog).\(name) (id \(id), code '\(code)')"
        func change(_ what: String) -> String {
            "\(what) of \(subject) changed from \(old ?? "none") to \(new ?? "none")"
        }
        switch rule {
        case .entryAdded: return "\(subject) is new"
        case .entryRemoved: return "\(subject) is removed"
        case .entryRenamed: return "\(catalog).\(old ?? "") is renamed to \(name) (id \(id), code '\(code)')"
        case .codeChanged: return change("the wire code")
        case .aliasAdded: return "\(subject) gains alias '\(new ?? "")'"
        case .aliasRemoved: return "\(subject) loses alias '\(old ?? "")'"
        case .httpChanged: return change("the HTTP status")
        case .retryChanged: return change("the retry behaviour")
        case .categoryChanged: return change("the category")
        case .titleChanged: return "the title of \(subject) changed"
        case .meaningChanged: return "the meaning of \(subject) changed"
        case .remedyChanged: return "the remedy of \(subject) changed"
        case .deprecated: return "\(subject) is deprecated: \(new ?? "")"
        case .parameterAdded: return "\(subject) gains parameter \(new ?? "")"
        case .parameterRemoved: return "\(subject) loses parameter \(old ?? "")"
        case .parameterRenamed: return change("a parameter's name")
        case .parameterRetyped: return change("a parameter's type")
        case .codeReused: return "\(subject) reuses \(new ?? ""), which belonged to removed entry \(old ?? "")"
        }
    }
}
