import Foundation

/// Catalog text made safe for Markdown pages: YAML text is Markdown, but raw HTML and
/// script links are neutralised, and values placed in tables, headings and code spans
/// cannot break out of them.
public enum MarkdownText {
    /// `text` with raw HTML neutralised (`<` becomes `&lt;` outside code) and links to
    /// `javascript:`, `vbscript:` or `data:` URLs disarmed; code spans and fenced code blocks
    /// are kept as written.
    public static func neutralized(_ text: String) -> String {
        var fence: Substring?
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                lines.append(String(line))
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
                lines.append(String(line))
                continue
            }
            lines.append(neutralizedInline(String(line)))
        }
        if fence != nil { lines.append(fence.map(String.init) ?? "") }
        return lines.joined(separator: "\n")
    }

    /// One line: code spans kept, everything else escaped.
    static func neutralizedInline(_ line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let tick = rest.firstIndex(of: "`") {
            result += escapedText(rest[..<tick])
            let run = rest[tick...].prefix { $0 == "`" }
            let afterRun = rest[run.endIndex...]
            if let close = afterRun.range(of: String(run)), afterRun[close.upperBound...].first != "`" {
                result += rest[tick..<close.upperBound]
                rest = afterRun[close.upperBound...]
            } else {
                result += run
                rest = afterRun
            }
        }
        return result + escapedText(rest)
    }

    static func escapedText(_ text: Substring) -> String {
        var result = text.replacingOccurrences(of: "<", with: "&lt;")
        for scheme in ["javascript:", "vbscript:", "data:"] {
            result = result.replacingOccurrences(of: "](" + scheme, with: "]\\(" + scheme, options: .caseInsensitive)
            result = result.replacingOccurrences(of: "]( " + scheme, with: "]\\( " + scheme, options: .caseInsensitive)
        }
        return result
    }

    /// `text` on one line for a table cell: neutralised, line breaks as spaces, pipes escaped.
    public static func tableCell(_ text: String) -> String {
        neutralized(text).split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "|", with: "\\|")
    }

    /// The first sentence or line of `text`, for one-line summaries.
    public static func firstSentence(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        if let end = line.range(of: ". ") { return String(line[..<end.lowerBound]) + "." }
        return line
    }

    /// `text` as an inline code span that no content can break: a backtick run longer than
    /// any inside, padded when the text starts or ends with a backtick; line breaks shown as `↵`.
    public static func codeSpan(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: "↵").replacingOccurrences(of: "\n", with: "↵")
            .replacingOccurrences(of: "\r", with: "↵")
        var longest = 0
        var current = 0
        for character in flat {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// `text` as HTML `<code>` for table cells, where pipes must not split the cell.
    public static func htmlCode(_ text: String) -> String {
        "<code>" + htmlEscaped(text).replacingOccurrences(of: "|", with: "&#124;") + "</code>"
    }

    /// `text` with `&`, `<`, `>` and `"` as entities, line breaks as `↵`.
    public static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "\r\n", with: "↵").replacingOccurrences(of: "\n", with: "↵")
    }

    /// `text` as a YAML double-quoted scalar (for front matter and `mkdocs.yml`).
    public static func yamlQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || [0x2028, 0x2029, 0xFEFF].contains(scalar.value)
                {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
