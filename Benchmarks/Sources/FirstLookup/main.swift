// The cost of the first lookup in a fresh process: no table is built or loaded before it.
// The clock is read once beforehand so its own first-call cost is not counted.
import SyntheticCatalog

let code = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "ERR_HUB_SVC_0"
let clock = ContinuousClock()
_ = clock.now
let start = clock.now
let found = SyntheticError(code: code)
let elapsed = clock.now - start
let second = clock.now
_ = SyntheticError(code: code)
let secondElapsed = clock.now - second
func nanoseconds(_ duration: Duration) -> Int64 {
    duration.components.attoseconds / 1_000_000_000 + duration.components.seconds * 1_000_000_000
}
print("\(nanoseconds(elapsed)) \(nanoseconds(secondElapsed)) \(found.map { $0._index } ?? -1)")
