@testable import ErrorCatalogCompiler
import ErrorCatalog
import Testing

/// A plural without a branch its language gives counts is an error (msgfmt --check refuses
/// such a PO); without one only fractions or millions take, a warning.
@Suite struct PluralBranchTests {
    func issues(_ text: String, language: String) -> [MessageParser.Issue] {
        var parser = MessageParser(
            text, parameters: ["n": .integer], rules: PluralRuleSet.cldr(language)!, language: language)
        _ = parser.parse()
        return parser.issues
    }

    @Test func aCategoryCountsTakeIsRequired() throws {
        let found = issues("{n, plural, one {# файл} other {# файла}}", language: "ru")
        let issue = try #require(found.first)
        #expect(found.count == 1)
        #expect(issue.isError)
        #expect(issue.message.contains("'few', 'many'"), "\(issue.message)")
        #expect(issue.message.contains("counts such as 0, 2, 3"), "\(issue.message)")
        let complete = "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"
        #expect(issues(complete, language: "ru").isEmpty)
        #expect(issues("{n, plural, one {#} few {#} other {#}}", language: "pl").first?.isError == true)
    }

    @Test func aCategoryOnlyFractionsOrMillionsTakeIsAWarning() throws {
        // French and Spanish 'many' are taken by 1,000,000 and compact numbers only.
        for language in ["fr", "es"] {
            let found = issues("{n, plural, one {# essai} other {# essais}}", language: language)
            let issue = try #require(found.first)
            #expect(found.count == 1)
            #expect(!issue.isError, "\(issue.message)")
            #expect(issue.message.contains("'many'"), "\(issue.message)")
        }
        #expect(PluralRuleSet.cldr("ru")!.countingCategories == [.one, .few, .many])
        #expect(PluralRuleSet.cldr("fr")!.countingCategories == [.one, .other])
        #expect(PluralRuleSet.cldr("en")!.countingCategories == [.one, .other])
    }
}

extension PluralBranchTests {
    /// `=N` branches that answer every count of a category stand in for it (English `=1`).
    @Test func exactBranchesAnswerTheCountsOfACategory() {
        #expect(issues("{n, plural, =1 {a file} other {# files}}", language: "en").allSatisfy { !$0.isError })
        #expect(issues("{n, plural, =0 {none} other {# things}}", language: "en").first?.isError == true)
        let russian = issues("{n, plural, =2 {x} =3 {x} =4 {x} one {#} many {#} other {#}}", language: "ru")
        #expect(russian.first?.isError == true)
        #expect(russian.first?.message.contains("counts such as 22, 23, 24") == true, "\(russian)")
    }
}
