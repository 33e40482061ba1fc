@testable import ErrorCatalog
import Foundation
import Testing

/// The runtime reads problem bodies without Foundation; what it reads must be what
/// `JSONDecoder` reads, and what is no JSON object must be refused.
@Suite struct ProblemBodyReaderTests {
    func members(_ text: String) throws -> [String: String] {
        try Array(text.utf8).withUnsafeBufferPointer { try ProblemBodyReader.members($0).strings }
    }

    @Test(arguments: [
        #"{"code":"E1","title":"T","status":429,"detail":"a \"quoted\" \\ line\nbreak","type":"about:blank"}"#,
        #" { "status" : 500 , "code" : "caf\u00e9 \ud83d\ude00", "#
            + #""extra": {"nested": [1, 2.5e3, -3, true, false, null, {"a": "b"}]}, "remedy": "" } "#,
        #"{"title":"no code","arguments":{"limit":1000,"names":["a","b"]}}"#,
        #"{}"#,
    ])
    func stringMembersAreWhatJSONDecoderReads(_ body: String) throws {
        let ours = try members(body)
        let theirs = try JSONSerialization.jsonObject(with: Data(body.utf8)) as! [String: Any]
        #expect(ours == theirs.compactMapValues { $0 as? String })
    }

    @Test(arguments: [
        "", "[]", "\"code\"", "{", #"{"code":"E1""#, #"{"code" "E1"}"#, #"{"code":"E1",}"#, #"{"code":"E1"} x"#,
        #"{"code":nope}"#, #"{"code":"\x"}"#, #"{"a":[1,2}"#, "{\"code\":\"line\nbreak\"}",
        String(repeating: "{\"a\":", count: 100) + "1" + String(repeating: "}", count: 100),
    ])
    func whatIsNoJSONObjectIsRefused(_ body: String) {
        #expect(throws: ProblemBodyReader.Malformed.self) { try members(body) }
    }

    @Test func aLaterRepeatOfANameWins() throws {
        #expect(try members(#"{"code":"A","code":"B"}"#)["code"] == "B")
    }
}
