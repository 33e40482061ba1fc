import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns their results in order
/// (``map(_:concurrently:_:)``), or two different jobs at once (``both(concurrently:_:_:)``).
///
/// Used where one run does several large, independent jobs: the declarations, entry tables
/// and lookup of a generated Swift file; the index page, catalog pages and `errors.json`.
/// Results do not depend on scheduling, so output stays byte-for-byte deterministic.
enum Parallel {
    /// Catalogs with fewer entries are emitted on the calling thread.
    static let minimumEntries = 1_000
    /// YAML texts shorter than this are parsed on the calling thread, whatever the pieces.
    static let minimumBytes = 256 << 10

    /// `body(0) … body(count - 1)` in index order, run concurrently when `concurrently`.
    ///
    /// Callers pass whether the work is large enough to pay for waking other threads (see
    /// ``minimumEntries`` and ``minimumBytes``): small work is done sooner on the calling
    /// thread, and a process that only handles small catalogs never starts any.
    static func map<T>(_ count: Int, concurrently: Bool = true, _ body: (Int) -> T) -> [T] {
        guard count > 1, concurrently else { return (0..<count).map(body) }
        let results = ResultSlots<T>(count: count)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.store(work.value(index), at: index)
            }
        }
        return results.take()
    }
}

extension Parallel {
    /// `first()` and `second()`, run at the same time when `concurrently`; each result has one
    /// owner, so a large value is handed on without a copy.
    static func both<A, B>(concurrently: Bool = true, _ first: () -> A, _ second: () -> B) -> (A, B) {
        guard concurrently else {
            let a = first()
            return (a, second())
        }
        let a = ResultSlot<A>()
        let b = ResultSlot<B>()
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = UncheckedBox((first, second))
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { a.value = work.value.0() } else { b.value = work.value.1() }
                }
            }
        }
        return (a.value.take()!, b.value.take()!)
    }
}

/// One result, written by one thread and read after it has finished.
private final class ResultSlot<T>: @unchecked Sendable {
    var value: T?
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
