import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns their results in order.
///
/// Used where one run does several large, independent jobs: decoding halves of a long
/// entry list, writing the index page, catalog pages and `errors.json`. Results do not
/// depend on scheduling, so output stays byte-for-byte deterministic.
enum Parallel {
    /// The number of pieces a job of `count` items is worth splitting into: one per core,
    /// and only when each piece gets at least `minimumPerPiece` items.
    static func pieces(for count: Int, minimumPerPiece: Int) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / max(1, minimumPerPiece)))
    }

    /// `body(0) … body(count - 1)`, run concurrently, in index order.
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let results = ResultSlots<T>(count: count)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.store(work.value(index), at: index)
            }
        }
        return results.take()
    }

    /// `first()` and `second()`, run concurrently.
    static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        var a: A?
        var b: B?
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let results = map(2) { index -> (A?, B?) in index == 0 ? (first(), nil) : (nil, second()) }
                a = results[0].0
                b = results[1].1
            }
        }
        return (a!, b!)
    }

    /// The ranges of `count` items split into `pieces` contiguous runs of near-equal length.
    static func ranges(of count: Int, pieces: Int) -> [Range<Int>] {
        (0..<pieces).map { piece in (count * piece / pieces)..<(count * (piece + 1) / pieces) }
    }
}

/// One result slot per index; each index is written by exactly one thread, and read only
/// after every writer has finished (`concurrentPerform` returns after all iterations).
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
    }

    func store(_ value: T, at index: Int) { (slots + index).initialize(to: value) }

    /// The results, moved out of the slots; call once, after every slot is stored.
    func take() -> [T] { Array(UnsafeBufferPointer(start: slots, count: count)) }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}

/// A value handed to concurrent iterations that only read it.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
