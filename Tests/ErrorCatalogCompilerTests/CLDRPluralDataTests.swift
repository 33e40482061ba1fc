@testable import ErrorCatalogCompiler
import ErrorCatalog
import Testing

/// The plural rules are current CLDR's (as Babel 2.19.0 carries it), with the release named.
@Suite struct CLDRPluralDataTests {
    func category(_ language: String, _ value: Int) -> PluralCategory? {
        PluralRuleSet.cldr(language)?.category(PluralOperands(value))
    }

    @Test func theRulesAreCurrentCLDRs() {
        #expect(CLDRPluralRules.cldrVersion == "49 (Babel 2.19.0)")
        // Romanian 101 takes `few` since CLDR 42 ("101 caractere"), as gettext catalogs say.
        #expect(category("ro", 101) == .few)
        #expect(category("ro", 120) == .other)
        #expect(category("ro", 2) == .few)
        // French `many` for millions; Portuguese of Portugal as Italian; legacy codes kept.
        #expect(category("fr", 1_000_000) == .many)
        #expect(category("pt-PT", 0) == .other)
        #expect(category("pt", 0) == .one)
        #expect(PluralRuleSet.cldr("iw") == PluralRuleSet.cldr("he"))
        #expect(PluralRuleSet.cldr("tl") == PluralRuleSet.cldr("fil"))
        #expect(PluralRuleSet.cldr("xx") == nil)
    }
}
