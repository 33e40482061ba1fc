import ErrorCatalog
import Testing

/// `selectordinal` chooses a branch by the language's CLDR ordinal rules: English 1st, 2nd,
/// 3rd, 4th, 11th, 21st; Welsh's six categories; Swedish 1:a, 2:a, 3:e.
@Suite struct OrdinalTests {
    func meaning(_ attempt: Int, locale: String? = nil) -> String {
        OrdinalError.attemptFailed(attempt: attempt).meaning(locale: locale ?? "en")
    }

    @Test func englishOrdinalsFollowTheLastDigitsButNotTheTeens() {
        let expected = [
            1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd",
            23: "23rd", 101: "101st", 111: "111th", 1_000_002: "1000002nd", 0: "0th",
        ]
        for (attempt, ordinal) in expected {
            #expect(meaning(attempt) == "Your \(ordinal) attempt failed.")
        }
    }

    @Test func welshHasSixOrdinalCategories() {
        let expected = [
            0: "0fed", 1: "1af", 2: "2ail", 3: "3ydd", 4: "4ydd", 5: "5ed", 6: "6ed", 7: "7fed", 10: "10fed",
        ]
        for (attempt, ordinal) in expected {
            #expect(meaning(attempt, locale: "cy") == "Methodd eich \(ordinal) ymgais.")
        }
    }

    @Test func swedishOrdinalsAndTheirFallbackFromARegion() {
        #expect(meaning(1, locale: "sv") == "Ditt 1:a försök misslyckades.")
        #expect(meaning(2, locale: "sv-FI") == "Ditt 2:a försök misslyckades.")
        #expect(meaning(3, locale: "sv") == "Ditt 3:e försök misslyckades.")
        #expect(meaning(11, locale: "sv") == "Ditt 11:e försök misslyckades.")
        #expect(meaning(21, locale: "sv") == "Ditt 21:a försök misslyckades.")
    }

    @Test func anOrdinalInsideAPluralAndTheCardinalAroundIt() {
        #expect(OrdinalError.attemptFailed(attempt: 1).remedy == "Try once more.")
        #expect(OrdinalError.attemptFailed(attempt: 2).remedy == "Wait before the 2nd retry.")
        #expect(OrdinalError.attemptFailed(attempt: 23).remedy == "Wait before the 23rd retry.")
    }
}
