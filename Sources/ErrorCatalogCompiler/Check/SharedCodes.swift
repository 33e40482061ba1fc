import ErrorCatalog

/// A wire code that several entries claim (as their code or an alias) is a share only when
/// every one of them says `shared_code: true`, as the same code in different pipeline steps
/// does. Anything else is a copy that kept its code: an error at the later entry, which the
/// lookup would otherwise never return.
extension CatalogValidator {
    /// Reports undeclared shares and declarations that share nothing; returns the entries
    /// reported, whose name collision with the entry they copied is the same mistake.
    mutating func checkSharedCodes(_ catalog: Catalog, sources: [CatalogDecoder.EntrySource]) -> Set<Int> {
        var owners: [WireCode: Int] = [:]
        owners.reserveCapacity(catalog.entries.count)
        var sharing: Set<Int> = []
        var reported: Set<Int> = []
        for index in catalog.entries.indices where !catalog.entries[index].isCatchAll {
            for claim in 0...catalog.entries[index].aliases.count {
                let (code, node, kind) =
                    claim == 0
                    ? (catalog.entries[index].code, sources[index].codeNode, "code")
                    : (catalog.entries[index].aliases[claim - 1], sources[index].aliasNodes[claim - 1], "alias")
                let key = WireCode(code, foldingCase: catalog.caseInsensitive)
                guard let first = owners[key] else {
                    owners[key] = index
                    continue
                }
                // An alias that repeats the entry's own code is warned about on its own.
                guard first != index else { continue }
                sharing.formUnion([first, index])
                guard sources[index].sharedCodeNode == nil || sources[first].sharedCodeNode == nil else { continue }
                reported.insert(index)
                diagnostics.error(
                    "\(kind) '\(code)' is already another entry's code; entries that share a code on purpose "
                        + "(one code in several pipeline steps) each say 'shared_code: true', "
                        + "and a copied entry needs a code of its own",
                    at: location(node),
                    notes: [Diagnostic(.note, "the first entry with this code", at: catalog.entries[first].location)])
            }
        }
        for index in sources.indices where !sharing.contains(index) {
            guard let node = sources[index].sharedCodeNode else { continue }
            diagnostics.warning(
                "'shared_code: true', but no other entry has the code '\(catalog.entries[index].code)' "
                    + "or one of its aliases; remove it",
                at: location(node))
        }
        return reported
    }
}

/// A wire code as lookups compare it: by its bytes ("café" composed and decomposed are two codes),
/// ASCII letters folded in a case-insensitive catalog.
struct WireCode: Hashable {
    var code: String
    var foldingCase: Bool

    init(_ code: String, foldingCase: Bool) {
        self.code = code
        self.foldingCase = foldingCase
    }

    static func == (a: WireCode, b: WireCode) -> Bool {
        a.foldingCase
            ? a.code.utf8.lazy.map(_ASCII.lowercased).elementsEqual(b.code.utf8.lazy.map(_ASCII.lowercased))
            : a.code.utf8.elementsEqual(b.code.utf8)
    }

    func hash(into hasher: inout Hasher) {
        guard !foldingCase else {
            for byte in code.utf8 { hasher.combine(_ASCII.lowercased(byte)) }
            return
        }
        var code = code
        code.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
