import ErrorCatalog

extension ReleaseComparison {
    /// Why the changes cannot be released as `version`, or `nil` when they can: the version
    /// must be above the last release and bump it at least as much as the changes need; a
    /// reused code or name is released only when the entry that takes it says why
    /// (`breaking_change:`), and then only in a major release; a `renamed_from` that names
    /// nothing is never released.
    public func refusal(for version: SemanticVersion) -> String? {
        if let problem = diagnostics.sorted.first(where: { $0.severity == .error }) {
            return "the comparison with \(since.map(\.description) ?? "the ledger") has errors, first: \(problem)"
        }
        let reused = findings.filter { $0.rule == .codeReused && $0.acknowledgement == nil }
        if let first = reused.first {
            return
                "\(reused.count) "
                + "change\(reused.count == 1 ? "" : "s") reuse\(reused.count == 1 ? "s" : "") what a removed entry "
                + "had, which old clients would misread; first: \(first.location): \(first.summary); when "
                + "the codes are not yours to choose (an upstream reused them), say why in the entry's "
                + "'breaking_change:' and release a major version"
        }
        guard let since else { return nil }
        guard let made = since.bump(to: version) else { return "\(version) is not above the last release, \(since)" }
        guard let needed = neededBump, made < needed else { return nil }
        let reasons = findings.filter { $0.bump == needed }
        let examples = reasons.prefix(3).map { "\($0.rule.rawValue): \($0.summary)" }.joined(separator: "; ")
        return
            "\(version) is a \(made) release after \(since), but \(reasons.count) "
            + "change\(reasons.count == 1 ? "" : "s") need\(reasons.count == 1 ? "s" : "") a \(needed) one "
            + "(\(since.next(needed)) at least): \(examples)\(reasons.count > 3 ? "; …" : "")"
    }
}

extension Ledger {
    /// The ledger after releasing the compared catalogs as `version` (which
    /// ``ReleaseComparison/refusal(for:)`` has accepted): matched entries take their new
    /// state and keep their ids, new entries get theirs, vanished ones become tombstones, and
    /// the changes are recorded under the release.
    public func releasing(_ version: SemanticVersion, with comparison: ReleaseComparison) -> Ledger {
        var next = Ledger()
        next.releases = releases + [version]
        next.changes = changes
        if latest != nil {
            for finding in comparison.findings {
                next.changes.append(
                    RecordedChange(
                        version: version, catalog: finding.catalog, id: finding.id, rule: finding.rule,
                        name: finding.name,
                        old: finding.old, new: finding.new,
                        note: finding.isBreaking ? finding.acknowledgement : nil))
            }
        }
        var byName: [String: LedgerCatalog] = [:]
        for catalog in catalogs { byName[catalog.name] = catalog }
        for (index, catalog) in comparison.catalogs.enumerated() {
            let released =
                byName[catalog.name]
                ?? LedgerCatalog(name: catalog.name, nextID: 1, entries: [], location: catalog.location)
            byName[catalog.name] = Self.releasedCatalog(
                catalog, from: released, matches: comparison.matches[index], as: version)
        }
        let compared = Set(comparison.catalogs.map(\.name))
        for name in byName.keys where !compared.contains(name) {
            for position in byName[name]!.entries.indices where byName[name]!.entries[position].removed == nil {
                byName[name]!.entries[position].removed = version
            }
        }
        next.catalogs = byName.values.sorted { $0.name < $1.name }
        return next
    }

    /// `released` after releasing `catalog` as `version`: each entry updated in place where
    /// `matches` matched it (its position among the released entries), added otherwise; a
    /// released entry nothing matched is removed in `version`.
    static func releasedCatalog(
        _ catalog: Catalog, from released: LedgerCatalog, matches: [Int?], as version: SemanticVersion
    ) -> LedgerCatalog {
        var released = released
        var entries = released.entries
        var matched = Set<Int>()
        for (position, entry) in catalog.entries.enumerated() {
            let match = matches[position]
            var updated =
                match.map { entries[$0] }
                ?? LedgerEntry(
                    id: entry.id, name: entry.name, code: entry.code, since: version, location: entry.location)
            var former = updated.formerNames.filter {
                $0.renamedIn == version || $0.renamedIn.bump(to: version) != .major
            }
            if updated.name != entry.name { former.append(FormerName(name: updated.name, renamedIn: version)) }
            updated.formerNames = former.filter { $0.name != entry.name }
            updated.update(from: entry)
            if let match {
                entries[match] = updated
                matched.insert(match)
            } else {
                entries.append(updated)
            }
        }
        for position in entries.indices
        where entries[position].removed == nil && position < released.entries.count && !matched.contains(position) {
            entries[position].removed = version
        }
        entries.sort { $0.id < $1.id }
        released.entries = entries
        released.nextID = max(released.nextID, (entries.last?.id ?? 0) + 1)
        return released
    }
}

extension LedgerEntry {
    /// Takes the checked entry's released state (its id and `since` stay).
    mutating func update(from entry: CatalogEntry) {
        name = entry.name
        code = entry.code
        aliases = entry.aliases
        kind = Kind(entry)
        anchor = entry.anchor
        title = entry.title
        category = entry.category
        httpStatus = entry.httpStatus
        retry = entry.retry
        deprecation = entry.deprecation
        meaning = entry.meaning
        remedy = entry.remedy.text
        parameters = entry.parameters.map(LedgerEntry.parameterText)
        removed = nil
    }
}
