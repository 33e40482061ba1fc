import ErrorCatalog
import Testing

@Suite struct CatalogHashTests {
    func hash(_ text: String, seed: UInt64 = 1, foldCase: Bool = false) -> UInt64 {
        CatalogHash.hash(text, seed: seed, foldCase: foldCase)
    }

    @Test func lengthIsPartOfTheHash() {
        // Keys whose bytes repeat must not collide for every seed.
        for seed in UInt64(0)..<64 {
            #expect(hash("5575", seed: seed) != hash("557575", seed: seed))
            #expect(hash("", seed: seed) != hash("\u{0}", seed: seed))
            #expect(hash("a", seed: seed) != hash("a\u{0}", seed: seed))
        }
    }

    @Test func everyByteMatters() {
        let base = Array("ERR_INTEGRATION_HUB_SVC_INVALID_INTENT".utf8)
        var seen: Set<UInt64> = []
        for position in base.indices {
            var changed = base
            changed[position] ^= 1
            seen.insert(changed.withUnsafeBytes { CatalogHash.hash($0, seed: 7, foldCase: false) })
        }
        #expect(seen.count == base.count)
    }

    @Test func stringAndBytesAgree() {
        let text = "emoji-🚨-код"
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes { CatalogHash.hash($0, seed: 3, foldCase: false) } == hash(text, seed: 3))
    }

    @Test func foldingIgnoresASCIICaseOnly() {
        #expect(hash("BAD_REQUEST", foldCase: true) == hash("bad_request", foldCase: true))
        #expect(hash("BAD_REQUEST") != hash("bad_request"))
        #expect(hash("[@]", foldCase: true) != hash("{`}", foldCase: true))
        #expect(hash("É", foldCase: true) != hash("é", foldCase: true))
        for byte in UInt8.min...UInt8.max {
            let expected = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            #expect(ASCII.lowercased(byte) == expected)
            let word = UInt64(byte) * 0x0101_0101_0101_0101
            #expect(ASCII.lowercased(word) == UInt64(expected) * 0x0101_0101_0101_0101)
        }
    }

    @Test func familyPatterns() {
        #expect(FamilyPattern.tailStart(of: Array("errors.5xx".utf8)) == 7)
        #expect(FamilyPattern.tailStart(of: Array("E5XX".utf8)) == 1)
        #expect(FamilyPattern.tailStart(of: Array("errors.500".utf8)) == nil)
        #expect(FamilyPattern.tailStart(of: Array("max".utf8)) == 2)
        func matches(_ key: String, _ pattern: String, fold: Bool = false) -> Bool {
            let tail = FamilyPattern.tailStart(of: Array(pattern.utf8))!
            return Array(key.utf8).withUnsafeBytes { k in
                Array(pattern.utf8).withUnsafeBytes { FamilyPattern.matches(k, pattern: $0, tailStart: tail, foldCase: fold) }
            }
        }
        #expect(matches("errors.503", "errors.5xx"))
        #expect(!matches("errors.403", "errors.5xx"))
        #expect(!matches("errors.5a3", "errors.5xx"))
        #expect(!matches("errors.50", "errors.5xx"))
        #expect(!matches("ERRORS.503", "errors.5xx"))
        #expect(matches("ERRORS.503", "errors.5xx", fold: true))
    }
}
