import ErrorCatalog
import KeywordCatalog
import Foundation
import Testing

@Suite struct GeneratedCodeTests {
    @Test func hostileStringsRoundTripByteForByte() {
        #expect(HostileError.catalogTitle == "Hostile \"strings\" \\ catalog")
        #expect(HostileError.quote.code == "quote\"code")
        #expect(HostileError.quote.meaning == "He said \"hi\" and left a backslash \\ behind")
        #expect(HostileError.quote.remedy == "\\(not interpolated) \"\"\" #\"raw\"# \u{0} NUL")
        #expect(HostileError.newline.code == "new\nline")
        #expect(HostileError.newline.meaning == "first\nsecond\r\nthird\ttabbed")
        #expect(HostileError.newline.remedy == "trailing spaces   ")
        #expect(HostileError.unicode.code == "emoji-🚨-код")
        #expect(
            HostileError.unicode.meaning == "right\u{202E}to\u{202C}left and \u{200B} zero width and \u{2028} separator"
        )
        #expect(HostileError.backtick.meaning == "   leading spaces")
        #expect(HostileError.backtick.remedySteps == ["step with \"quotes\"", "step with \\ backslash"])
        #expect(HostileError.backtick.remedy == "1. step with \"quotes\"\n2. step with \\ backslash")
        #expect(HostileError.hash.remedy == "\\")
        for entry in HostileError.Entry.allCases {
            #expect(HostileError(code: entry.code)?.entry == entry)
            #expect(HostileError.Entry(code: entry.code) == entry)
        }
        // Canonically equivalent codes are different codes: lookups compare bytes.
        #expect(HostileError(code: "caf\u{E9}") == .composed)
        #expect(HostileError(code: "cafe\u{301}") == .decomposed)
        #expect(Array(HostileError.decomposed.code.utf8) == Array("cafe\u{301}".utf8))
        #expect(HostileError.matches(code: "cafe\u{301}") == [.decomposed])
        #expect(HostileError(code: "new\nlin") == nil)
        #expect(HostileError(code: "emoji-🚨-кол") == nil)
    }

    @Test func keywordNamesWork() {
        // Every case written as an app in another module writes it: `Foo.name`.
        let all: [KeywordError] = [
            KeywordError.default, KeywordError.internal, KeywordError.`self`, KeywordError.type, KeywordError.Any,
            KeywordError.allCasesEntry, KeywordError.`init`, KeywordError.code,
        ]
        #expect(KeywordError.Entry.allCases == all.map(\.entry))
        #expect(
            KeywordError.Entry.allCases.map(\.name) == [
                "default", "internal", "self", "type", "Any", "allCasesEntry", "init", "code",
            ])
        #expect(KeywordError(code: "self") == KeywordError.`self`)
        #expect(KeywordError(code: "X") == KeywordError.type)
        #expect(KeywordError.type.code == "X")
        #expect(KeywordError.Any.code == "Any")
        #expect(KeywordError.`init`.code == "init")
        #expect(KeywordError.allCasesEntry.code == "all_cases")
        #expect(KeywordError.code.code == "code")
        #expect(KeywordError.default.category == .default)
        #expect(KeywordError.internal.category == .`self`)
        #expect(KeywordError.Category.`self`.title == "Self")
    }

    @Test func caseInsensitiveCatalogsFoldASCII() {
        #expect(FoldedError(code: "NOT_FOUND") == .notFound)
        #expect(FoldedError(code: "not_found") == .notFound)
        #expect(FoldedError(code: "missing") == .notFound)
        #expect(FoldedError.matches(code: "nOt_FoUnD") == [.notFound, .notFoundAgain])
        #expect(FoldedError(code: "e503") == .e5xx)
        #expect(FoldedError(code: "E503") == .e5xx)
        #expect(FoldedError(code: "E5x3") == nil)
        #expect(FoldedError(code: "NOT_FOUNDX") == nil)
        let retry = FoldedError.e5xx.retry
        #expect(
            retry == RetryBehavior(policy: .backoff, maxAttempts: 6, windowSeconds: 14_400, note: "exponential backoff")
        )
        #expect(FoldedError.e5xx.isFamily)
        #expect(FoldedError.e5xx.isRetryable)
    }

    @Test func sharedCodesYieldEveryEntryInFileOrder() {
        #expect(SharedError(code: "internal") == .ingestInternal)
        #expect(SharedError.matches(code: "internal") == [.ingestInternal, .lambdaError, .deliveryInternal])
        #expect(SharedError.matches(code: "lambda_err") == [.lambdaError])
        #expect(SharedError.matches(code: "unknown") == [])
        #expect(SharedError.deliveryInternal.deprecation == "Use deliveryInternal2 instead.")
        #expect(
            SharedError.deliveryInternal.links == [
                ErrorLink(title: "Docs", url: "https://example.com/docs"), ErrorLink(title: "Untitled guide"),
            ])
        #expect(SharedError.deliveryInternal.category == .delivery)
        #expect(SharedError.deliveryInternal.docAnchor == "internal--delivery-internal")
        #expect(SharedError.ingestInternal.docAnchor == "internal")
        #expect(SharedError.catchAll == nil)
        #expect(SharedError(resolving: "nope") == nil)
    }

    @Test func aSingleEntryCatalogWorks() {
        #expect(SingleError.Entry.allCases == [.only])
        #expect(SingleError(code: "ONLY") == .only)
        #expect(SingleError(code: "ONLX") == nil)
        #expect(SingleError.only.entry._index == 0)
        #expect(SingleError.only.category == nil)
        #expect(SingleError.Category.allCases.isEmpty)
    }

    @Test func codableUsesTheWireCode() throws {
        let encoded = try JSONEncoder().encode([SharedError.lambdaError])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["lambda_err"]"#)
        #expect(try JSONDecoder().decode([SharedError].self, from: Data(#"["internal"]"#.utf8)) == [.ingestInternal])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([SharedError].self, from: Data(#"["new"]"#.utf8))
        }
        let lenient = try JSONDecoder().decode(
            [ErrorCode<SharedError>].self, from: Data(#"["new", "lambda_err"]"#.utf8))
        #expect(lenient.map(\.rawValue) == ["new", "lambda_err"])
        #expect(lenient.map(\.error) == [nil, .lambdaError])
    }

    @Test func problemDetailsCarryTheEntry() throws {
        let problem = HostileError.quote.problemDetails
        #expect(problem.type == "about:blank")
        #expect(problem.title == "quote\"code")
        #expect(problem.detail == HostileError.quote.meaning)
        #expect(problem.code == "quote\"code")
        let json = try JSONEncoder().encode(problem)
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: json) == problem)
    }

    @Test func hashableAndEquatableUseTheCase() {
        #expect(Set(SharedError.Entry.allCases).count == 3)
        #expect(SharedError.lambdaError != SharedError.ingestInternal)
        #expect(SharedError.lambdaError.hashValue == SharedError.lambdaError.hashValue)
    }
}
