import ErrorCatalog
@testable import ErrorCatalogCompiler
import Testing

/// The `Plural-Forms` errcat writes for each CLDR language picks, for every whole number, the
/// form of the category CLDR gives it; a fraction-only category takes the form the formula
/// gives its fraction.
@Suite struct GettextPluralsTests {
    @Test func everyLanguageFormulaAgreesWithItsRules() throws {
        for group in CLDRPluralRules.groups {
            let rules = try PluralRuleSet(group.rules)
            let plurals = GettextPlurals(rules)
            let formula = try PluralFormula(plurals.formula)
            for n in GettextPlurals.sampleIntegers {
                let expected = plurals.categories.firstIndex(of: rules.category(PluralOperands(n)))
                #expect(formula.form(Double(n)) == expected, "\(group.locales[0]) \(n): \(plurals.formula)")
            }
        }
    }

    @Test func knownHeaders() throws {
        #expect(GettextPlurals(.cldr("de")!).header == "nplurals=2; plural=(n == 1 ? 0 : 1);")
        #expect(GettextPlurals(.cldr("ja")!).header == "nplurals=1; plural=0;")
        let russian = GettextPlurals(.cldr("ru")!)
        #expect(russian.categories == [.one, .few, .many])
        #expect(russian.decimalForms == [.other: 2])
        #expect(GettextPlurals(.cldr("fr")!).categories == [.one, .many, .other])
        #expect(GettextPlurals(.cldr("ar")!).categories.count == 6)
    }

    @Test func formulasOfOtherProjects() throws {
        let polish = try PluralFormula("(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)")
        #expect([1, 2, 5, 12, 22, 25].map { polish.form(Double($0)) } == [0, 1, 2, 2, 1, 2])
        #expect(try PluralFormula("n != 1").form(1) == 0)
        #expect(try PluralFormula("!(n <= 1) + 0").form(3) == 1)
        #expect(throws: PluralFormula.SyntaxError.self) { try PluralFormula("(n == 1 ? 0") }
        #expect(throws: PluralFormula.SyntaxError.self) { try PluralFormula("n = 1") }
    }
}
