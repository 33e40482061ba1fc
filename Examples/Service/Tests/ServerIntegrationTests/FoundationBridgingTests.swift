import ErrorCatalog
import ErrorCodes
import ErrorServiceApp
import Foundation
import Testing

/// The Vapor and Hummingbird traits enable FoundationBridging: here, on Linux too, a catalog
/// error is a `LocalizedError` and a `CustomNSError` that shows the catalog's words.
@Suite struct FoundationBridgingTests {
    @Test func aCatalogErrorBridgesToNSErrorWithTheCatalogsWords() {
        let error = IntegrationHubError.rateLimitExceeded(retryAfter: 30)
        #expect(error.localizedDescription == error.meaning)
        let bridged = error as NSError
        #expect(bridged.domain == "IntegrationHubError")
        #expect(bridged.code == error.numericID)
        #expect(bridged.localizedDescription == error.meaning)
        #expect(bridged.localizedRecoverySuggestion == error.remedy)
        #expect(bridged.localizedFailureReason == error.title)
        #expect(bridged.helpAnchor == error.docURL)
        let thrown: any Error = DeliveryOverviewDiscard.filteredByRules
        #expect(thrown is any LocalizedError)
        #expect((thrown as NSError).code == DeliveryOverviewDiscard.filteredByRules.numericID)
    }

    /// A typed failure is a `LocalizedError` too, its texts rendered in the language the
    /// process's locale environment names (here `LANGUAGE=de`).
    @Test func aFailureBridgesInTheUsersLanguage() {
        setenv("LANGUAGE", "de", 1)
        setenv("LANG", "de_DE.UTF-8", 1)
        defer {
            unsetenv("LANGUAGE")
            unsetenv("LANG")
        }
        #expect(PreferredLanguages.current == ["de", "de-DE"])
        let failure = ServiceError.quotaExceeded(limit: 100, used: 3)
        let thrown: any Error = failure
        #expect(thrown.localizedDescription == "3 Anfragen wurden in dieser Stunde gestellt; die Grenze ist 100.")
        let bridged = thrown as NSError
        #expect(
            bridged.localizedRecoverySuggestion
                == "Warten Sie auf die nächste Stunde, oder beantragen Sie eine Grenze über 100.")
        #expect(bridged.localizedFailureReason == "Kontingent von 100 Anfragen überschritten")
        #expect(bridged.code == ServiceError.Entry.quotaExceeded.numericID)
        #expect(bridged.domain == "ServiceError")
        // The entry without values, read back from a body that had none, shows the placeholders.
        let bare: any Error = CatalogFailure(entry: ServiceError.Entry.quotaExceeded)
        #expect(
            bare.localizedDescription == "{used} Anfragen wurden in dieser Stunde gestellt; die Grenze ist {limit}.")
    }
}
