@testable import ErrorCatalogCompiler
import Testing

@Suite struct SwiftLiteralTests {
    @Test func escapesWhatALiteralCannotHoldAndKeepsTheRest() {
        #expect(SwiftLiteral.escaped(#"say "hi" \(x)"#) == #"say \"hi\" \\(x)"#)
        #expect(SwiftLiteral.escaped("a\nb\rc\td\u{0}e\u{7F}") == #"a\nb\rc\td\0e\u{7F}"#)
        // Invisible and direction-changing scalars of every UTF-8 length are escaped…
        #expect(SwiftLiteral.escaped("\u{85}|\u{200B}|\u{2028}|\u{202E}|\u{FEFF}") == #"\u{85}|\u{200B}|\u{2028}|\u{202E}|\u{FEFF}"#)
        // …visible ones of every length are kept as written.
        #expect(SwiftLiteral.escaped("é|код|€|🚨|𝄞") == "é|код|€|🚨|𝄞")
        #expect(SwiftLiteral.escaped("") == "")
    }

    @Test func commentTextIsOneShortLine() {
        #expect(SwiftLiteral.commentText("plain") == "plain")
        #expect(SwiftLiteral.commentText("two\nlines\tand\u{200B}zero-width") == "two lines and zero-width")
        #expect(SwiftLiteral.commentText(String(repeating: "a", count: 12), limit: 10) == String(repeating: "a", count: 9) + "…")
        #expect(SwiftLiteral.commentText(String(repeating: "a", count: 10), limit: 10) == String(repeating: "a", count: 10))
        #expect(SwiftLiteral.commentText(String(repeating: "é", count: 12), limit: 10) == String(repeating: "é", count: 9) + "…")
    }
}
