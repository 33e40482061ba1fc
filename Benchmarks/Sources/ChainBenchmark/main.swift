// What the chains of switches of a large catalog with parameters cost at run time: `entry` and
// `meaning` of a case the first switch answers (`e0`, with values) and of one the last answers
// (`e9999`, without), against a case of a catalog without parameters, whose `entry` is its bit
// pattern (SyntheticError, 5,000 entries).
import BenchmarkSupport
import Foundation
import ChainCatalog
import SyntheticCatalog

// Generic, specialized for each catalog by the optimizer; kept out of line so each pass is timed.
@inline(never) func entryPass<E: CatalogError>(_ errors: [E]) -> Int {
    var sum = 0
    for error in errors { sum &+= error.entry._index }
    return sum
}

@inline(never) func meaningPass<E: CatalogError>(_ errors: [E]) -> Int {
    var sum = 0
    for error in errors { sum &+= error.meaning.utf8.count }
    return sum
}

let count = 100_000
let first = [ChainError](repeating: .e0(attempts: 3, ratio: 0.5, item: "order"), count: count)
let last = [ChainError](repeating: .e9999, count: count)
let plain = [SyntheticError](repeating: .e4999, count: count)
func row(_ name: String, _ nanoseconds: Double) { print("\(name): \(String(format: "%.1f", nanoseconds)) ns") }
row("entry, first switch (e0, with values)", measure(count: count) { entryPass(first) })
row("entry, last switch (e9999, the 20th)", measure(count: count) { entryPass(last) })
row("entry, no parameters (bit pattern)", measure(count: count) { entryPass(plain) })
row("meaning, first switch (rendered with values)", measure(count: count) { meaningPass(first) })
row("meaning, last switch", measure(count: count) { meaningPass(last) })
row("meaning, no parameters", measure(count: count) { meaningPass(plain) })
