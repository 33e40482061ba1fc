/// A table cell's text as catalog Markdown: inline HTML turned into Markdown (`<br>` a line
/// break, `<code>` a code span, `<b>`/`<strong>` and `<i>`/`<em>` emphasis, `<a href>` a link),
/// scripts and styles dropped with their content, every other tag dropped, entities decoded;
/// links (HTML or Markdown) also collected for the entry's `links`.
enum CellText {
    struct Converted {
        var text: String
        var links: [(title: String, url: String)]
    }

    static func convert(_ cell: String) -> Converted {
        var out = ""
        var links: [(String, String)] = []
        var rest = Substring(cell)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            rest = rest[open...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: rest.startIndex)..<close]
            let name = tag.prefix { $0.isLetter || $0.isNumber || $0 == "/" }.lowercased()
            // `<domain>` or `<token>` in prose is text, not a tag.
            guard Self.htmlTags.contains(String(name.drop { $0 == "/" })) else {
                out += "<"
                rest = rest.dropFirst()
                continue
            }
            rest = rest[rest.index(after: close)...]
            switch name {
            case "br", "br/": out += "\n"
            case "code", "/code": out += "`"
            case "b", "/b", "strong", "/strong": out += "**"
            case "i", "/i", "em", "/em": out += "*"
            case "script", "style":
                // Dropped with everything up to its end tag.
                if let end = rest.range(of: "</\(name)", options: .caseInsensitive) {
                    rest = rest[end.upperBound...]
                    if let gt = rest.firstIndex(of: ">") { rest = rest[rest.index(after: gt)...] }
                } else {
                    rest = rest[rest.endIndex...]
                }
            case "a":
                let url = attribute("href", in: tag)
                if let end = rest.range(of: "</a>", options: .caseInsensitive) {
                    let title = convert(String(rest[..<end.lowerBound])).text.trimmingCharacters(in: .whitespaces)
                    rest = rest[end.upperBound...]
                    if let url, isWebURL(url) {
                        out += "[\(title)](\(url))"
                        links.append((title, url))
                    } else {
                        out += title
                    }
                }
            default:
                break
            }
        }
        out += rest
        let text = decodeEntities(out)
        for match in text.matches(of: /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/) where !links.contains(where: { $0.1 == String(match.output.2) }) {
            links.append((String(match.output.1), String(match.output.2)))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        return Converted(text: lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), links: links)
    }

    /// The HTML elements a cell may hold; anything else in angle brackets is text.
    static let htmlTags: Set<String> = [
        "a", "abbr", "b", "blockquote", "br", "button", "center", "cite", "code", "dd", "del", "div", "dl", "dt", "em", "embed",
        "font", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "input", "ins", "kbd", "label", "li",
        "link", "mark", "meta", "noscript", "object", "ol", "p", "pre", "q", "s", "script", "select", "small", "span", "strike",
        "strong", "style", "sub", "sup", "svg", "table", "td", "th", "tr", "u", "ul", "var", "video", "audio", "source",
    ]

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
        var value = tag[range.upperBound...]
        if let quote = value.first, quote == "\"" || quote == "'" {
            value = value.dropFirst()
            return value.firstIndex(of: quote).map { String(value[..<$0]) }
        }
        return String(value.prefix { !$0.isWhitespace })
    }

    static func isWebURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !url.contains(where: \.isWhitespace)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]
            if let value = named[entity] {
                out += value
            } else if entity.hasPrefix("#"), let scalar = (entity.dropFirst().first == "x" || entity.dropFirst().first == "X"
                ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst())).flatMap(Unicode.Scalar.init)
            {
                out.unicodeScalars.append(scalar)
            } else {
                out += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }
}

import Foundation
