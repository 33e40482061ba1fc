@testable import ErrorCatalogCompiler
import Testing

@Suite struct SwiftLiteralTests {
    @Test func escapesWhatALiteralCannotHoldAndKeepsTheRest() {
        #expect(SwiftLiteral.escaped(#"say "hi" \(x)"#) == #"say \"hi\" \\(x)"#)
        #expect(SwiftLiteral.escaped("a\nb\rc\td\u{0}e\u{7F}") == #"a\nb\rc\td\0e\u{7F}"#)
        // Invisible and direction-changing scalars of every UTF-8 length are escaped…
        #expect(
            SwiftLiteral.escaped("\u{85}|\u{200B}|\u{2028}|\u{202E}|\u{FEFF}")
                == #"\u{85}|\u{200B}|\u{2028}|\u{202E}|\u{FEFF}"#)
        // …visible ones of every length are kept as written.
        #expect(SwiftLiteral.escaped("é|код|€|🚨|𝄞") == "é|код|€|🚨|𝄞")
        #expect(SwiftLiteral.escaped("") == "")
    }

    /// The eight-byte skip must never pass over a byte that needs a look, wherever it sits.
    @Test func plainWordsHoldOnlyBytesThatNeedNoLook() {
        let plainByte: UInt64 = 0x61  // "a"
        for position in 0..<8 {
            for byte in UInt64(0)...0xFF {
                let shift = UInt64(8 * position)
                let word = (0x0101_0101_0101_0101 &* plainByte) & ~(0xFF << shift) | byte << shift
                let needsLook = byte < 0x20 || byte >= 0x7F || byte == 0x5C || byte == 0x22
                #expect(SwiftLiteral.isPlain(word) == !needsLook, "byte \(byte) at \(position)")
            }
        }
        // Escapes found on either side of an eight-byte boundary and in a short tail.
        #expect(SwiftLiteral.escaped("abcdefg\"hijklmnop\\qrstuvw\n") == #"abcdefg\"hijklmnop\\qrstuvw\n"#)
    }

    @Test func commentTextIsOneShortLine() {
        #expect(SwiftLiteral.commentText("plain") == "plain")
        #expect(SwiftLiteral.commentText("two\nlines\tand\u{200B}zero-width") == "two lines and zero-width")
        #expect(
            SwiftLiteral.commentText(String(repeating: "a", count: 12), limit: 10) == String(repeating: "a", count: 9)
                + "…")
        #expect(
            SwiftLiteral.commentText(String(repeating: "a", count: 10), limit: 10) == String(repeating: "a", count: 10))
        #expect(
            SwiftLiteral.commentText(String(repeating: "é", count: 12), limit: 10) == String(repeating: "é", count: 9)
                + "…")
    }
}
