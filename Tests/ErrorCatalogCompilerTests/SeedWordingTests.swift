@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// The bundled catalogs hold their seeds' own words: every sentence of every meaning and
/// remedy appears, word for word, in the reference it was taken from (`Fixtures/seeds`, one
/// per catalog file). Punctuation, capitals and Markdown may differ; words may be left out at
/// a sentence's edges (a "Please"), never added or changed, except for the seeds' misspellings
/// listed below.
@Suite struct SeedWordingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/seeds")
    static let catalogFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../catalog").standardized

    /// Misspellings in the seeds that the catalogs write correctly.
    static let spellings = [
        "recieved": "received", "intitial": "initial", "errror": "error", "conact": "contact",
        "intagration": "integration",
        "unkown": "unknown",
    ]

    /// The text's words, lowercased, with link targets and HTML tags left out.
    static func words(_ text: String) -> [String] {
        var text = text.lowercased().replacingOccurrences(of: "’", with: "'")
        text = text.replacing(/\]\([^)]*\)/, with: " ").replacing(/<[^>]+>/, with: " ")
        return text.matches(of: /[a-z0-9]+(?:'[a-z]+)?/).map { String($0.output) }.map { spellings[$0] ?? $0 }
    }

    /// The text's sentences, list markers left out.
    static func sentences(_ text: String) -> [String] {
        text.replacing(/(?m)^\s*(\d+\.|-)\s+/, with: "").replacing(/([.!?:;])\s+/, with: { "\($0.output.1)\n" })
            .split(separator: "\n").map(String.init)
    }

    @Test(arguments: [
        "integration-errors", "delivery-overview", "connector-api", "integration-nodes", "integration-hub",
    ])
    func meaningsAndRemediesKeepTheSeedsWords(_ name: String) throws {
        let seed = try String(contentsOf: Self.fixtures.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let seedWords = " " + Self.words(seed).joined(separator: " ") + " "
        let result = Pipeline().run(paths: [Self.catalogFolder.appendingPathComponent(name + ".yaml").path])
        let catalog = try #require(result.catalogs.first)
        var checked = 0
        for entry in catalog.entries {
            let remedies = entry.remedy.steps.isEmpty ? [entry.remedy.text] : entry.remedy.steps
            for (field, text) in [("meaning", entry.meaning)] + remedies.map({ ("remedy", $0) }) {
                for sentence in Self.sentences(text) {
                    let words = Self.words(sentence)
                    guard !words.isEmpty else { continue }
                    checked += 1
                    #expect(
                        seedWords.contains(" " + words.joined(separator: " ") + " "),
                        "\(name): \(entry.code) \(field): '\(sentence)' is not in the seed's words")
                }
            }
        }
        #expect(checked >= catalog.entries.count * 2)
    }

    /// The check fails on a sentence with one word changed.
    @Test func aChangedWordIsCaught() {
        let seed = " " + Self.words("Bad request - Please refer to the error message").joined(separator: " ") + " "
        #expect(seed.contains(" refer to the error message "))
        #expect(!seed.contains(" " + Self.words("Refer to the error messages").joined(separator: " ") + " "))
        #expect(
            !seed.contains(
                " " + Self.words("The partner rejected the request as malformed.").joined(separator: " ") + " "))
    }
}
