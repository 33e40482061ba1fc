// Lookup speed on the same 5,000 keys: the generated perfect-hash table, a Dictionary built
// from the same codes, and gperf's C lookup; the table's first steps timed alone; an
// unshipped layout as a design check (InlineRecordLayout: keys inline in fixed-width slot
// records); plus allocations per lookup. Inputs live in locals (globals distort the
// numbers) and each implementation has its own loop.
import CGperf
import Foundation
import BenchmarkSupport
import MallocInterposerSwift
import SyntheticCatalog
import ErrorCatalog

@inline(never) func perfectHashPass(_ keys: [String]) -> Int {
    var sum = 0
    for key in keys { sum &+= SyntheticError(code: key)?.entry._index ?? -1 }
    return sum
}

/// The lookup's first steps alone, to show where its time goes: the hash of the code's
/// bytes, then the bucket's pilot and the slot.
@inline(never) func slotPass(_ keys: [String]) -> Int {
    var sum = 0
    for key in keys {
        sum &+= _CatalogTables.withBytes(key, slotOf)
    }
    return sum
}

// The steps are functions forced inline, not closures, so that each pass inlines them as
// `SyntheticError(code:)` inlines the whole probe (a closure holding them is called instead).
@inline(__always) func slotOf(_ bytes: UnsafeRawBufferPointer) -> Int {
    SyntheticError.Entry._lookup.candidateSlot(of: bytes) ?? -1
}

@inline(__always) func hashOf(_ bytes: UnsafeRawBufferPointer) -> Int {
    Int(truncatingIfNeeded: _CatalogHash.hash(bytes, seed: 7, foldCase: false))
}

@inline(never) func hashPass(_ keys: [String]) -> Int {
    var sum = 0
    for key in keys {
        sum &+= _CatalogTables.withBytes(key, hashOf)
    }
    return sum
}

/// The loop over the keys alone.
@inline(never) func emptyPass(_ keys: [String]) -> Int {
    var sum = 0
    for key in keys { sum &+= key.utf8.count }
    return sum
}

@inline(never) func dictionaryPass(_ keys: [String], _ dictionary: [String: SyntheticError]) -> Int {
    var sum = 0
    for key in keys { sum &+= dictionary[key]?.entry._index ?? -1 }
    return sum
}

@inline(never) func gperfPass(_ keys: [String]) -> Int {
    var sum = 0
    for key in keys {
        sum &+=
            key.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.withMemoryRebound(to: CChar.self) { Int(gperf_index($0.baseAddress, $0.count)) }
            } ?? -2
    }
    return sum
}

func main() {
    let present = SyntheticError.Entry.allCases.map(\.code)
    let absent = present.map { String($0.dropLast()) + "#" }
    var random = SystemRandomNumberGenerator()
    let presentOrder = present.shuffled(using: &random)
    let absentOrder = absent.shuffled(using: &random)
    let dictionary = Dictionary(
        uniqueKeysWithValues: SyntheticError.Entry.allCases.map {
            ($0.code, SyntheticError(entry: $0, arguments: [:])!)
        })

    // Every implementation must agree before anything is timed.
    for (index, key) in present.enumerated() {
        precondition(SyntheticError(code: key)?.entry._index == index && dictionary[key]?.entry._index == index, key)
        precondition(gperfPass([key]) == index, key)
    }
    for key in absent {
        precondition(SyntheticError(code: key) == nil && dictionary[key] == nil && gperfPass([key]) == -1, key)
    }

    MallocInterposerSwift.initialize()
    MallocInterposerSwift.hook()
    MallocInterposerSwift.reset()
    let sum = perfectHashPass(presentOrder) &+ perfectHashPass(absentOrder)
    let allocations = MallocInterposerSwift.getStatistics().mallocCount
    MallocInterposerSwift.unhook()
    blackHole(sum)

    print("keys: \(present.count), average code length \(present.map(\.utf8.count).reduce(0, +) / present.count) bytes")
    print("ns/lookup            present   absent")
    let rows: [(String, Double, Double)] = [
        (
            "perfect hash", measure(count: present.count) { perfectHashPass(presentOrder) },
            measure(count: absent.count) { perfectHashPass(absentOrder) }
        ),
        (
            "Dictionary", measure(count: present.count) { dictionaryPass(presentOrder, dictionary) },
            measure(count: absent.count) { dictionaryPass(absentOrder, dictionary) }
        ),
        (
            "gperf (C)", measure(count: present.count) { gperfPass(presentOrder) },
            measure(count: absent.count) { gperfPass(absentOrder) }
        ),
    ]
    for (name, hit, miss) in rows {
        print(name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%7.1f  %7.1f", hit, miss))
    }
    printSteps(present: present, absent: absent, dictionary: dictionary)
    print("allocations in \(present.count + absent.count) perfect-hash lookups: \(allocations)")
}

/// The lookup's steps one by one, the inline-record design it was chosen over, and a hot key.
func printSteps(present: [String], absent: [String], dictionary: [String: SyntheticError]) {
    let presentOrder = present.shuffled()
    print(
        "present codes, steps so far: loop "
            + String(format: "%.1f", measure(count: present.count) { emptyPass(presentOrder) })
            + " ns, + hash " + String(format: "%.1f", measure(count: present.count) { hashPass(presentOrder) })
            + " ns, + pilot and slot "
            + String(format: "%.1f", measure(count: present.count) { slotPass(presentOrder) }) + " ns")
    let inline = InlineRecordLayout()
    for (index, key) in present.enumerated() {
        precondition(inlineRecordPass([key], inline, compare: true) == index, key)
    }
    for key in absent { precondition(inlineRecordPass([key], inline, compare: true) == -1, key) }
    print(
        "design check, keys inline in \(inline.stride)-byte slot records: present "
            + String(
                format: "%.1f", measure(count: present.count) { inlineRecordPass(presentOrder, inline, compare: true) })
            + " ns, without the byte comparison "
            + String(
                format: "%.1f", measure(count: present.count) { inlineRecordPass(presentOrder, inline, compare: false) }
            ) + " ns")
    let one = Array(repeating: present[17], count: present.count)
    print(
        "same key repeated (hot cache): " + String(format: "%.1f", measure(count: one.count) { perfectHashPass(one) })
            + " ns, Dictionary " + String(format: "%.1f", measure(count: one.count) { dictionaryPass(one, dictionary) })
    )
}

main()
