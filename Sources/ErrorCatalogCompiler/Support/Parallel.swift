import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns their results in order.
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
