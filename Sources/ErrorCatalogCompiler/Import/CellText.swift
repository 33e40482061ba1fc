import Foundation

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
        // Most cells are plain text: no tag, entity, link or line break to look at.
        if !cell.utf8.contains(where: {
            $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "]") || $0 == 0x0A || $0 == 0x0D
        }) {
            return Converted(text: cell.trimmed, links: [])
        }
        // Text with line breaks only: each line trimmed.
        if !cell.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "]") })
        {
            let lines = cell.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0).trimmed }
            return Converted(text: lines.joined(separator: "\n").trimmed, links: [])
        }
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
            convertTag(name, tag, rest: &rest, into: &out, links: &links)
        }
        out += rest
        let text = decodeEntities(out)
        if text.containsText("](") {
            for link in markdownLinks(in: text) where !links.contains(where: { $0.1 == link.url }) {
                links.append(link)
            }
        }
        guard text.containsByte(0x0A) else { return Converted(text: text.trimmed, links: links) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmed }
        return Converted(text: lines.joined(separator: "\n").trimmed, links: links)
    }

    /// Turns one HTML tag (its `name` and text) into Markdown, taking what it spans from `rest`.
    static func convertTag(
        _ name: String, _ tag: Substring, rest: inout Substring, into out: inout String, links: inout [(String, String)]
    ) {
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
                let title = convert(String(rest[..<end.lowerBound])).text.trimmed
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

    /// Markdown links to web pages, `[title](https://…)`, in order.
    static func markdownLinks(in text: String) -> [(title: String, url: String)] {
        var links: [(String, String)] = []
        var rest = Substring(text)
        while let middle = rest.range(of: "](") {
            let before = rest[..<middle.lowerBound]
            let after = rest[middle.upperBound...]
            rest = after
            guard let open = before.lastIndex(of: "["), let close = after.firstIndex(of: ")") else { continue }
            let title = String(before[before.index(after: open)...])
            let url = String(after[..<close])
            if !title.isEmpty, !title.containsByte(UInt8(ascii: "]")), isWebURL(url) { links.append((title, url)) }
        }
        return links
    }

    /// The HTML elements a cell may hold; anything else in angle brackets is text.
    static let htmlTags: Set<String> = [
        "a", "abbr", "b", "blockquote", "br", "button", "center", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
        "embed",
        "font", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "input", "ins", "kbd", "label",
        "li",
        "link", "mark", "meta", "noscript", "object", "ol", "p", "pre", "q", "s", "script", "select", "small", "span",
        "strike",
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
        guard text.containsByte(UInt8(ascii: "&")) else { return text }
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
            } else if entity.hasPrefix("#"),
                let scalar =
                    (entity.dropFirst().first == "x" || entity.dropFirst().first == "X"
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
