import ErrorCatalog

/// Writes a ``Ledger`` as text: deterministic, one line per entry and per recorded change,
/// so a pull request's diff of it reads as what the release did.
public enum LedgerWriter {
    /// The format's version, on the `errcat-ledger` line.
    static let formatVersion = 1

    /// The ledger's text.
    public static func text(_ ledger: Ledger) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(ledger.catalogs.reduce(4_096) { $0 + $1.entries.count * 256 })
        out +=
            """
            # The release ledger of these error catalogs, written by `errcat release`.
            # Ids are stable and never reused; removed entries stay as tombstones that reserve their
            # codes and names. Review its diff in pull requests; do not edit it by hand.
            errcat-ledger \(formatVersion)

            """.utf8
        for version in ledger.releases { out += "release \(version)\n".utf8 }
        for change in ledger.changes {
            out +=
                "change \(change.version) \(change.catalog) \(change.id) \(change.rule.rawValue) name=\(change.name)"
                .utf8
            quoted("old", change.old, &out)
            quoted("new", change.new, &out)
            quoted("note", change.note, &out)
            out.append(0x0A)
        }
        for catalog in ledger.catalogs {
            out += "\ncatalog \(catalog.name) next=\(catalog.nextID)\n".utf8
            for entry in catalog.entries { line(entry, &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func line(_ entry: LedgerEntry, _ out: inout [UInt8]) {
        out += "entry \(entry.id) name=\(entry.name) since=\(entry.since)".utf8
        if let removed = entry.removed { out += " removed=\(removed)".utf8 }
        quoted("code", entry.code, &out)
        if !entry.aliases.isEmpty { list("aliases", entry.aliases, &out) }
        if entry.kind != .exact { out += " kind=\(entry.kind.rawValue)".utf8 }
        if !entry.anchor.isEmpty { out += " anchor=\(entry.anchor)".utf8 }
        quoted("category", entry.category, &out)
        if let http = entry.httpStatus { out += " http=\(http)".utf8 }
        if let retry = entry.retry {
            out += " retry=\(retry.policy.rawValue)".utf8
            if let attempts = retry.maxAttempts { out += " attempts=\(attempts)".utf8 }
            if let window = retry.windowSeconds { out += " window=\(window)".utf8 }
            quoted("retry_note", retry.note, &out)
        }
        if !entry.formerNames.isEmpty {
            list("former", entry.formerNames.map { "\($0.name)@\($0.renamedIn)" }, &out)
        }
        quoted("deprecated", entry.deprecation, &out)
        if !entry.parameters.isEmpty { list("params", entry.parameters, &out) }
        quoted("title", entry.title, &out)
        quoted("meaning", entry.meaning, &out)
        quoted("remedy", entry.remedy, &out)
        out.append(0x0A)
    }

    static func quoted(_ key: String, _ value: String?, _ out: inout [UInt8]) {
        guard let value else { return }
        out += " \(key)=".utf8
        JSONString.append(value, to: &out)
    }

    static func list(_ key: String, _ values: [String], _ out: inout [UInt8]) {
        out += " \(key)=[".utf8
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONString.append(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
