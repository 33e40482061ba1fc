import ErrorCatalog
@testable import ErrorCatalogCompiler
import Testing

/// Probes a built table with the runtime's own functions, the way `_PerfectHashTable.index(of:)`
/// does, over in-memory keys.
struct Probe {
    let table: PerfectHashBuilder.Table
    let keys: [[UInt8]]
    let foldCase: Bool

    func index(of key: [UInt8]) -> Int? {
        guard !table.pilots.isEmpty else { return nil }
        let hash = key.withUnsafeBytes { _CatalogHash.hash($0, seed: table.seed, foldCase: foldCase) }
        let pilot = table.pilots[_PerfectHashTable.bucket(forHash: hash, bucketCount: table.pilots.count)]
        let candidate =
            table.slots[_PerfectHashTable.slot(forHash: hash, pilot: pilot, slotCount: table.slots.count)] - 1
        guard candidate >= 0 else { return nil }
        let equal = key.withUnsafeBytes { a in
            keys[candidate].withUnsafeBytes { b in _PerfectHashTable.equal(a, b, foldCase: foldCase) }
        }
        return equal ? candidate : nil
    }
}

@Suite struct PerfectHashBuilderTests {
    func check(_ strings: [String], foldCase: Bool = false, absent: [String] = []) throws {
        let keys = strings.map { Array($0.utf8) }
        let table = try PerfectHashBuilder().build(keys: keys, foldCase: foldCase)
        let probe = Probe(table: table, keys: keys, foldCase: foldCase)
        for (index, key) in keys.enumerated() {
            #expect(probe.index(of: key) == index, "key \(strings[index])")
        }
        for key in absent {
            #expect(probe.index(of: Array(key.utf8)) == nil, "absent key \(key)")
        }
        #expect(table.slots.filter { $0 != 0 }.count == keys.count)
        #expect(table.slots.count <= keys.count + keys.count / 9 + 1)
    }

    /// A deterministic generator, so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return _CatalogHash.mix(state)
        }
    }

    @Test(arguments: [1, 2, 3, 10, 100, 1_000, 20_000])
    func randomKeySetsProbeExactly(count: Int) throws {
        var random = SplitMix(state: UInt64(count))
        var set: Set<String> = []
        while set.count < count {
            let length = Int.random(in: 0...40, using: &random)
            set.insert(
                String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 33...126, using: &random))) }))
        }
        let keys = set.sorted()
        try check(keys, absent: (0..<200).map { "absent-\($0)-" + String(count) })
    }

    /// Each pilot must move a bucket's keys to slots of their own, not shift them all by one
    /// amount: keys whose hashes share their top bits would then collide under every pilot,
    /// and some key sets would need many seeds or fail, small tables with a power-of-two
    /// slot count most often. Every count up to 400 builds with its first or second seed.
    @Test func everySmallKeyCountBuildsWithinTwoSeeds() {
        var builder = PerfectHashBuilder()
        builder.maxSeeds = 2
        for count in 1...400 {
            var random = SplitMix(state: UInt64(count))
            let keys = (0..<count).map { Array("E\($0)_\(random.next() % 100_000)".utf8) }
            #expect(throws: Never.self, "\(count) keys") { try builder.build(keys: keys, foldCase: false) }
        }
    }

    @Test func adversarialKeySets() throws {
        let prefix = String(repeating: "ERR_INTEGRATION_HUB_SVC_", count: 8)
        try check((0..<5_000).map { prefix + String($0) }, absent: [prefix, prefix + "5000", prefix + "-1"])
        try check(["5575", "557575", "55757575", "", "5", "55", "555"], absent: ["5555", "57"])
        try check((0..<3_000).map { String(repeating: "a", count: $0) }, absent: [String(repeating: "a", count: 3_000)])
        try check(["Aa", "aA", "AA", "aa", "BAD_REQUEST", "bad_request"], absent: ["Ab"])
        try check((0..<1_000).map { "\u{0}" + String($0) + "\u{0}" }, absent: ["\u{0}"])
        try check((0..<256).map { String(decoding: [UInt8($0 & 0x7F), UInt8($0 >> 7)], as: UTF8.self) })
    }

    @Test func caseFoldingMatchesAnyCase() throws {
        let keys = ["not_found", "missing", "e5xx"].map { Array($0.utf8) }
        let table = try PerfectHashBuilder().build(keys: keys, foldCase: true)
        let probe = Probe(table: table, keys: keys, foldCase: true)
        #expect(probe.index(of: Array("NOT_FOUND".utf8)) == 0)
        #expect(probe.index(of: Array("MiSsInG".utf8)) == 1)
        #expect(probe.index(of: Array("NOT-FOUND".utf8)) == nil)
    }

    @Test func constructionIsDeterministic() throws {
        let keys = (0..<2_000).map { Array("CODE_\($0)".utf8) }
        #expect(
            try PerfectHashBuilder().build(keys: keys, foldCase: false)
                == PerfectHashBuilder().build(keys: keys, foldCase: false))
    }

    /// String keys are hashed in place, to the same table as their bytes.
    @Test func stringKeysBuildTheTableOfTheirBytes() throws {
        let keys = (0..<2_000).map { "CODE_\($0)_é" } + ["", "caf\u{E9}", "cafe\u{301}"]
        for foldCase in [false, true] {
            let table = try PerfectHashBuilder().build(keys: keys, foldCase: foldCase)
            #expect(table == (try PerfectHashBuilder().build(keys: keys.map { Array($0.utf8) }, foldCase: foldCase)))
        }
    }

    @Test func anEmptyKeySetBuildsAnEmptyTable() throws {
        let table = try PerfectHashBuilder().build(keys: [[UInt8]](), foldCase: false)
        #expect(Probe(table: table, keys: [], foldCase: false).index(of: Array("x".utf8)) == nil)
    }

    @Test func givesUpInsteadOfLooping() {
        var builder = PerfectHashBuilder()
        builder.maxSeeds = 2
        builder.maxPilot = 0
        #expect(throws: PerfectHashBuilder.Failure.self) {
            try builder.build(keys: (0..<500).map { Array("k\($0)".utf8) }, foldCase: false)
        }
    }
}
