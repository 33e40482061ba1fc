import ErrorCatalog
import Foundation
import Testing

/// `{n, number}`, `integer`, `percent` and money with `currency`, as the reader's locale writes
/// them: the expected texts are ICU 72's MessageFormat renderings of the same patterns (Debian's
/// PyICU), in locales whose CLDR data has not changed since (see `.ci/messages/number_oracle.py`).
@Suite struct NumberFormatTests {
    func declined(_ amount: Money, attempts: Int = 1234, share: Double = 0.125) -> QuotaError {
        .chargeDeclined(amount: amount, attempts: attempts, share: share)
    }

    /// The meaning's formatted parts: amount, attempts, share.
    func parts(_ error: QuotaError, locale: String) -> [String] {
        let text = error.meaning(locale: locale)
        let english = #/of (.+) was declined after (.+) attempts; it\s+would have used (.+) of the limit/#
        let translated = #/über (.+) wurde nach (.+) Versuchen abgelehnt;\s+sie hätte (.+) des Limits/#
        if let match = text.firstMatch(of: english) ?? text.firstMatch(of: translated) {
            return [String(match.1), String(match.2), String(match.3)]
        }
        return [text]
    }

    @Test func englishGroupsThousandsAndPutsTheSymbolFirst() {
        let error = declined(Money(minorUnits: -123_456_789, currency: "EUR"), attempts: 1_234_567, share: 0.125)
        #expect(parts(error, locale: "en") == ["-€1,234,567.89", "1,234,567", "12%"])
        #expect(error.remedy == "Ask for a limit above 0.125 times the current one, or 1,234,567 fewer charges.")
    }

    @Test func europeanSeparatorsAndSpacing() {
        let error = declined(Money(minorUnits: -123_456, currency: "EUR"), attempts: 12_345, share: -0.125)
        #expect(parts(error, locale: "de") == ["-1.234,56\u{A0}€", "12.345", "-12\u{A0}%"])
        #expect(parts(error, locale: "fr") == ["-1\u{202F}234,56\u{A0}€", "12\u{202F}345", "-12\u{A0}%"])
    }

    @Test func indianGroupingAndNativeDigits() {
        let error = declined(Money(minorUnits: 123_456_789, currency: "INR"), attempts: 1_234_567, share: 0.5)
        #expect(parts(error, locale: "hi") == ["₹12,34,567.89", "12,34,567", "50%"])
        let bengali = ["১২,৩৪,৫৬৭.৮৯₹", "১২,৩৪,৫৬৭", "৫০%"]
        #expect(parts(error, locale: "bn") == bengali)
        #expect(parts(error, locale: "fa")[1] == "۱٬۲۳۴٬۵۶۷")
    }

    @Test func aCurrencyKeepsItsOwnFractionDigitsAndALetterSymbolIsSpacedFromTheDigits() {
        #expect(parts(declined(Money(minorUnits: 1250, currency: "JPY")), locale: "en")[0] == "¥1,250")
        #expect(parts(declined(Money(minorUnits: 2000, currency: "KWD")), locale: "en")[0] == "KWD\u{A0}2.000")
        #expect(parts(declined(Money(minorUnits: 300, currency: "CHF")), locale: "en")[0] == "CHF\u{A0}3.00")
        #expect(parts(declined(Money(minorUnits: 1250, currency: "JPY")), locale: "bn")[0] == "১,২৫০\u{A0}JP¥")
    }

    @Test func decimalsRoundHalfToEvenFromTheShortestDigits() {
        let cases: [(Double, String, String)] = [
            (0.0015, "0.002", "0%"), (2.5, "2.5", "250%"), (0.125, "0.125", "12%"), (0.0005, "0", "0%"),
            (-0.0001, "-0", "-0%"), (99.9995, "100", "10,000%"), (1_234.5678, "1,234.568", "123,457%"),
            (0.1 + 0.2, "0.3", "30%"), (.infinity, "∞", "∞%"), (1e21, "1,000,000,000,000,000,000,000", ""),
        ]
        for (share, decimal, percent) in cases {
            let error = declined(Money(minorUnits: 0, currency: "EUR"), share: share)
            #expect(error.remedy.contains("above \(decimal) times"), "\(share)")
            if !percent.isEmpty { #expect(parts(error, locale: "en")[2] == percent, "\(share)") }
        }
    }

    /// de-CH groups with CLDR 49's apostrophe (ICU 72's CLDR 42 wrote `’`).
    @Test func aRegionFallsBackToItsLanguageOrUsesItsOwnConventions() {
        let error = declined(Money(minorUnits: 123_450, currency: "CHF"), attempts: 12_345)
        #expect(parts(error, locale: "de-AT")[1] == "12.345")
        #expect(parts(error, locale: "de-CH") == ["CHF\u{A0}1'234.50", "12'345", "12%"])
    }

    @Test func moneyIsExactOnTheWireAndReadsBackIntoTheCase() throws {
        let error = declined(Money(minorUnits: 1250, currency: "EUR"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(error.arguments), as: UTF8.self)
        #expect(json.contains(#""amount":{"amount":"12.50","currency":"EUR"}"#))
        let arguments = try JSONDecoder().decode(MessageArguments.self, from: Data(json.utf8))
        #expect(QuotaError(entry: error.entry, arguments: arguments) == error)
        #expect(Money(amount: "12.5", currency: "EUR") == Money(minorUnits: 1250, currency: "EUR"))
        #expect(Money(amount: "12.345", currency: "EUR") == nil)
        #expect(Money(amount: "1250", currency: "JPY")?.amount == "1250")
        #expect(Money(minorUnits: -5, currency: "KWD").amount == "-0.005")
    }

    @Test func theTypedCaseMatchesItsAmount() {
        let thrown: any Error = declined(Money(minorUnits: 1250, currency: "EUR"))
        guard case QuotaError.chargeDeclined(let amount, _, _)? = thrown as? QuotaError else {
            Issue.record("not caught as the case")
            return
        }
        #expect(amount.currency == "EUR" && amount.minorUnits == 1250)
    }
}
