import ErrorCatalog

/// Compares checked catalogs with a ledger's last release: which released entry each entry
/// is, what changed and what each change needs. Also gives every entry its stable id, the
/// release that introduced it and the former names generated code keeps.
///
/// An entry is matched to a released one, in this order:
/// 1. `renamed_from: oldName` names a live released entry: that one (an explicit rename wins);
/// 2. the same Swift name;
/// 3. among entries still unmatched on both sides, the same primary code and category: a
///    rename recognised without `renamed_from`.
///
/// What is left is added (new ids, after the highest ever issued, in file order) or removed.
public struct ReleaseComparison: Sendable {
    /// The release compared with; `nil` before the first release.
    public var since: SemanticVersion?
    /// Every change, by catalog, then by position.
    public var findings: [Finding] = []
    /// Problems of the comparison itself (`renamed_from` naming nothing, a stale
    /// `breaking_change`).
    public var diagnostics = DiagnosticList()
    /// The catalogs with ids, `since` and former names filled in.
    public var catalogs: [Catalog]
    /// The release each catalog's entries matched, for ``Ledger/releasing(_:with:)``: per
    /// catalog (same order as ``catalogs``), per entry, the ledger entry's index or `nil`.
    var matches: [[Int?]] = []

    /// The bump the changes need, or `nil` when nothing changed.
    public var neededBump: VersionBump? { findings.map(\.bump).max() }

    /// Whether a breaking change is pending that nothing acknowledges.
    public var hasUnacknowledgedBreakingChanges: Bool { findings.contains { $0.isUnacknowledgedBreaking } }

    /// Compares `catalogs` with `ledger`. `next` is the version the changes will be released
    /// as, when known: a major one acknowledges every breaking change.
    public init(_ catalogs: consuming [Catalog], ledger: Ledger, next: SemanticVersion? = nil) {
        self.catalogs = consume catalogs
        since = ledger.latest
        let acknowledgedByNext: String? =
            if let next, let since = ledger.latest, since.bump(to: next) == .major {
                "the next release is \(next), a major one"
            } else { nil }
        var seen: Set<String> = []
        for index in self.catalogs.indices {
            let name = self.catalogs[index].name
            seen.insert(name)
            let released = ledger.catalog(name)
            // The matcher owns the catalog while it fills in ids, so its entries are not copied.
            var catalog = Catalog(
                name: name, title: "", caseInsensitive: false, categories: [], entries: [],
                location: self.catalogs[index].location)
            swap(&catalog, &self.catalogs[index])
            var matcher = CatalogMatcher(
                catalog: catalog, released: released, latest: ledger.latest, acknowledgedByNext: acknowledgedByNext)
            matcher.run()
            self.catalogs[index] = matcher.catalog
            findings += matcher.findings
            diagnostics.append(contentsOf: matcher.diagnostics)
            matches.append(matcher.match)
        }
        // A catalog the ledger has but the input does not: every live entry is removed.
        for released in ledger.catalogs where !seen.contains(released.name) && ledger.latest != nil {
            for entry in released.entries where entry.removed == nil {
                findings.append(.removal(of: entry, from: released.name, acknowledgedByNext: acknowledgedByNext))
            }
        }
    }
}

/// The comparison of one catalog with its released state.
struct CatalogMatcher {
    var catalog: Catalog
    let released: LedgerCatalog?
    let latest: SemanticVersion?
    let acknowledgedByNext: String?
    var findings: [Finding] = []
    var diagnostics = DiagnosticList()
    /// Per entry, the index of its released entry.
    var match: [Int?] = []

    init(catalog: Catalog, released: LedgerCatalog?, latest: SemanticVersion?, acknowledgedByNext: String?) {
        self.catalog = catalog
        self.released = released
        old = released?.entries ?? []
        self.latest = latest
        self.acknowledgedByNext = acknowledgedByNext
        match = Array(repeating: nil, count: catalog.entries.count)
    }

    /// The released entries, live and removed.
    let old: [LedgerEntry]

    mutating func run() {
        matchEntries()
        identify()
        guard latest != nil else { return }
        compare()
        checkReuse()
    }

    mutating func matchEntries() {
        var liveByName: [String: Int] = [:]
        for (index, entry) in old.enumerated() where entry.removed == nil { liveByName[entry.name] = index }
        var taken = Set<Int>()
        // Entries are read in place (see CatalogEntry).
        let entries = catalog.entries
        // 1. renamed_from, 2. the same name.
        for index in entries.indices {
            if let sameName = liveByName[entries[index].name], !taken.contains(sameName) {
                if let from = entries[index].renamedFrom, from != entries[index].name,
                    !old[sameName].formerNames.contains(where: { $0.name == from })
                {
                    diagnostics.warning(
                        "'renamed_from: \(from)' does not apply: '\(entries[index].name)' is already released "
                            + "under this name; remove 'renamed_from'",
                        at: entries[index].location)
                }
                match[index] = sameName
                taken.insert(sameName)
            } else if let from = entries[index].renamedFrom {
                if let renamed = liveByName[from], !taken.contains(renamed) {
                    match[index] = renamed
                    taken.insert(renamed)
                } else if latest != nil {
                    diagnostics.error(
                        "'renamed_from: \(from)' names no entry of release \(latest!) of \(catalog.name) that is "
                            + "still unmatched",
                        at: entries[index].location)
                }
            }
        }
        // 3. The same code and category among what is left.
        var unmatchedByCode: [String: [Int]] = [:]
        for (index, entry) in old.enumerated() where entry.removed == nil && !taken.contains(index) {
            unmatchedByCode[entry.code + "\u{0}" + (entry.category ?? ""), default: []].append(index)
        }
        for index in entries.indices where match[index] == nil {
            let key = entries[index].code + "\u{0}" + (entries[index].category ?? "")
            guard var candidates = unmatchedByCode[key], !candidates.isEmpty else { continue }
            match[index] = candidates.removeFirst()
            unmatchedByCode[key] = candidates
            taken.insert(match[index]!)
        }
    }

    /// Ids, `since` and the former names generated code keeps.
    mutating func identify() {
        var next = released?.nextID ?? 1
        // A release's text, made once per release rather than once per entry.
        var sinceTexts: [SemanticVersion: String] = [:]
        for index in catalog.entries.indices {
            guard let matched = match[index] else {
                catalog.entries[index].id = next
                catalog.entries[index].since = nil
                next += 1
                continue
            }
            let entry = old[matched]
            catalog.entries[index].id = entry.id
            if let text = sinceTexts[entry.since] {
                catalog.entries[index].since = text
            } else {
                let text = entry.since.description
                sinceTexts[entry.since] = text
                catalog.entries[index].since = text
            }
            guard !entry.formerNames.isEmpty || entry.name != catalog.entries[index].name else { continue }
            var former = entry.formerNames.filter { former in
                latest.map { former.renamedIn.bump(to: $0) != .major } ?? true
            }.map(\.name)
            if entry.name != catalog.entries[index].name { former.append(entry.name) }
            catalog.entries[index].formerNames = former.filter { $0 != catalog.entries[index].name }
        }
    }

    func finding(
        _ rule: ChangeRule, _ bump: VersionBump, _ entry: CatalogEntry, old: String? = nil, new: String? = nil,
        breaking: String? = nil
    ) -> Finding {
        Finding(
            rule: rule, bump: bump, catalog: catalog.name, name: entry.name, code: entry.code, id: entry.id, old: old,
            new: new,
            location: entry.location,
            acknowledgement: acknowledgement(rule, bump, breaking: breaking))
    }

    /// What acknowledges a breaking change: the entry's `breaking_change:`, else a major
    /// `--next`. A reused code or name is acknowledged only by the entry that takes it saying
    /// why: old clients read it with its old meaning, so no version alone can make it right.
    func acknowledgement(_ rule: ChangeRule, _ bump: VersionBump, breaking: String?) -> String? {
        guard bump == .major else { return nil }
        let written = breaking.map { "breaking_change: \($0)" }
        return rule == .codeReused ? written : written ?? acknowledgedByNext
    }

    mutating func compare() {
        var matchedOld = Set<Int>()
        for (index, entry) in catalog.entries.enumerated() {
            guard let matched = match[index] else {
                findings.append(finding(.entryAdded, catalog.isExhaustive ? .major : .minor, entry))
                continue
            }
            matchedOld.insert(matched)
            let before = old[matched]
            let count = findings.count
            compare(before, entry)
            let breaking = findings[count...].contains { $0.isBreaking }
            if entry.breakingChange != nil, !breaking {
                diagnostics.warning(
                    "'breaking_change' acknowledges nothing: no breaking change to this entry since \(latest!); "
                        + "remove it",
                    at: entry.location)
            }
        }
        for (index, entry) in old.enumerated() where entry.removed == nil && !matchedOld.contains(index) {
            findings.append(.removal(of: entry, from: catalog.name, acknowledgedByNext: acknowledgedByNext))
        }
    }

    mutating func compare(_ before: LedgerEntry, _ now: CatalogEntry) {
        let breaking = now.breakingChange
        if before.name != now.name {
            findings.append(finding(.entryRenamed, .minor, now, old: before.name, new: now.name))
        }
        let kind = LedgerEntry.Kind(now)
        if before.code != now.code || before.kind != kind {
            let kept = now.aliases.contains(before.code) && before.kind == kind
            findings.append(
                finding(
                    .codeChanged, kept ? .minor : .major, now, old: describe(before.code, before.kind),
                    new: describe(now.code, kind),
                    breaking: breaking))
        }
        if before.aliases != now.aliases || before.code != now.code {
            let nowCodes = Set(now.allCodes)
            let beforeCodes = Set(before.allCodes)
            for alias in now.aliases where !beforeCodes.contains(alias) {
                findings.append(finding(.aliasAdded, .minor, now, new: alias))
            }
            for alias in before.aliases where !nowCodes.contains(alias) {
                findings.append(finding(.aliasRemoved, .major, now, old: alias, breaking: breaking))
            }
        }
        if before.httpStatus != now.httpStatus {
            findings.append(
                finding(
                    .httpChanged, .major, now, old: before.httpStatus.map(String.init),
                    new: now.httpStatus.map(String.init), breaking: breaking))
        }
        if before.retry.map(Self.retryKey) != now.retry.map(Self.retryKey) {
            findings.append(
                finding(
                    .retryChanged, .major, now, old: before.retry?.summary, new: now.retry?.summary, breaking: breaking)
            )
        }
        if before.category != now.category {
            findings.append(
                finding(.categoryChanged, .major, now, old: before.category, new: now.category, breaking: breaking))
        }
        if before.title != now.title {
            findings.append(finding(.titleChanged, .patch, now, old: before.title, new: now.title))
        }
        if before.meaning != now.meaning {
            findings.append(finding(.meaningChanged, .patch, now, old: before.meaning, new: now.meaning))
        }
        if before.remedy != now.remedy.text || before.retry?.note != now.retry?.note {
            findings.append(finding(.remedyChanged, .patch, now, old: before.remedy, new: now.remedy.text))
        }
        findings += parameterFindings(before.parameters, now, breaking: breaking)
        if before.deprecation == nil, let deprecation = now.deprecation {
            findings.append(finding(.deprecated, .minor, now, new: deprecation))
        }
    }

    /// What retry behaviour old clients act on: policy, attempts and window (the note is wording).
    static func retryKey(_ retry: RetryBehavior) -> [Int] {
        [retry.policy.tableValue, retry.maxAttempts ?? 0, retry.windowSeconds ?? 0]
    }

    func describe(_ code: String, _ kind: LedgerEntry.Kind) -> String {
        kind == .exact ? code : "\(code) (\(kind.rawValue))"
    }

    /// A wire code or Swift name of a removed entry (a tombstone, or removed now) used by an
    /// entry that did not have it in the last release.
    mutating func checkReuse() {
        var matchedOld = [Bool](repeating: false, count: old.count)
        for index in match where index != nil { matchedOld[index!] = true }
        var removedCodes: [String: LedgerEntry] = [:]
        var removedNames: [String: LedgerEntry] = [:]
        for (index, entry) in old.enumerated() {
            if entry.removed != nil || !matchedOld[index] {
                for code in entry.allCodes where removedCodes[code] == nil { removedCodes[code] = entry }
                if removedNames[entry.name] == nil { removedNames[entry.name] = entry }
            }
            for former in entry.formerNames where removedNames[former.name] == nil { removedNames[former.name] = entry }
        }
        // Nothing was ever removed or renamed: nothing can be reused.
        guard !removedCodes.isEmpty || !removedNames.isEmpty else { return }
        var liveCodes = Set<String>()
        for (index, entry) in old.enumerated() where entry.removed == nil && matchedOld[index] {
            liveCodes.formUnion(entry.allCodes)
        }
        for (index, entry) in catalog.entries.enumerated() {
            let before = match[index].map { old[$0] }
            // An entry that keeps its codes and name reuses nothing.
            if let before, before.code == entry.code, before.aliases == entry.aliases, before.name == entry.name {
                continue
            }
            let heldBefore = Set(before?.allCodes ?? [])
            for code in entry.allCodes where !heldBefore.contains(code) && !liveCodes.contains(code) {
                guard let owner = removedCodes[code] else { continue }
                findings.append(
                    finding(
                        .codeReused, .major, entry, old: "\(owner.name) (id \(owner.id))", new: "code '\(code)'",
                        breaking: entry.breakingChange))
            }
            if before?.name != entry.name, let owner = removedNames[entry.name], owner.id != before?.id {
                findings.append(
                    finding(
                        .codeReused, .major, entry, old: "\(owner.name) (id \(owner.id))",
                        new: "Swift name '\(entry.name)'",
                        breaking: entry.breakingChange))
            }
        }
    }
}

extension LedgerEntry.Kind {
    /// The kind of a checked entry.
    init(_ entry: CatalogEntry) {
        self = entry.isCatchAll ? .catchAll : entry.isFamily ? .family : .exact
    }
}
