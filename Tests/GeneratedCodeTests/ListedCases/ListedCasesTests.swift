import ErrorCatalog
import Foundation
import Testing

/// `PaymentError.swift` beside this file is the generator's output for a catalog past
/// `SwiftEmitter.documentedCaseLimit` (every case in one declaration), kept equal to the
/// generator by `SwiftReferenceTests`. The cases' tags must still follow file order, as the
/// tables index entries by tag.
@Suite struct ListedCasesTests {
    @Test func casesKeepFileOrderAndTheirEntries() {
        #expect(PaymentError.Entry.allCases == [.cardDeclined, .gateway5xx, .unknown])
        #expect(PaymentError.Entry.allCases.map(\.code) == ["CARD_DECLINED", "GATEWAY_5xx", "UNKNOWN"])
        for (position, entry) in PaymentError.Entry.allCases.enumerated() {
            #expect(entry._index == position)
            #expect(PaymentError.Entry(_index: position) == entry)
            #expect(PaymentError(resolving: entry.code)?.entry == entry)
        }
        #expect(PaymentError.cardDeclined.meaning == "The issuer declined the card.")
        #expect(PaymentError.cardDeclined.remedySteps == ["Ask for another card.", "Or retry with 3-D Secure."])
        #expect(PaymentError.gateway5xx.deprecation == "Use GATEWAY_DOWN.")
        #expect(PaymentError.unknown.isCatchAll)
    }

    @Test func lookupsResolveAliasesFamiliesAndTheCatchAll() throws {
        #expect(PaymentError(code: "card_declined") == .cardDeclined)
        #expect(PaymentError(code: "GATEWAY_503") == .gateway5xx)
        #expect(PaymentError(code: "GATEWAY_5") == nil)
        #expect(PaymentError(resolving: "SOMETHING_NEW") == .unknown)
        let body = Data(#"{"status": 402, "error_code": "card_declined"}"#.utf8)
        let response = try JSONDecoder().decode(PaymentError.Response.self, from: body)
        #expect(response.error == .cardDeclined)
    }
}
