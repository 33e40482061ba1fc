import ErrorCodes
import Foundation
import Testing

/// The Vapor and Hummingbird traits enable FoundationBridging: here, on Linux too, a catalog
/// error is a `LocalizedError` and a `CustomNSError` that shows the catalog's words.
@Suite struct FoundationBridgingTests {
    @Test func aCatalogErrorBridgesToNSErrorWithTheCatalogsWords() {
        let error = IntegrationHubError.rateLimitExceeded
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
}
