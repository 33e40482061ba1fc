import ErrorCatalog

/// Which CLDR category each gettext form of a file stands for, found by evaluating the
/// file's own `Plural-Forms` on whole numbers (0…10,000 and large round ones) and on
/// fractions for the categories only fractions take. A formula that gives one category two
/// forms (some Latvian, Irish and Hebrew catalogs) cannot be mapped: its plurals are reported,
/// not placed.
struct PluralMapping {
    /// The form of each category; `nil` when the formula cannot be mapped.
    var formOfCategory: [PluralCategory: Int]?

    init(_ file: ImportedFile, locale: String, diagnostics: inout DiagnosticList) {
        guard let formula = file.pluralFormula, let count = file.formCount else { return }
        let rules = PluralRuleSet.cldr(locale) ?? .other
        var mapping: [PluralCategory: Int] = [:]
        for n in GettextPlurals.sampleIntegers {
            let category = rules.category(PluralOperands(n))
            let form = formula.form(Double(n))
            guard (0..<count).contains(form) else {
                diagnostics.error(
                    "Plural-Forms gives \(n) form \(form), outside nplurals=\(count)", at: file.headerLocation)
                return
            }
            if let earlier = mapping[category], earlier != form {
                diagnostics.warning(
                    "Plural-Forms puts numbers of CLDR's '\(category)' for '\(locale)' in forms \(earlier) and "
                        + "\(form) (\(n)): its plural messages cannot be placed",
                    at: file.headerLocation)
                return
            }
            mapping[category] = form
        }
        for value in GettextPlurals.sampleDecimals {
            let category = rules.category(PluralOperands(value))
            if mapping[category] == nil, (0..<count).contains(formula.form(value)) {
                mapping[category] = formula.form(value)
            }
        }
        formOfCategory = mapping
    }

    /// The forms' texts by category.
    func categories(_ forms: [String]) -> [PluralCategory: String]? {
        formOfCategory.map { mapping in mapping.compactMapValues { forms.indices.contains($0) ? forms[$0] : nil } }
    }
}
