// Rendering a two-argument plural message from the generated tables, against the same
// message written by hand as Swift string interpolation, and a fixed meaning; plus the
// allocations of each. The message was parsed when errcat generated the tables: rendering
// walks integers and copies bytes.
import Foundation
import BenchmarkSupport
import MallocInterposerSwift
import MessageCatalog

@inline(never) func catalogPass(_ values: [Int]) -> Int {
    var sum = 0
    for used in values { sum &+= BenchmarkMessage.quotaExceeded(limit: 1000, used: used).meaning.utf8.count }
    return sum
}

@inline(never) func renderOnlyPass(_ failures: [BenchmarkMessage]) -> Int {
    var sum = 0
    for failure in failures { sum &+= failure.meaning.utf8.count }
    return sum
}

@inline(never) func germanPass(_ failures: [BenchmarkMessage]) -> Int {
    var sum = 0
    for failure in failures { sum &+= failure.meaning(locale: "de").utf8.count }
    return sum
}

@inline(never) func interpolationPass(_ values: [Int]) -> Int {
    var sum = 0
    for used in values {
        let limit = 1000
        let text = "\(used) \(used == 1 ? "request was" : "requests were") made this hour; the limit is \(limit)."
        sum &+= text.utf8.count
    }
    return sum
}

@inline(never) func formattedPass(_ failures: [BenchmarkMessage]) -> Int {
    var sum = 0
    for failure in failures { sum &+= failure.meaning(locale: "de").utf8.count }
    return sum
}

@inline(never) func fixedPass(_ values: [Int]) -> Int {
    var sum = 0
    for _ in values { sum &+= BenchmarkMessage.fixed.meaning.utf8.count }
    return sum
}

func allocations(_ pass: () -> Int) -> Int {
    MallocInterposerSwift.initialize()
    MallocInterposerSwift.hook()
    MallocInterposerSwift.reset()
    blackHole(pass())
    let count = MallocInterposerSwift.getStatistics().mallocCount
    MallocInterposerSwift.unhook()
    return count
}

let values = (0..<20_000).map { $0 % 3 == 0 ? 1 : $0 }
let failures = values.map { BenchmarkMessage.quotaExceeded(limit: 1000, used: $0) }
// Both spell the same text before anything is timed.
for used in values.prefix(100) {
    let limit = 1000
    precondition(
        BenchmarkMessage.quotaExceeded(limit: limit, used: used).meaning
            == "\(used) \(used == 1 ? "request was" : "requests were") made this hour; the limit is \(limit).")
}
// The same message with a formatted amount, date, number and percentage, and with plain arguments.
let formatted = values.map {
    BenchmarkMessage.chargeDeclined(
        amount: Money(minorUnits: $0 * 137, currency: "EUR"), attempts: $0, share: Double($0) / 7_000,
        day: Timestamp(secondsSince1970: 1_796_635_800 + $0 * 86_400, utcOffsetMinutes: 60))
}
let plain = values.map {
    BenchmarkMessage.chargeDeclinedPlain(
        amount: Double($0) * 1.37, currency: "EUR", attempts: $0, share: Double($0) / 7_000, day: "2026-12-07")
}
let rows: [(String, Double, Int)] = [
    (
        "catalog: maker + meaning", measure(count: values.count) { catalogPass(values) },
        allocations { catalogPass(values) }
    ),
    (
        "catalog: meaning of a made failure", measure(count: values.count) { renderOnlyPass(failures) },
        allocations { renderOnlyPass(failures) }
    ),
    (
        "catalog: the same, in German (de)", measure(count: values.count) { germanPass(failures) },
        allocations { germanPass(failures) }
    ),
    (
        "string interpolation by hand", measure(count: values.count) { interpolationPass(values) },
        allocations { interpolationPass(values) }
    ),
    (
        "formatted: amount, date, number, %", measure(count: values.count) { formattedPass(formatted) },
        allocations { formattedPass(formatted) }
    ),
    (
        "the same with plain arguments", measure(count: values.count) { formattedPass(plain) },
        allocations { formattedPass(plain) }
    ),
    (
        "fixed meaning (no parameters)", measure(count: values.count) { fixedPass(values) },
        allocations { fixedPass(values) }
    ),
]
print("message rendering, \(values.count) messages per pass (median of 31 passes)")
for (name, nanoseconds, allocationCount) in rows {
    print(
        name.padding(toLength: 36, withPad: " ", startingAt: 0)
            + String(format: "%7.1f ns  %5.2f allocations", nanoseconds, Double(allocationCount) / Double(values.count))
    )
}
let ratios = (rendering: rows[1].1 / rows[3].1, german: rows[2].1 / rows[1].1, formats: rows[4].1 / rows[5].1)
print(
    String(
        format: "render / interpolation: %.2f×; German / source: %.2f×; formatted / plain: %.2f×", ratios.rendering,
        ratios.german, ratios.formats))
