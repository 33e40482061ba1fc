import Foundation

/// Values computed once per key and shared by every thread: the compiled CLDR conventions of
/// each locale errcat renders or emits with, a docs page's words per locale.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value for `key`, computed by `compute` the first time.
    func value(for key: Key, _ compute: (Key) -> Value) -> Value {
        if let value = lock.withLock({ values[key] }) { return value }
        let value = compute(key)
        lock.withLock { values[key] = value }
        return value
    }
}
