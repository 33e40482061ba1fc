import ErrorCatalog
import Foundation

/// One entry as `errcat explain` prints it: as JSON (``json(_:)``) or as indented text
/// (``text(_:)``).
public struct ExplainedEntry {
    /// The match explained.
    public let match: CodeResolver.Match

    /// The explanation of `match`.
    public init(_ match: CodeResolver.Match) { self.match = match }

    /// `matches` as a JSON array: per match its catalog, how it matched, the entry with every
    /// field as `errors.json` lists it, and for an entry with parameters its texts rendered with
    /// their examples (`example`).
    public static func json(_ matches: [CodeResolver.Match]) -> String {
        var json = JSONWriter()
        json.beginArray()
        for match in matches {
            json.beginObject()
            json.string("catalog", match.catalog.name)
            json.string("match", match.kind.rawValue)
            EntryJSON.writeFields(
                of: match.entry, catalog: match.catalog, page: DocsEmitter.pageName(match.catalog), to: &json)
            if let example = Example(match) {
                json.beginObject("example")
                json.string("title", example.title)
                json.string("meaning", example.meaning)
                json.string("remedy", example.remedy)
                json.endObject()
            }
            json.endObject()
        }
        json.endArray()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// An entry's texts rendered with its parameters' examples, as the docs show them.
    struct Example {
        let title: String?
        let meaning: String
        let remedy: String

        /// `nil` for an entry without parameters, whose texts are fixed.
        init?(_ match: CodeResolver.Match) {
            guard let messages = match.entry.messages else { return nil }
            let arguments = MessageArguments(match.entry.parameters.map { .init($0.name, $0.example) })
            let rules = match.catalog.pluralRules
            title = messages.title?.rendered(arguments, rules: rules, locale: match.catalog.locale)
            meaning = messages.meaning.rendered(arguments, rules: rules, locale: match.catalog.locale)
            remedy =
                messages.tableTexts[2]?.rendered(arguments, rules: rules, locale: match.catalog.locale)
                ?? match.entry.remedy.text
        }
    }

    /// The entry as indented text.
    public static func text(_ match: CodeResolver.Match) -> String {
        let entry = match.entry
        let catalog = match.catalog
        var lines = ["\(catalog.name).\(entry.name) (\(match.kind.rawValue) match)"]
        func add(_ label: String, _ value: String?) {
            guard let value else { return }
            let body = value.split(separator: "\n", omittingEmptySubsequences: false).joined(
                separator: "\n             ")
            lines.append("  " + (label + ":").padding(toLength: 11, withPad: " ", startingAt: 0) + body)
        }
        add("code", entry.code)
        add("id", "\(entry.id)" + (entry.since.map { ", since \($0)" } ?? ", not yet released"))
        add("aliases", entry.aliases.isEmpty ? nil : entry.aliases.joined(separator: ", "))
        if Example(match)?.title == nil { add("title", entry.title) }
        add("category", catalog.category(entry.category).map { "\($0.id) (\($0.title))" })
        add("http", entry.httpStatus.map(String.init))
        add("retry", entry.retry?.summary)
        add("params", parameterLines(entry))
        let example = Example(match)
        add("title", example?.title.map { $0 + " (example)" })
        add("meaning", example.map { $0.meaning + " (example)" } ?? entry.meaning)
        add("remedy", example.map { $0.remedy + " (example)" } ?? entry.remedy.text)
        for link in entry.links { add("see", link.url.map { "\(link.title) <\($0)>" } ?? link.title) }
        add("deprecated", entry.deprecation)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per parameter: its name, type, example and description.
    static func parameterLines(_ entry: CatalogEntry) -> String? {
        guard !entry.parameters.isEmpty else { return nil }
        return entry.parameters.map { parameter in
            let example = parameter.example
            let shown = if case .string(let text) = example { "\"\(text)\"" } else { example.description }
            let description = parameter.description.map { ": " + $0 } ?? ""
            return "\(parameter.name) (\(parameter.kind), e.g. \(shown))" + description
        }.joined(separator: "\n")
    }
}
