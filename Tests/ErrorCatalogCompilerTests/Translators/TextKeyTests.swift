import ErrorCatalogCompiler
import Testing

/// A translators' key names an entry's text as the compiler does (`EntryText`, steps from 0) and
/// writes it as translators' files do (steps from 1).
@Suite struct TextKeyTests {
    @Test func entryTextsReadAndWriteTheirPaths() throws {
        let cases: [(String, TextKey.Field)] = [
            ("Shop/errors/declined/title", .entry("declined", .title)),
            ("Shop/errors/declined/meaning", .entry("declined", .meaning)),
            ("Shop/errors/declined/remedy", .entry("declined", .remedy(step: nil))),
            ("Shop/errors/declined/remedy/1", .entry("declined", .remedy(step: 0))),
            ("Shop/errors/declined/remedy/12", .entry("declined", .remedy(step: 11))),
            ("Shop/categories/cards/title", .categoryTitle("cards")),
            ("Shop/summary", .catalogSummary),
        ]
        for (path, field) in cases {
            let key = try #require(TextKey(path), "\(path)")
            #expect(key.field == field, "\(path)")
            #expect(key.description == path)
            #expect(TextKey(catalog: "Shop", field: field).description == path)
        }
        #expect(TextKey("Shop/errors/declined/meaning")?.entry == "declined")
        #expect(TextKey("Shop/title")?.entry == nil)
    }

    @Test func stepsCountFromOneAndNoPartIsEmpty() {
        for path in [
            "Shop/errors/declined/remedy/0", "Shop/errors/declined/remedy/-1", "Shop/errors//meaning",
            "Shop/errors/declined/cause", "/title",
        ] {
            #expect(TextKey(path) == nil, "\(path)")
        }
    }
}
