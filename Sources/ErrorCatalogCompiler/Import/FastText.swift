/// String helpers the importer calls per cell, working on UTF-8 bytes rather than going
/// through Foundation's `NSString` bridging (which dominated a 100,000-row import).
extension Substring {
    /// The text without ASCII spaces, tabs and line breaks at its ends.
    var trimmed: String {
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The text without ASCII spaces, tabs and line breaks at its ends.
    var trimmed: String { self[...].trimmed }
}

extension StringProtocol {
    /// Whether the text contains the byte `byte`.
    func containsByte(_ byte: UInt8) -> Bool { utf8.contains(byte) }

    /// Whether the text contains `needle` (compared as bytes).
    func containsText(_ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first else { return true }
        let haystack = Array(utf8)
        guard haystack.count >= bytes.count else { return false }
        var position = 0
        while position <= haystack.count - bytes.count {
            if haystack[position] == first, haystack[position..<position + bytes.count].elementsEqual(bytes) {
                return true
            }
            position += 1
        }
        return false
    }
}

private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
