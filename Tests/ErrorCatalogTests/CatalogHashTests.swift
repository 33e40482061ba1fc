import ErrorCatalog
import Testing

@Suite struct CatalogHashTests {
    func hash(_ text: String, seed: UInt64 = 1, foldCase: Bool = false) -> UInt64 {
        _CatalogHash.hash(text, seed: seed, foldCase: foldCase)
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
            seen.insert(changed.withUnsafeBytes { _CatalogHash.hash($0, seed: 7, foldCase: false) })
        }
        #expect(seen.count == base.count)
    }

    @Test func stringAndBytesAgree() {
        let text = "emoji-🚨-код"
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes { _CatalogHash.hash($0, seed: 3, foldCase: false) } == hash(text, seed: 3))
    }

    @Test func foldingIgnoresASCIICaseOnly() {
        #expect(hash("BAD_REQUEST", foldCase: true) == hash("bad_request", foldCase: true))
        #expect(hash("BAD_REQUEST") != hash("bad_request"))
        #expect(hash("[@]", foldCase: true) != hash("{`}", foldCase: true))
        #expect(hash("É", foldCase: true) != hash("é", foldCase: true))
        for byte in UInt8.min...UInt8.max {
            let expected = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            #expect(_ASCII.lowercased(byte) == expected)
            let word = UInt64(byte) * 0x0101_0101_0101_0101
            #expect(_ASCII.lowercased(word) == UInt64(expected) * 0x0101_0101_0101_0101)
        }
    }

    @Test func familyPatterns() {
        #expect(_FamilyPattern.tailStart(of: Array("errors.5xx".utf8)) == 7)
        #expect(_FamilyPattern.tailStart(of: Array("E5XX".utf8)) == 1)
        #expect(_FamilyPattern.tailStart(of: Array("errors.500".utf8)) == nil)
        #expect(_FamilyPattern.tailStart(of: Array("max".utf8)) == 2)
        func matches(_ key: String, _ pattern: String, fold: Bool = false) -> Bool {
            let tail = _FamilyPattern.tailStart(of: Array(pattern.utf8))!
            return Array(key.utf8).withUnsafeBytes { k in
                Array(pattern.utf8).withUnsafeBytes {
                    _FamilyPattern.matches(k, pattern: $0, tailStart: tail, foldCase: fold)
                }
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

@Suite struct KeyReadingTests {
    /// `bytes` inside a larger buffer whose other bytes are `filler`.
    func inside<R>(_ bytes: [UInt8], filler: UInt8, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let padded = [UInt8](repeating: filler, count: 40) + bytes + [UInt8](repeating: filler, count: 40)
        return padded.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[40..<40 + bytes.count])) }
    }

    @Test func hashAndCompareReadOnlyTheKeysBytes() {
        for length in 0...100 {
            let key = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 65) }
            for fold in [false, true] {
                let low = inside(key, filler: 0x00) { _CatalogHash.hash($0, seed: 9, foldCase: fold) }
                let high = inside(key, filler: 0xFF) { _CatalogHash.hash($0, seed: 9, foldCase: fold) }
                #expect(low == high, "length \(length)")
                // Stored keys of a case-folding table are lowercase.
                let stored = fold ? key.map(_ASCII.lowercased) : key
                let same = inside(key, filler: 0x00) { a in
                    inside(stored, filler: 0xFF) { b in _PerfectHashTable.equal(a, b, foldCase: fold) }
                }
                #expect(same, "length \(length)")
            }
        }
    }

    @Test func everyByteOfEveryLengthIsCompared() {
        for length in 1...100 {
            let key = [UInt8](repeating: 0x61, count: length)
            for position in 0..<length {
                var other = key
                other[position] = 0x62
                let equal = key.withUnsafeBytes { a in
                    other.withUnsafeBytes { _PerfectHashTable.equal(a, $0, foldCase: false) }
                }
                #expect(!equal, "length \(length), byte \(position)")
                let hashes = [key, other].map { $0.withUnsafeBytes { _CatalogHash.hash($0, seed: 3, foldCase: false) } }
                #expect(hashes[0] != hashes[1], "length \(length), byte \(position)")
            }
        }
    }
}
