/// Catalog text made safe for Markdown pages: YAML text is Markdown, but raw HTML and
/// script links are neutralised, and values placed in tables, headings and code spans
/// cannot break out of them. Every function is one pass over the UTF-8 bytes.
public enum MarkdownText {
    /// `text` with raw HTML neutralised (`<` becomes `&lt;` outside code) and links to
    /// `javascript:`, `vbscript:` or `data:` URLs disarmed; code spans and fenced code blocks
    /// are kept as written.
    public static func neutralized(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        appendNeutralized(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``neutralized(_:)`` of `text`.
    static func appendNeutralized(_ text: String, to out: inout [UInt8]) {
        var fence: [UInt8]?
        var first = true
        for line in text.utf8.split(separator: newline, omittingEmptySubsequences: false) {
            if !first { out.append(newline) }
            first = false
            let trimmed = line.drop { $0 == space }
            if let open = fence {
                out += line
                if trimmed.starts(with: open) { fence = nil }
                continue
            }
            if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) {
                fence = Array(trimmed.prefix { $0 == trimmed.first })
                out += line
                continue
            }
            appendInline(line, to: &out)
        }
        if let open = fence { out.append(newline); out += open }
    }

    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let backtick = UInt8(ascii: "`")

    /// One line: code spans kept, everything else escaped.
    static func appendInline(_ line: Substring.UTF8View.SubSequence, to out: inout [UInt8]) {
        let bytes = Array(line)
        var position = 0
        while position < bytes.count {
            guard bytes[position] == backtick else {
                let next = bytes[position...].firstIndex(of: backtick) ?? bytes.count
                appendEscaped(bytes[position..<next], to: &out)
                position = next
                continue
            }
            var runEnd = position
            while runEnd < bytes.count, bytes[runEnd] == backtick { runEnd += 1 }
            let run = runEnd - position
            // Find a closing run of exactly the same length.
            var scan = runEnd
            var close: Int?
            while scan < bytes.count {
                guard bytes[scan] == backtick else { scan += 1; continue }
                var end = scan
                while end < bytes.count, bytes[end] == backtick { end += 1 }
                if end - scan == run { close = end; break }
                scan = end
            }
            if let close {
                out += bytes[position..<close]
                position = close
            } else {
                out += bytes[position..<runEnd]
                position = runEnd
            }
        }
    }

    static let dangerousSchemes = ["javascript:", "vbscript:", "data:"].map { Array($0.utf8) }

    /// Text outside code: `<` as `&lt;`, and `](` before a script URL as `]\(`.
    static func appendEscaped(_ text: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var position = text.startIndex
        while position < text.endIndex {
            let byte = text[position]
            if byte == UInt8(ascii: "<") {
                out += Array("&lt;".utf8)
            } else if byte == UInt8(ascii: "]"), position + 1 < text.endIndex, text[position + 1] == UInt8(ascii: "(") {
                var target = position + 2
                while target < text.endIndex, text[target] == space { target += 1 }
                let rest = text[target...].prefix(11).map(ASCIIClass.lowercased)
                out.append(byte)
                if dangerousSchemes.contains(where: { rest.starts(with: $0) }) { out.append(UInt8(ascii: "\\")) }
            } else {
                out.append(byte)
            }
            position += 1
        }
    }

    /// `text` on one line for a table cell: neutralised, line breaks as spaces, pipes escaped.
    public static func tableCell(_ text: String) -> String {
        var out: [UInt8] = []
        appendTableCell(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``tableCell(_:)`` of `text`.
    static func appendTableCell(_ text: String, to out: inout [UInt8]) {
        let start = out.count
        appendNeutralized(text, to: &out)
        var position = start
        while position < out.count {
            switch out[position] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): out[position] = space
            case UInt8(ascii: "|"):
                out.insert(UInt8(ascii: "\\"), at: position)
                position += 1
            default: break
            }
            position += 1
        }
    }

    /// The first line of `text`, up to its first sentence end (`. `), for one-line summaries.
    public static func firstSentence(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var end = bytes.firstIndex { $0 == newline || $0 == UInt8(ascii: "\r") } ?? bytes.count
        if let stop = (0..<max(end - 1, 0)).first(where: { bytes[$0] == UInt8(ascii: ".") && bytes[$0 + 1] == space }) {
            end = stop + 1
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// `text` as an inline code span that no content can break: a backtick run longer than
    /// any inside, padded when the text starts or ends with a backtick or space; line breaks
    /// shown as `↵`.
    public static func codeSpan(_ text: String) -> String {
        let flat = String(decoding: lineBreaksMarked(text), as: UTF8.self)
        var longest = 0
        var current = 0
        for byte in flat.utf8 {
            current = byte == backtick ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// `text` as HTML `<code>` for tables and headings, where pipes must not split cells.
    public static func htmlCode(_ text: String) -> String {
        var out: [UInt8] = []
        appendHTMLCode(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``htmlCode(_:)`` of `text`.
    static func appendHTMLCode(_ text: String, to out: inout [UInt8]) {
        out += "<code>".utf8
        appendHTMLEscaped(text, pipes: true, to: &out)
        out += "</code>".utf8
    }

    /// `text` with `&`, `<`, `>` and `"` as entities (and `|` when `pipes`), line breaks as `↵`.
    public static func htmlEscaped(_ text: String, pipes: Bool = false) -> String {
        var out: [UInt8] = []
        appendHTMLEscaped(text, pipes: pipes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendHTMLEscaped(_ text: String, pipes: Bool, to out: inout [UInt8]) {
        for byte in lineBreaksMarked(text) {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "|") where pipes: out += Array("&#124;".utf8)
            default: out.append(byte)
            }
        }
    }

    /// The UTF-8 of `text` with each line break (LF, CR or CRLF) as `↵`.
    static func lineBreaksMarked(_ text: String) -> [UInt8] {
        let mark = Array("↵".utf8)
        var out: [UInt8] = []
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == newline, previous == UInt8(ascii: "\r") {
                // Already marked at the CR.
            } else if byte == newline || byte == UInt8(ascii: "\r") {
                out += mark
            } else {
                out.append(byte)
            }
            previous = byte
        }
        return out
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
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
