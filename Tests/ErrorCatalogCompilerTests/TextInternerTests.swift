@testable import ErrorCatalogCompiler
import Testing

@Suite struct TextInternerTests {
    /// Every text keeps its first index through growth, and a repeat finds it again.
    @Test func findsEveryTextAgainAfterGrowing() {
        var index = TextInterner()
        let texts = (0..<5_000).map { "text \($0)" } + ["", "caf\u{E9}", "cafe\u{301}"]
        for (position, text) in texts.enumerated() {
            #expect(index.insert(text) == (position, true))
        }
        for (position, text) in texts.enumerated().reversed() {
            #expect(index.insert(text) == (position, false))
        }
        #expect(index.count == texts.count)
        #expect(index.texts.map { Array($0.utf8) } == texts.map { Array($0.utf8) })
    }
}
