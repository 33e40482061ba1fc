import ErrorCatalog

extension LedgerEntry {
    /// A parameter as the ledger records it: `name:type`.
    static func parameterText(_ parameter: EntryParameter) -> String { "\(parameter.name):\(parameter.kind)" }

    /// Whether `text` is a parameter as the ledger records it.
    static func isParameterText(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && Naming.isLowerCamelIdentifier(String(parts[0]))
            && MessageParameter.Kind.allCases.contains { $0.description == parts[1] }
    }
}

extension CatalogMatcher {
    /// What changed in an entry's parameters since the release that recorded `before`
    /// (`name:type` each): a parameter at the same place with a new name is renamed, one with
    /// the same name and a new type is retyped; the rest are added or removed. Any of them
    /// changes the case's associated values, so all are major: parameters given to an entry
    /// that had none make `throw Catalog.entry` a case that needs its values.
    func parameterFindings(_ before: [String], _ now: CatalogEntry, breaking: String?) -> [Finding] {
        let after = now.parameters.map(LedgerEntry.parameterText)
        guard before != after else { return [] }
        func name(_ text: String) -> Substring { text.split(separator: ":")[0] }
        var findings: [Finding] = []
        var unmatchedBefore = before.filter { old in !after.contains(old) }
        var unmatchedAfter = after.filter { new in !before.contains(new) }
        for new in unmatchedAfter {
            if let old = unmatchedBefore.first(where: { name($0) == name(new) }) {
                findings.append(finding(.parameterRetyped, .major, now, old: old, new: new, breaking: breaking))
                unmatchedBefore.removeAll { $0 == old }
                unmatchedAfter.removeAll { $0 == new }
            }
        }
        for new in unmatchedAfter {
            guard let position = after.firstIndex(of: new), position < before.count,
                let old = unmatchedBefore.first(where: { $0 == before[position] }),
                old.split(separator: ":")[1] == new.split(separator: ":")[1]
            else { continue }
            findings.append(finding(.parameterRenamed, .major, now, old: old, new: new, breaking: breaking))
            unmatchedBefore.removeAll { $0 == old }
            unmatchedAfter.removeAll { $0 == new }
        }
        for old in unmatchedBefore {
            findings.append(finding(.parameterRemoved, .major, now, old: old, breaking: breaking))
        }
        for new in unmatchedAfter {
            findings.append(finding(.parameterAdded, .major, now, new: new, breaking: breaking))
        }
        return findings
    }
}
