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
        case catalog, id, since, name, code, aliases, title, category, http, retry, meaning, remedy, links, match, params
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
        }

        enum CodingKeys: String, CodingKey { case name, type, description }
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
    }

    /// The entry as indented text.
    public static func text(_ match: CodeResolver.Match) -> String {
        let entry = match.entry
        let catalog = match.catalog
        var lines = ["\(catalog.name).\(entry.name) (\(match.kind.rawValue) match)"]
        func add(_ label: String, _ value: String?) {
            guard let value else { return }
            let body = value.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n             ")
            lines.append("  " + (label + ":").padding(toLength: 11, withPad: " ", startingAt: 0) + body)
        }
        add("code", entry.code)
        add("id", "\(entry.id)" + (entry.since.map { ", since \($0)" } ?? ", not yet released"))
        add("aliases", entry.aliases.isEmpty ? nil : entry.aliases.joined(separator: ", "))
        add("title", entry.title)
        add("category", catalog.category(entry.category).map { "\($0.id) (\($0.title))" })
        add("http", entry.httpStatus.map(String.init))
        add("retry", entry.retry?.summary)
        add("params", entry.parameters.isEmpty ? nil : entry.parameters.map { "\($0.name) (\($0.kind))" + ($0.description.map { ": " + $0 } ?? "") }.joined(separator: "\n"))
        add("meaning", entry.meaning)
        add("remedy", entry.remedy.text)
        for link in entry.links { add("see", link.url.map { "\(link.title) <\($0)>" } ?? link.title) }
        add("deprecated", entry.deprecation)
        return lines.joined(separator: "\n") + "\n"
    }
}
