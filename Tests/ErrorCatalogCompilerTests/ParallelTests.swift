@testable import ErrorCatalogCompiler
import Testing

@Suite struct ParallelTests {
    @Test func resultsComeBackInIndexOrder() {
        for count in [0, 1, 2, 3, 17] {
            // Uneven work, so pieces finish out of order.
            let results = Parallel.map(count) { index -> Int in
                var spin = 0
                for step in 0..<((count - index) * 20_000) { spin &+= step }
                return index * index + (spin < 0 ? 1 : 0)
            }
            #expect(results == (0..<count).map { $0 * $0 })
        }
    }

    @Test func smallWorkRunsInOrderOnTheCallingThread() {
        var order: [Int] = []
        let results = Parallel.map(5, concurrently: false) { index -> Int in
            order.append(index)
            return index * 2
        }
        #expect(results == [0, 2, 4, 6, 8])
        #expect(order == [0, 1, 2, 3, 4])
    }
}
