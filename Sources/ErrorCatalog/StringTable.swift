/// Strings stored back to back in one `StaticString`, one per line, found by offset.
///
/// String `i` is the UTF-8 text from `offsets[i]` up to the newline before
/// `offsets[i + 1]`. Reading one builds a `String` from constant data; nothing is
/// computed before the first read.
@frozen
public struct _StringTable: Sendable {
    /// The strings, separated by single newlines.
    public let text: StaticString
    /// `count + 1` start offsets; the last one is one past the end of the text plus one.
    public let offsets: _PackedTable

    /// A table over `text` with the given offsets.
    @inlinable
    public init(_ text: StaticString, offsets: _PackedTable) {
        self.text = text
        self.offsets = offsets
    }

    /// The number of strings.
    @inlinable
    public var count: Int { Swift.max(offsets.count - 1, 0) }

    /// The bytes of string `index`.
    @inlinable @inline(__always)
    public func bytes(_ index: Int) -> UnsafeRawBufferPointer {
        let start = offsets[index]
        let end = offsets[index + 1] - 1
        return UnsafeRawBufferPointer(start: text.utf8Start + start, count: end - start)
    }

    /// String `index`.
    @inlinable
    public subscript(index: Int) -> String {
        String(decoding: bytes(index), as: UTF8.self)
    }

    /// The offsets for `strings` laid out as ``text`` expects: each string's start, then
    /// the end of the text plus one.
    public static func offsets(of strings: [String]) -> [Int] {
        var result = [Int]()
        result.reserveCapacity(strings.count + 1)
        var position = 0
        for string in strings {
            result.append(position)
            position += string.utf8.count + 1
        }
        result.append(position)
        return result
    }
}
