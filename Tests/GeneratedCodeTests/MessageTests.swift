import ErrorCatalog
import Foundation
import Testing

/// Messages with parameters as generated code renders them (`messages.yaml`).
@Suite struct MessageTests {
    @Test func casesRenderEveryTextFromTheirValues() {
        let failure = MessageError.quotaExceeded(limit: 1000, used: 1042)
        #expect(failure.entry == .quotaExceeded)
        #expect(failure.arguments == ["limit": .integer(1000), "used": .integer(1042)])
        #expect(failure.title == "Quota of 1000 exceeded")
        #expect(failure.meaning == "1042 requests were made this hour; the limit is 1000.")
        #expect(failure.remedy == "Wait, or ask for a limit above 1000.")
        #expect(failure.description == failure.meaning)
        #expect(
            MessageError.quotaExceeded(limit: 5, used: 1).meaning == "1 request was made this hour; the limit is 5.")
        #expect(
            MessageError.quotaExceeded(limit: 5, used: 0).meaning == "No request was made this hour; the limit is 5.")
        #expect(
            MessageError.quotaExceeded(limit: -2, used: -1).meaning
                == "-1 requests were made this hour; the limit is -2.")
    }

    @Test func selectChoosesByKeywordWithOtherAsFallback() {
        #expect(
            MessageError.invalidField(field: "email", reason: "missing").meaning
                == "The field 'email' is invalid: it is missing.")
        #expect(
            MessageError.invalidField(field: "name", reason: "tooLong").meaning
                == "The field 'name' is invalid: it is too long.")
        #expect(
            MessageError.invalidField(field: "age", reason: "not a number").meaning
                == "The field 'age' is invalid: not a number.")
        let steps = MessageError.invalidField(field: "email", reason: "missing").remedySteps
        #expect(steps == ["Correct 'email'.", "Send the request again."])
        #expect(
            MessageError.invalidField(field: "email", reason: "missing").remedy
                == "1. Correct 'email'.\n2. Send the request again.")
    }

    @Test func decimalsPluralsOffsetsAndQuoting() {
        #expect(MessageError.retryLater(seconds: 1, attempt: 2).meaning == "Attempt 2 failed; retry in 1 second.")
        // English: a visible fraction digit makes a number 'other' (CLDR: one is i = 1 and v = 0).
        #expect(MessageError.retryLater(seconds: 1.5, attempt: 2).meaning == "Attempt 2 failed; retry in 1.5 seconds.")
        #expect(MessageError.retryLater(seconds: 30, attempt: 2).meaning == "Attempt 2 failed; retry in 30 seconds.")
        // Exact matches compare the number before the offset; '#' shows it after.
        #expect(MessageError.retryLater(seconds: 1, attempt: 1).remedy == "Quoting: {literal}, it's the first retry.")
        #expect(MessageError.retryLater(seconds: 1, attempt: 2).remedy == "Quoting: {literal}, it's # 1 more.")
        #expect(MessageError.retryLater(seconds: 1, attempt: 5).remedy == "Quoting: {literal}, it's 4 more.")
    }

    @Test func keywordsAreArgumentLabels() {
        let failure = MessageError.fileType(extension: "exe", default: 7, error: "e", self: "s")
        #expect(failure.meaning == "Files of type exe are refused (7, e, s).")
        #expect(MessageError(entry: .fileType, arguments: failure.arguments) == failure)
        #expect(
            MessageError.Entry.fileType.parameters == [
                MessageParameter(name: "extension", kind: .string), MessageParameter(name: "default", kind: .integer),
                MessageParameter(name: "error", kind: .string), MessageParameter(name: "self", kind: .string),
            ])
        // Parameters named as the generated functions' own parameters and locals (`local-names.yaml`).
        let named = LocalNamesError.namesInUse(arguments: "x", entry: 4, values: 0.5, value: "v")
        #expect(named.meaning == "Entry 4 refused x (0.5, v).")
        let arguments: MessageArguments = ["value": "v", "entry": 4, "arguments": "x", "values": 0.5]
        #expect(LocalNamesError(entry: .namesInUse, arguments: arguments) == named)
        #expect(named.arguments == ["arguments": "x", "entry": 4, "values": 0.5, "value": "v"])
    }

    @Test func theEntryShowsPlaceholders() {
        #expect(
            MessageError.Entry.quotaExceeded.meaning == "{used} requests were made this hour; the limit is {limit}.")
        #expect(MessageError.Entry.quotaExceeded.title == "Quota of {limit} exceeded")
        #expect(MessageError.plain.meaning == "A fixed text with {braces} that are not placeholders.")
        #expect(MessageError.plain.parameters.isEmpty)
        #expect(MessageError.plain.arguments.isEmpty)
        #expect(MessageError.Entry.plain.meaning(arguments: ["braces": "x"]) == MessageError.plain.meaning)
        let rendered = MessageError.Entry.quotaExceeded.meaning(arguments: ["used": 2, "limit": 3])
        #expect(rendered == MessageError.quotaExceeded(limit: 3, used: 2).meaning)
    }

    @Test func missingExtraAndMistypedArgumentsNeverLoseTheOthers() {
        let missing = CatalogFailure(entry: MessageError.Entry.quotaExceeded, arguments: ["limit": 10])
        #expect(missing.meaning == "{used} requests were made this hour; the limit is 10.")
        #expect(missing.error == nil)
        let mistyped = CatalogFailure(
            entry: MessageError.Entry.quotaExceeded, arguments: ["used": "many", "limit": 10, "extra": 1])
        #expect(mistyped.meaning == "{used} requests were made this hour; the limit is 10.")
        #expect(mistyped.error == nil)
        let reordered = CatalogFailure(
            entry: MessageError.Entry.quotaExceeded, arguments: ["used": 1, "limit": 10, "extra": 1])
        #expect(reordered.meaning == "1 request was made this hour; the limit is 10.")
        #expect(reordered.error as? MessageError == .quotaExceeded(limit: 10, used: 1))
        let selectWithNumber = CatalogFailure(
            entry: MessageError.Entry.invalidField, arguments: ["reason": 3, "field": "f"])
        #expect(selectWithNumber.meaning == "The field 'f' is invalid: 3.")
        #expect(
            CatalogFailure(entry: MessageError.Entry.invalidField).meaning
                == "The field '{field}' is invalid: {reason}.")
        #expect(MessageError(entry: .quotaExceeded, arguments: ["limit": 10]) == nil)
        #expect(MessageError(code: "QUOTA_EXCEEDED") == nil)
        #expect(MessageError(code: "PLAIN") == .plain)
        #expect(MessageError.Entry(code: "QUOTA_EXCEEDED") == .quotaExceeded)
    }

    @Test func problemBodiesCarryArgumentsBothWays() throws {
        let failure = MessageError.quotaExceeded(limit: 1000, used: 1042)
        let response = ProblemResponse(for: failure)
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(
            body.hasPrefix(
                #"{"arguments":{"limit":1000,"used":1042},"code":"QUOTA_EXCEEDED","#
                    + #""detail":"1042 requests were made this hour; the limit is 1000.""#
            ))
        #expect(body.contains(#""title":"Quota of 1000 exceeded""#))
        let read = try #require(try CatalogFailure(problemBody: response.body, catalog: MessageError.self))
        #expect(read.error as? MessageError == failure)
        #expect(try MessageError(problemBody: response.body) == failure)
        #expect(read.arguments == failure.arguments)
        #expect(read.meaning == failure.meaning)
        // JSON numbers take the parameter's type: 3.0 for an integer reads as 3, 2 for a number as 2.0.
        let typed = try #require(
            try CatalogFailure(
                problemBody: Array(
                    #"{"code":"RETRY_LATER","arguments":{"seconds":2,"attempt":3.0,"note":[1],"x":null}}"#.utf8),
                catalog: MessageError.self))
        #expect(typed.arguments == ["seconds": .number(2), "attempt": .integer(3)])
        #expect(typed.meaning == "Attempt 3 failed; retry in 2 seconds.")
        #expect(typed.error as? MessageError == .retryLater(seconds: 2, attempt: 3))
    }

    @Test func aBodyWhoseArgumentsDoNotFitKeepsTheCodeAndTheArguments() throws {
        // An older server sends no `used`; a newer one sends a string for it and a new parameter.
        let older = Array(#"{"code":"QUOTA_EXCEEDED","arguments":{"limit":5}}"#.utf8)
        let failure = try #require(try CatalogFailure(problemBody: older, catalog: MessageError.self))
        #expect(failure.error == nil)
        #expect(try MessageError(problemBody: older) == nil)
        #expect(failure.entry as? MessageError.Entry == .quotaExceeded)
        #expect(failure.code == "QUOTA_EXCEEDED")
        #expect(failure.arguments == ["limit": 5])
        #expect(failure.meaning == "{used} requests were made this hour; the limit is 5.")
        let newer = Array(#"{"code":"QUOTA_EXCEEDED","arguments":{"limit":5,"used":"many","window":"1h"}}"#.utf8)
        let kept = try #require(try CatalogFailure(problemBody: newer, catalog: MessageError.self))
        #expect(kept.error == nil)
        #expect(kept.arguments == ["limit": 5, "used": "many", "window": "1h"])
    }

    @Test func casesWithArgumentsRoundTripThroughCodable() throws {
        let errors: [MessageError] = [
            .quotaExceeded(limit: 1000, used: 1042), .retryLater(seconds: 2.5, attempt: 3),
            .fileType(extension: "a\"b", default: -1, error: "", self: "ü"), .plain,
        ]
        let data = try JSONEncoder().encode(errors)
        #expect(try JSONDecoder().decode([MessageError].self, from: data) == errors)
        let plain = try JSONEncoder().encode(MessageError.plain)
        #expect(String(decoding: plain, as: UTF8.self) == #""PLAIN""#)
        let missing = Data(#"{"code":"QUOTA_EXCEEDED","arguments":{"limit":5}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(MessageError.self, from: missing) }
    }

    @Test func problemDetailsWithArgumentsAreCodable() throws {
        let problem = MessageError.retryLater(seconds: 2.5, attempt: 3).problemDetails
        let decoded = try JSONDecoder().decode(ProblemDetails.self, from: JSONEncoder().encode(problem))
        // Decoded arguments come sorted by name; everything else as encoded.
        var expected = problem
        expected.arguments = problem.arguments.map { MessageArguments($0.sorted { $0.name < $1.name }) }
        #expect(decoded == expected)
        #expect(decoded.arguments?.elements.map(\.name).sorted() == ["attempt", "seconds"])
        #expect(decoded.arguments?["seconds"] == .number(2.5))
        #expect(decoded.arguments?["attempt"] == .integer(3))
    }

    @Test func argumentsReadInTheirOrderAndKeepTheFirstOfARepeat() {
        var arguments: MessageArguments = ["a": 1, "b": "two", "a": 3]
        #expect(arguments.map(\.name) == ["a", "b"])
        #expect(arguments["a"] == .integer(1))
        arguments["c"] = 2.5
        arguments["b"] = nil
        #expect(arguments.map(\.name) == ["a", "c"])
        #expect(MessageArgument.number(3).description == "3")
        #expect(MessageArgument.number(0.1).description == "0.1")
        #expect(MessageArgument.number(1e20).description == "1e+20")
    }
}
