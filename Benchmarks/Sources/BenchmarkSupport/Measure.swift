// What the benchmark executables share: a sink the optimiser cannot remove, and the median
// time per item over repeated passes.

/// Keeps `value` alive so the pass that computed it is not optimised away.
@inline(never) public func blackHole(_ value: Int) { if value == Int.min { print(value) } }

/// Median nanoseconds per item over 31 passes of `pass` over `count` items.
public func measure(count: Int, _ pass: () -> Int) -> Double {
    let clock = ContinuousClock()
    var samples: [Double] = []
    for _ in 0..<31 {
        let start = clock.now
        blackHole(pass())
        let elapsed = clock.now - start
        samples.append(
            (Double(elapsed.components.seconds) * 1e18 + Double(elapsed.components.attoseconds)) / 1e9 / Double(count))
    }
    return samples.sorted()[15]
}
