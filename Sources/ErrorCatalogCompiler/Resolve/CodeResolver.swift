import ErrorCatalog

/// Resolves a wire code against checked catalogs the way generated code does: exact codes
/// and aliases in file order, else families, and only when no catalog matches, the
/// catch-all entries.
public struct CodeResolver: Sendable {
    /// How an entry matched.
    public enum MatchKind: String, Sendable, Codable {
        case exact, alias, family
        case catchAll = "catch-all"
    }

    /// One entry a code resolves to.
    public struct Match: Sendable {
        /// The catalog holding the entry.
        public var catalog: Catalog
        /// The entry.
        public var entry: CatalogEntry
        /// How it matched.
        public var kind: MatchKind
    }

    /// The catalogs, sorted by name.
    public let catalogs: [Catalog]

    /// A resolver over `catalogs`.
    public init(catalogs: [Catalog]) { self.catalogs = catalogs }

    /// Every entry `code` resolves to.
    public func resolve(_ code: String) -> [Match] {
        var matches: [Match] = []
        for catalog in catalogs {
            matches += resolve(code, in: catalog)
        }
        if matches.isEmpty {
            matches = catalogs.compactMap { catalog in
                catalog.catchAll.map { Match(catalog: catalog, entry: $0, kind: .catchAll) }
            }
        }
        return matches
    }

    /// The exact and alias matches of `code` in `catalog`, else its family matches.
    public func resolve(_ code: String, in catalog: Catalog) -> [Match] {
        let fold = catalog.caseInsensitive
        // Bytes, not `String` equality, which would also match canonically equivalent codes.
        let key = Array((fold ? code.asciiFolded : code).utf8)
        func isKey(_ candidate: String) -> Bool { (fold ? candidate.asciiFolded : candidate).utf8.elementsEqual(key) }
        var matches: [Match] = []
        for entry in catalog.entries where !entry.isCatchAll {
            if isKey(entry.code) {
                matches.append(Match(catalog: catalog, entry: entry, kind: .exact))
            } else if entry.aliases.contains(where: isKey) {
                matches.append(Match(catalog: catalog, entry: entry, kind: .alias))
            }
        }
        guard matches.isEmpty else { return matches }
        let keyBytes = Array(code.utf8)
        return catalog.entries.compactMap { entry in
            guard let tail = entry.familyTailStart else { return nil }
            let pattern = Array(entry.code.utf8)
            let hit = keyBytes.withUnsafeBytes { key in
                pattern.withUnsafeBytes { _FamilyPattern.matches(key, pattern: $0, tailStart: tail, foldCase: fold) }
            }
            return hit ? Match(catalog: catalog, entry: entry, kind: .family) : nil
        }
    }

    /// The known code closest to `code`, for a did-you-mean hint.
    public func suggestion(for code: String) -> String? {
        Spelling.suggestion(
            for: code, among: catalogs.flatMap { $0.entries.filter { !$0.isCatchAll }.flatMap(\.allCodes) })
    }
}
