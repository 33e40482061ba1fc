// The cost of the first lookup in a fresh process: no table is built or loaded before it.
import SyntheticCatalog

let code = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "ERR_HUB_SVC_0"
let clock = ContinuousClock()
let start = clock.now
let found = SyntheticError(code: code)
let elapsed = clock.now - start
let nanoseconds = elapsed.components.attoseconds / 1_000_000_000 + elapsed.components.seconds * 1_000_000_000
print("\(nanoseconds) \(found.map { $0._index } ?? -1)")
