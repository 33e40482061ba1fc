/// A generated file under construction, as UTF-8 bytes: no temporary string per fragment.
/// With a ``sink``, the bytes go to it every megabyte, so a page of 100,000 entries never
/// sits in memory whole.
struct PageWriter {
    private(set) var bytes: [UInt8] = []
    /// Where full pieces go; `nil` keeps the whole file in ``bytes``.
    var sink: (any ByteSink)?

    init(sink: (any ByteSink)? = nil) {
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? 4_096 : Self.piece + 64 * 1_024)
    }

    /// The size of the pieces handed to the sink.
    static let piece = 1 << 20

    /// The file (without a sink: all of it).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands what is left to the sink.
    mutating func finish() {
        sink?.drain(&bytes)
    }

    private mutating func spill() {
        if bytes.count >= Self.piece, let sink { sink.drain(&bytes) }
    }

    /// Markup the emitter writes itself.
    mutating func raw(_ text: String) {
        bytes += text.utf8
        spill()
    }

    /// Catalog text on one line (a table cell, a list item), as Markdown.
    mutating func cell(_ text: String) {
        MarkdownText.appendTableCell(text, to: &bytes)
        spill()
    }

    /// Catalog text shown exactly as written (codes, names, titles), as HTML Markdown leaves alone.
    mutating func literal(_ text: String) {
        MarkdownText.appendLiteralHTML(text, to: &bytes)
        spill()
    }

    /// Catalog text as HTML `<code>`, shown exactly as written.
    mutating func code(_ text: String) {
        MarkdownText.appendHTMLCode(text, to: &bytes)
        spill()
    }

    /// Catalog Markdown as a block: neutralised, ending in one blank line.
    mutating func block(_ text: String) {
        MarkdownText.appendNeutralized(text, to: &bytes)
        while let last = bytes.last, last == 0x20 || last == 0x0A || last == 0x09 || last == 0x0D { bytes.removeLast() }
        bytes += [0x0A, 0x0A]
        spill()
    }
}
