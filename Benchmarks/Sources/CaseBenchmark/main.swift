// What going between the cases and the entries of a large catalog with parameters costs at run
// time, through the runtime's numbers of the cases and the generated tables: `entry`, `arguments`,
// `init(entry:arguments:)` and `meaning` of a case with values (`e0`) and of one without (`e9999`),
// against a catalog without parameters, whose `entry` is its bit pattern (SyntheticError, 5,000
// entries).
import BenchmarkSupport
import Foundation
import ParameterCatalog
import SyntheticCatalog

// Generic, specialized for each catalog by the optimizer; kept out of line so each pass is timed.
@inline(never) func entryPass<E: CatalogError>(_ errors: [E]) -> Int {
    var sum = 0
    for error in errors { sum &+= error.entry._index }
    return sum
}

@inline(never) func argumentsPass<E: CatalogError>(_ errors: [E]) -> Int {
    var sum = 0
    for error in errors { sum &+= error.arguments.count }
    return sum
}

@inline(never) func casePass<E: CatalogError>(_ entries: [E.Entry], _ arguments: MessageArguments, as: E.Type) -> Int {
    var sum = 0
    for entry in entries where E(entry: entry, arguments: arguments) != nil { sum &+= 1 }
    return sum
}

@inline(never) func meaningPass<E: CatalogError>(_ errors: [E]) -> Int {
    var sum = 0
    for error in errors { sum &+= error.meaning.utf8.count }
    return sum
}

let count = 100_000
let arguments: MessageArguments = ["attempts": 3, "ratio": 0.5, "item": "order"]
let valued = [ParameterError](repeating: .e0(attempts: 3, ratio: 0.5, item: "order"), count: count)
let lateValued = [ParameterError](repeating: .e9990(attempts: 3, ratio: 0.5, item: "order"), count: count)
let plain = [ParameterError](repeating: .e9999, count: count)
let synthetic = [SyntheticError](repeating: .e4999, count: count)
func row(_ name: String, _ nanoseconds: Double) { print("\(name): \(String(format: "%.1f", nanoseconds)) ns") }
row("entry, with values (e0)", measure(count: count) { entryPass(valued) })
row("entry, with values (e9990)", measure(count: count) { entryPass(lateValued) })
row("entry, without (e9999)", measure(count: count) { entryPass(plain) })
row("entry, no parameters (bit pattern)", measure(count: count) { entryPass(synthetic) })
row("arguments, with values (e9990)", measure(count: count) { argumentsPass(lateValued) })
row("arguments, without (e9999)", measure(count: count) { argumentsPass(plain) })
let lateEntries = [ParameterError.Entry](repeating: .e9990, count: count)
let plainEntries = [ParameterError.Entry](repeating: .e9999, count: count)
let syntheticEntries = [SyntheticError.Entry](repeating: .e4999, count: count)
row(
    "init(entry:arguments:), with values (e9990)",
    measure(count: count) {
        casePass(lateEntries, arguments, as: ParameterError.self)
    })
row(
    "init(entry:arguments:), without (e9999)",
    measure(count: count) {
        casePass(plainEntries, [:], as: ParameterError.self)
    })
row(
    "init(entry:arguments:), no parameters",
    measure(count: count) {
        casePass(syntheticEntries, [:], as: SyntheticError.self)
    })
row("meaning, with values (rendered, e9990)", measure(count: count) { meaningPass(lateValued) })
row("meaning, without (e9999)", measure(count: count) { meaningPass(plain) })
row("meaning, no parameters", measure(count: count) { meaningPass(synthetic) })
