import ErrorCatalog

/// Catalog text made safe for Markdown pages: YAML text is Markdown, but raw HTML and
/// script links are neutralised, and values placed in tables, headings and code spans
/// cannot break out of them. Every function is one pass over the UTF-8 bytes.
public enum MarkdownText {
    /// `text` with raw HTML neutralised (`<` becomes `&lt;` outside code) and links to
    /// `javascript:`, `vbscript:` or `data:` URLs disarmed; code spans and fenced code blocks
    /// are kept as written.
    public static func neutralized(_ text: String) -> String {
        String(utf8Building: { appendNeutralized(text, to: &$0) })
    }

    /// Appends ``neutralized(_:)`` of `text`.
    static func appendNeutralized(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendNeutralized($0, to: &out) }
    }

    static func appendNeutralized(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var fence: Slice<UnsafeBufferPointer<UInt8>>?
        var lineStart = 0
        while lineStart <= text.count {
            let lineEnd = text[lineStart...].firstIndex(of: newline) ?? text.count
            let line = text[lineStart..<lineEnd]
            if lineStart > 0 { out.append(newline) }
            lineStart = lineEnd + 1
            let trimmed = line.drop { $0 == space }
            if let open = fence {
                out += line
                if trimmed.starts(with: open) { fence = nil }
                continue
            }
            if trimmed.count >= 3, let first = trimmed.first, first == backtick || first == tilde,
                trimmed.prefix(3).allSatisfy({ $0 == first })
            {
                fence = trimmed.prefix { $0 == first }
                out += line
                continue
            }
            appendInline(line, to: &out)
        }
        if let open = fence {
            out.append(newline)
            out += open
        }
    }

    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")

    /// One line: code spans kept, everything else escaped.
    static func appendInline(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        var position = bytes.startIndex
        let end = bytes.endIndex
        while position < end {
            guard bytes[position] == backtick else {
                let next = bytes[position...].firstIndex(of: backtick) ?? end
                appendEscaped(bytes[position..<next], to: &out)
                position = next
                continue
            }
            var runEnd = position
            while runEnd < end, bytes[runEnd] == backtick { runEnd += 1 }
            let run = runEnd - position
            // Find a closing run of exactly the same length.
            var scan = runEnd
            var close: Int?
            while scan < end {
                guard bytes[scan] == backtick else {
                    scan += 1
                    continue
                }
                var closeEnd = scan
                while closeEnd < end, bytes[closeEnd] == backtick { closeEnd += 1 }
                if closeEnd - scan == run {
                    close = closeEnd
                    break
                }
                scan = closeEnd
            }
            let kept = close ?? runEnd
            out += bytes[position..<kept]
            position = kept
        }
    }

    static let dangerousSchemes = ["javascript:", "vbscript:", "data:"].map { Array($0.utf8) }

    /// Text outside code: `<` as `&lt;`, and `](` before a script URL as `]\(`. Runs with
    /// neither are copied at once.
    static func appendEscaped(_ text: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        var runStart = text.startIndex
        var position = text.startIndex
        while position < text.endIndex {
            let byte = text[position]
            guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: "]") else {
                position += 1
                continue
            }
            out += text[runStart..<position]
            runStart = position + 1
            if byte == UInt8(ascii: "<") {
                out += "&lt;".utf8
            } else {
                out.append(byte)
                if position + 1 < text.endIndex, text[position + 1] == UInt8(ascii: "(") {
                    var target = position + 2
                    while target < text.endIndex, text[target] == space { target += 1 }
                    let rest = text[target...].prefix(11).map(_ASCII.lowercased)
                    if dangerousSchemes.contains(where: { rest.starts(with: $0) }) { out.append(UInt8(ascii: "\\")) }
                }
            }
            position += 1
        }
        out += text[runStart..<position]
    }

    /// `text` on one line for a table cell: neutralised, line breaks as spaces, pipes escaped.
    public static func tableCell(_ text: String) -> String {
        String(utf8Building: { appendTableCell(text, to: &$0) })
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
        let flat = String(utf8Building: { appendMarkingLineBreaks(text, to: &$0) })
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
        String(utf8Building: { appendHTMLCode(text, to: &$0) })
    }

    /// Appends ``htmlCode(_:)`` of `text`.
    static func appendHTMLCode(_ text: String, to out: inout [UInt8]) {
        out += "<code>".utf8
        appendLiteralHTML(text, to: &out)
        out += "</code>".utf8
    }

    /// `text` as HTML that Markdown leaves alone, so it shows exactly as written: `&`, `<`,
    /// `>`, `"` as named entities and every other character Markdown could read as syntax
    /// (backslash escapes, emphasis, links, code spans, attribute lists, tables, a heading's
    /// closing `#`s) as a numeric one; line breaks as `↵`.
    public static func literalHTML(_ text: String) -> String {
        String(utf8Building: { appendLiteralHTML(text, to: &$0) })
    }

    /// Appends ``literalHTML(_:)`` of `text`.
    static func appendLiteralHTML(_ text: String, to out: inout [UInt8]) {
        appendMarkingLineBreaks(text, to: &out) { byte in
            if let named = namedEntity(byte) { return named }
            return switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "{"),
                UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "^"),
                UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: ":"), UInt8(ascii: "$"):
                "&#\(byte);"
            default: nil
            }
        }
    }

    /// `text` with `&`, `<`, `>` and `"` as entities (and `|` when `pipes`), line breaks as `↵`.
    public static func htmlEscaped(_ text: String, pipes: Bool = false) -> String {
        String(utf8Building: { appendHTMLEscaped(text, pipes: pipes, to: &$0) })
    }

    /// The named entity of `&`, `<`, `>` or `"`.
    static func namedEntity(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: nil
        }
    }

    static func appendHTMLEscaped(_ text: String, pipes: Bool, to out: inout [UInt8]) {
        appendMarkingLineBreaks(text, to: &out) { byte in
            if let named = namedEntity(byte) { return named }
            return switch byte {
            case UInt8(ascii: "|") where pipes: "&#124;"
            default: nil
            }
        }
    }

    /// Appends `text` with each line break (LF, CR or CRLF) as `↵` and each byte that
    /// `replacement` names replaced; runs with neither are copied at once.
    static func appendMarkingLineBreaks(
        _ text: String, to out: inout [UInt8], replacing replacement: (UInt8) -> String? = { _ in nil }
    ) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var previous: UInt8 = 0
            for (index, byte) in utf8.enumerated() {
                defer { previous = byte }
                let substitute: String
                switch byte {
                // A CRLF is one break, marked at its CR.
                case newline where previous == UInt8(ascii: "\r"): substitute = ""
                case newline, UInt8(ascii: "\r"): substitute = "↵"
                default:
                    guard let replaced = replacement(byte) else { continue }
                    substitute = replaced
                }
                out += UnsafeBufferPointer(rebasing: utf8[runStart..<index])
                out += substitute.utf8
                runStart = index + 1
            }
            out += UnsafeBufferPointer(rebasing: utf8[runStart...])
        }
    }
}
