// Lookup speed on the same 5,000 keys: the generated perfect-hash table, a Dictionary built
// from the same codes, and gperf's C lookup; plus allocations per lookup.
import CGperf
import Foundation
import MallocInterposerSwift
import SyntheticCatalog

@inline(never) func blackHole(_ value: Int) { if value == Int.min { print(value) } }

let present = SyntheticError.allCases.map(\.code)
let absent = present.map { String($0.dropLast()) + "#" }
var random = SystemRandomNumberGenerator()
let presentOrder = present.shuffled(using: &random)
let absentOrder = absent.shuffled(using: &random)
let dictionary = Dictionary(uniqueKeysWithValues: SyntheticError.allCases.map { ($0.code, $0) })

/// Median nanoseconds per lookup over `rounds` passes over `keys`.
func measure(_ keys: [String], rounds: Int = 21, _ lookup: (String) -> Int) -> Double {
    let clock = ContinuousClock()
    var samples: [Double] = []
    for _ in 0..<rounds {
        var sum = 0
        let start = clock.now
        for key in keys { sum &+= lookup(key) }
        let elapsed = clock.now - start
        blackHole(sum)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        samples.append(seconds * 1e9 / Double(keys.count))
    }
    return samples.sorted()[rounds / 2]
}

func perfectHash(_ key: String) -> Int { SyntheticError(code: key)?._index ?? -1 }
func dictionaryLookup(_ key: String) -> Int { dictionary[key]?._index ?? -1 }
func gperf(_ key: String) -> Int {
    var key = key
    return key.withUTF8 { bytes in bytes.withMemoryRebound(to: CChar.self) { Int(gperf_index($0.baseAddress, $0.count)) } }
}

// Every lookup must agree before anything is timed.
for (index, key) in present.enumerated() {
    precondition(perfectHash(key) == index && dictionaryLookup(key) == index && gperf(key) == index, key)
}
for key in absent { precondition(perfectHash(key) == -1 && dictionaryLookup(key) == -1 && gperf(key) == -1, key) }

MallocInterposerSwift.initialize()
MallocInterposerSwift.hook()
MallocInterposerSwift.reset()
var sum = 0
for key in presentOrder { sum &+= perfectHash(key) }
for key in absentOrder { sum &+= perfectHash(key) }
let allocations = MallocInterposerSwift.getStatistics().mallocCount
MallocInterposerSwift.unhook()
blackHole(sum)

print("keys: \(present.count), average code length \(present.map(\.utf8.count).reduce(0, +) / present.count) bytes")
print("ns/lookup            present   absent")
for (name, lookup) in [("perfect hash", perfectHash), ("Dictionary", dictionaryLookup), ("gperf (C)", gperf)] as [(String, (String) -> Int)] {
    let hit = measure(presentOrder, lookup)
    let miss = measure(absentOrder, lookup)
    print(name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%7.1f  %7.1f", hit, miss))
}
print("allocations in \(present.count + absent.count) perfect-hash lookups: \(allocations)")
