// The cost of the first lookup in a fresh process: no table is built or loaded before it.
// The clock is read once beforehand so its own first-call cost is not counted. Prints the
// first, second and third lookup's nanoseconds, the entry found (-1 for none) and the
// minor page faults the first lookup took.
import SyntheticCatalog
#if canImport(Glibc)
import Glibc
#endif

@inline(never) func lookup(_ code: String) -> Int { SyntheticError(code: code)?.entry._index ?? -1 }

func minorFaults() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_minflt
}

let code = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "ERR_HUB_SVC_0"
let clock = ContinuousClock()
_ = clock.now
_ = minorFaults()
var times: [Int64] = []
times.reserveCapacity(3)
var found = -1
var faults = 0
for round in 0..<3 {
    let before = round == 0 ? minorFaults() : 0
    let start = clock.now
    found = lookup(code)
    let elapsed = clock.now - start
    if round == 0 { faults = minorFaults() - before }
    times.append(elapsed.components.attoseconds / 1_000_000_000 + elapsed.components.seconds * 1_000_000_000)
}
print("\(times[0]) \(times[1]) \(times[2]) \(found) \(faults)")
