@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// The OpenAPI document of a catalog: an open code enum, the problem schema, the declared
/// response and a response per status with an example per entry. (`.ci/check-openapi` checks
/// it with openapi-spec-validator and swift-openapi-generator.)
@Suite struct OpenAPIEmitterTests {
    typealias Object = [String: Any]

    func document() throws -> (Object, Catalog) {
        let folder = DocsEmitterTests.fixtures.appendingPathComponent("reference").path
        let catalog = try #require(Pipeline().run(paths: [folder + "/Payments.yaml"]).catalogs.first)
        let text = OpenAPIEmitter(version: "1.2.0").document(catalog)
        #expect(OpenAPIEmitter(version: "1.2.0").document(catalog) == text)
        return (try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? Object), catalog)
    }

    func at(_ object: Any?, _ path: String...) -> Any? {
        path.reduce(object) { ($0 as? Object)?[$1] }
    }

    @Test func theCodeSchemaIsAnOpenEnumWithMeanings() throws {
        let (document, catalog) = try document()
        #expect(document["openapi"] as? String == "3.1.0")
        #expect(at(document, "info", "version") as? String == "1.2.0")
        let forms = try #require(at(document, "components", "schemas", "PaymentErrorCode", "anyOf") as? [Object])
        #expect(forms.count == 2)
        // The catch-all's label is no wire code; aliases are codes too.
        #expect(forms[0]["enum"] as? [String] == ["CARD_DECLINED", "card_declined", "GATEWAY_5xx"])
        #expect(forms[0]["x-enum-varnames"] as? [String] == ["cardDeclined", "cardDeclined", "gateway5xx"])
        #expect((forms[0]["x-enum-descriptions"] as? [String])?.first == catalog.entries[0].meaning)
        #expect(forms[1]["type"] as? String == "string")
        #expect(forms[1]["enum"] == nil)
    }

    @Test func problemsAndResponses() throws {
        let (document, catalog) = try document()
        let problem = try #require(at(document, "components", "schemas", "PaymentErrorProblem") as? Object)
        #expect(at(problem, "properties", "code", "$ref") as? String == "#/components/schemas/PaymentErrorCode")
        #expect(
            Set((at(problem, "properties") as? Object)?.keys.map { $0 } ?? []) == [
                "type", "title", "status", "detail", "instance", "code", "remedy",
            ])
        let declared = try #require(at(document, "components", "schemas", "PaymentErrorResponse") as? Object)
        #expect(at(declared, "properties", "error_code", "$ref") as? String == "#/components/schemas/PaymentErrorCode")
        #expect(declared["required"] as? [String] == catalog.response?.fields.filter(\.required).map(\.name))
        let responses = try #require(at(document, "components", "responses") as? Object)
        #expect(responses.keys.sorted() == ["PaymentError402", "PaymentError502"])
        let example = try #require(
            at(responses["PaymentError402"], "content", "application/problem+json", "examples", "cardDeclined", "value")
                as? Object)
        #expect(example["code"] as? String == "CARD_DECLINED")
        #expect(example["status"] as? Int == 402)
        #expect(example["type"] as? String == "https://docs.example.com/payment-error/#card-declined")
        // A family's example uses a code of the family.
        let family = try #require(
            at(responses["PaymentError502"], "content", "application/problem+json", "examples", "gateway5xx", "value")
                as? Object)
        #expect(family["code"] as? String == "GATEWAY_500")
        let body = try #require(
            at(responses["PaymentError502"], "content", "application/json", "examples", "gateway5xx", "value")
                as? Object)
        #expect(body["error_code"] as? String == "GATEWAY_500")
        #expect(body["status"] as? Int == 502)
    }
}
