import ErrorCatalog
import Foundation
import KeywordCatalog
import Testing

/// Every way a Swift developer handles an error works on a catalog's cases, from another
/// module (`CheckoutError` is generated into `KeywordCatalog`): entries with integer, number
/// and string parameters and without.
@Suite struct CatchFormsTests {
    func pay(_ error: CheckoutError) throws { throw error }
    func typedPay(_ error: CheckoutError) throws(CheckoutError) { throw error }

    @Test func catchMatchesTheCaseWithAndWithoutItsValues() {
        var caught: [String] = []
        for error: CheckoutError in [
            .cardLimitExceeded(limit: 3, attempts: 5), .cardDeclined, .amountTooLow(minimum: 0.5),
            .fieldInvalid(field: "email"), .rateLimited(retryAfter: 30),
        ] {
            do {
                try pay(error)
            } catch CheckoutError.cardLimitExceeded(let limit, let attempts) {
                caught.append("limit \(limit) \(attempts)")
            } catch CheckoutError.cardDeclined {
                caught.append("declined")
            } catch CheckoutError.amountTooLow(minimum: let minimum) {
                caught.append("minimum \(minimum)")
            } catch CheckoutError.fieldInvalid {
                caught.append("field")
            } catch CheckoutError.rateLimited(let seconds) {
                caught.append("retry \(seconds)")
            } catch {
                Issue.record("\(error) escaped every catch")
            }
        }
        #expect(caught == ["limit 3 5", "declined", "minimum 0.5", "field", "retry 30"])
    }

    @Test func asSwitchIfCaseAndEqualityMatch() throws {
        let thrown: any Error = CheckoutError.cardLimitExceeded(limit: 3, attempts: 5)
        do { throw thrown } catch let error as CheckoutError { #expect(error.entry == .cardLimitExceeded) }
        do { throw thrown } catch let error as any CatalogError { #expect(error.code == "CARD_LIMIT_EXCEEDED") }
        switch thrown {
        case CheckoutError.cardLimitExceeded(let limit, _): #expect(limit == 3)
        default: Issue.record("switch missed the case")
        }
        if case CheckoutError.cardLimitExceeded = thrown {} else { Issue.record("if case missed the case") }
        #expect(thrown as? CheckoutError == .cardLimitExceeded(limit: 3, attempts: 5))
        #expect(thrown as? CheckoutError != .cardLimitExceeded(limit: 3, attempts: 6))
        #expect(CheckoutError.amountTooLow(minimum: 0.5) != .amountTooLow(minimum: 0.25))
        #expect((CheckoutError.cardDeclined as any Error) as? CheckoutError == .cardDeclined)
        let set: Set<CheckoutError> = [
            .fieldInvalid(field: "a"), .fieldInvalid(field: "a"), .fieldInvalid(field: "b"), .cardDeclined,
        ]
        #expect(set.count == 3)
    }

    @Test func typedThrowsGiveTheCatalogType() {
        do {
            try typedPay(.rateLimited(retryAfter: 12))
        } catch {
            // `error` is a CheckoutError here, no cast.
            if case .rateLimited(let seconds) = error { #expect(seconds == 12) } else { Issue.record("\(error)") }
            #expect(error.retryAfter == 12)
        }
        let result = Result { () throws(CheckoutError) in try typedPay(.cardDeclined) }
        if case .failure(let error) = result { #expect(error == .cardDeclined) } else { Issue.record("no failure") }
    }

    @Test func textsComeFromTheCasesOwnValues() {
        let error = CheckoutError.cardLimitExceeded(limit: 3, attempts: 5)
        #expect(error.meaning == "5 charges were tried; the card allows 3.")
        #expect(error.description == error.meaning)
        #expect(error.code == "CARD_LIMIT_EXCEEDED")
        #expect(error.httpStatus == 402)
        #expect(error.arguments == ["limit": 3, "attempts": 5])
        #expect(
            error.debugDescription == "CheckoutError.cardLimitExceeded(limit: 3, attempts: 5) (CARD_LIMIT_EXCEEDED)")
        #expect(CheckoutError.fieldInvalid(field: "email").meaning == "The field 'email' is invalid.")
        #expect(CheckoutError.amountTooLow(minimum: 0.5).remedy == "Charge at least 0.5.")
        #expect(CheckoutError.Entry.cardLimitExceeded.meaning.contains("{limit}"))
        // The entry is the payload-free identity: lookups, every entry, which entry.
        #expect(CheckoutError.Entry(code: "CARD_LIMIT_EXCEEDED") == .cardLimitExceeded)
        #expect(CheckoutError.Entry.allCases.count == 5)
        #expect(CheckoutError(code: "CARD_DECLINED") == .cardDeclined)
        #expect(CheckoutError(code: "CARD_LIMIT_EXCEEDED") == nil)
        #expect(CheckoutError(entry: .amountTooLow, arguments: ["minimum": 2]) == .amountTooLow(minimum: 2))
    }

    @Test func theWireAndCodableGiveTheTypedCaseBack() throws {
        let errors: [CheckoutError] = [
            .cardLimitExceeded(limit: 3, attempts: 5), .cardDeclined, .amountTooLow(minimum: 0.5),
            .fieldInvalid(field: "e\"mail"), .rateLimited(retryAfter: 30),
        ]
        for error in errors {
            let response = ProblemResponse(for: error)
            #expect(try CheckoutError(problemBody: response.body) == error)
            let failure = try #require(try CatalogFailure(problemBody: response.body, catalog: CheckoutError.self))
            #expect(failure.error as? CheckoutError == error)
        }
        #expect(try JSONDecoder().decode([CheckoutError].self, from: JSONEncoder().encode(errors)) == errors)
        let limited = ProblemResponse(for: CheckoutError.rateLimited(retryAfter: 30))
        #expect(limited.headers.contains(.init(name: "Retry-After", value: "30")))
    }
}
