import ErrorCatalog
import Foundation

/// One entry as `errcat explain` prints it: as JSON (``json(_:)``) or as indented text
/// (``text(_:)``).
public struct ExplainedEntry: Encodable {
    /// The match explained.
    public let match: CodeResolver.Match

    /// The explanation of `match`.
    public init(_ match: CodeResolver.Match) { self.match = match }

    /// `matches` as a pretty-printed JSON array with sorted keys.
    public static func json(_ matches: [CodeResolver.Match]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(matches.map(ExplainedEntry.init)), as: UTF8.self)
    }

    enum CodingKeys: String, CodingKey {
        case catalog, id, since, name, code, aliases, title, category, http, retry, meaning, remedy, links, match,
            params
        case example
    }

    struct Link: Encodable {
        let title: String
        let url: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(url, forKey: .url)
        }

        enum CodingKeys: String, CodingKey { case title, url }
    }

    struct Parameter: Encodable {
        let parameter: EntryParameter

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(parameter.name, forKey: .name)
            try container.encode(parameter.kind.description, forKey: .type)
            try container.encode(parameter.description, forKey: .description)
            try container.encode(parameter.example, forKey: .example)
        }

        enum CodingKeys: String, CodingKey { case name, type, description, example }
    }

    /// Encodes the entry's fields and how it matched.
    public func encode(to encoder: any Encoder) throws {
        let entry = match.entry
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(match.catalog.name, forKey: .catalog)
        try container.encode(entry.id, forKey: .id)
        try container.encode(entry.since, forKey: .since)
        try container.encode(entry.name, forKey: .name)
        try container.encode(entry.code, forKey: .code)
        try container.encode(entry.aliases, forKey: .aliases)
        try container.encode(entry.title, forKey: .title)
        try container.encode(entry.category, forKey: .category)
        try container.encode(entry.httpStatus, forKey: .http)
        try container.encode(entry.retry?.policy.rawValue, forKey: .retry)
        try container.encode(entry.meaning, forKey: .meaning)
        try container.encode(entry.remedy.text, forKey: .remedy)
        try container.encode(entry.links.map { Link(title: $0.title, url: $0.url) }, forKey: .links)
        try container.encode(match.kind.rawValue, forKey: .match)
        if !entry.parameters.isEmpty { try container.encode(entry.parameters.map(Parameter.init), forKey: .params) }
        if let example = Example(match) { try container.encode(example, forKey: .example) }
    }

    /// An entry's texts rendered with its parameters' examples, as the docs show them.
    struct Example: Encodable {
        let title: String?
        let meaning: String
        let remedy: String

        /// `nil` for an entry without parameters, whose texts are fixed.
        init?(_ match: CodeResolver.Match) {
            guard let messages = match.entry.messages else { return nil }
            let arguments = MessageArguments(match.entry.parameters.map { .init($0.name, $0.example) })
            let rules = match.catalog.pluralRules
            title = messages.title?.rendered(arguments, rules: rules)
            meaning = messages.meaning.rendered(arguments, rules: rules)
            remedy = messages.tableTexts[2]?.rendered(arguments, rules: rules) ?? match.entry.remedy.text
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
