import Foundation
import Testing

/// Each command checks its arguments before it reads anything: a located message, the status
/// the command documents, and no file written.
@Suite struct ArgumentValidationTests {
    static let cases: [(arguments: [String], status: Int32, message: String)] = [
        (["release", "1.x"], 1, "errcat: error: '1.x' is not a version such as 1.4.0\n"),
        (["check", "--next", "zz"], 2, "errcat: error: --next 'zz' is not a version such as 2.0.0\n"),
        (
            ["import", "table.xyz"], 1,
            "errcat: error: cannot tell the format of table.xyz from its name; pass --from markdown|csv|tsv|json\n"
        ),
        (["import", "table.csv", "--map", "meaning"], 1, "errcat: error: --map takes FIELD=COLUMN, found 'meaning'\n"),
        (
            ["translations", "export", "--locale", "??", "--format", "po", "--out", "out"], 1,
            "errcat: error: '??' is not a BCP 47 language tag such as 'de', 'pt-BR' or 'zh-Hans'\n"
        ),
    ]

    @Test(arguments: cases.indices)
    func badArgumentsAreRefusedBeforeAnythingIsRead(_ index: Int) throws {
        let (arguments, status, message) = Self.cases[index]
        try ErrcatProcess.inTemporaryFolder { folder in
            let outcome = try ErrcatProcess.run(arguments, in: folder)
            #expect(outcome.status == status, "\(arguments)")
            #expect(outcome.errors == message)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }
}
