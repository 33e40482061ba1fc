import CLibYAML
import Foundation

/// Parses a large file in pieces on several cores and joins the pieces into exactly the
/// document a one-pass parse builds — or declines, and the caller parses in one pass.
///
/// A catalog spends nearly all its bytes in one long block sequence (`errors:`). The file is
/// cut at lines that begin an item of the top-level block sequence the middle of the file
/// lies in (`  - …`, at that sequence's indentation). The first piece is parsed as it
/// stands; every later piece is parsed as a document of its own whose root is a block
/// sequence. The pieces are joined only when that is provably what a one-pass parse gives:
/// - the first piece declares no `%YAML`/`%TAG` directive and ends inside a block sequence
///   whose `-` is at the cut lines' column, so each cut line continues that sequence;
/// - every later piece is one block sequence at that column running to the piece's end,
///   with no aliases (the anchors it could name live in other pieces);
/// - no piece reports anything, and nesting stays within the limit once pieces are stacked.
/// Otherwise (a syntax error, a duplicate key, a cut inside a quoted scalar, content after
/// the sequence…) the caller parses in one pass, which reports exactly what it always did.
enum ChunkedParse {
    /// The least input worth a piece of its own.
    static let minimumPieceBytes = 1 << 20

    /// How many pieces to cut `count` bytes of input into: one per core, at least
    /// ``minimumPieceBytes`` each.
    static func pieceCount(forBytes count: Int) -> Int {
        min(ProcessInfo.processInfo.activeProcessorCount, count / minimumPieceBytes)
    }

    /// The document for `buffer` parsed in up to `pieces` pieces, or `nil` when the pieces
    /// cannot be shown to join into the one-pass document.
    static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String, limits: ParseLimits, pieces: Int
    ) -> YAMLDocument? {
        guard let (column, cuts) = cutPoints(in: buffer, pieces: pieces) else { return nil }
        let starts = [0] + cuts
        let ends = cuts + [buffer.count]
        var builders = Parallel.map(starts.count) { piece -> DocumentBuilder? in
            let range = starts[piece]..<ends[piece]
            // The first piece's arenas are reserved for the whole file: the others join it.
            var builder = DocumentBuilder(file: file, limits: limits, inputBytes: piece == 0 ? buffer.count : range.count)
            var diagnostics = DiagnosticList()
            let parsed = YAMLParser.run(
                UnsafeBufferPointer(rebasing: buffer[range]), into: &builder, file: file, diagnostics: &diagnostics)
            return parsed && diagnostics.all.isEmpty ? builder : nil
        }
        return join(&builders, column: column, limits: limits)
    }

    /// The first piece's document with the later pieces' items appended to its open
    /// sequence, or `nil` when a piece failed or does not continue that sequence. Each
    /// piece is released once joined, so memory peaks at about one document.
    static func join(_ pieces: inout [DocumentBuilder?], column: Int, limits: ParseLimits) -> YAMLDocument? {
        guard pieces.allSatisfy({ $0 != nil }), let first = pieces[0] else { return nil }
        let itemColumn = Int32(column + 1)
        guard !first.sawDirective, let end = first.streamEnd, first.sequencesEnded.index == Int(end.index),
            let (sequence, depth) = first.sequencesEnded.list.first(where: {
                first.document.nodes[$0.node].column == itemColumn
            })
        else { return nil }
        for piece in pieces.dropFirst() {
            guard let piece, !piece.sawAlias, let pieceEnd = piece.streamEnd, let root = piece.document.root,
                piece.document.nodes[root].kind == .sequence, piece.document.nodes[root].line == 1,
                piece.document.nodes[root].column == itemColumn,
                piece.sequencesEnded.index == Int(pieceEnd.index), piece.sequencesEnded.list.last?.node == root,
                depth - 1 + piece.deepest <= limits.maxDepth
            else { return nil }
        }
        var document = pieces[0]!.takeDocument()
        pieces[0] = nil
        var items = Array(document.children(of: sequence))
        var lineBase = Int32(clamping: end.line)
        for index in pieces.indices.dropFirst() {
            let piece = pieces[index]!
            pieces[index] = nil
            let part = piece.document
            let nodeBase = Int32(document.nodes.count)
            let childBase = Int32(document.children.count)
            let textBase = UInt32(document.text.count)
            let tags = part.tags.map { tag in
                if let known = document.tags.firstIndex(of: tag) { return Int32(known) }
                document.tags.append(tag)
                return Int32(document.tags.count - 1)
            }
            document.text.append(contentsOf: part.text)
            document.children.append(contentsOf: part.children.lazy.map { $0 + nodeBase })
            document.nodes.append(
                contentsOf: part.nodes.lazy.map { node in
                    var node = node
                    node.line += lineBase
                    node.firstChild += childBase
                    node.textStart += textBase
                    if node.tagIndex >= 0 { node.tagIndex = tags[Int(node.tagIndex)] }
                    return node
                })
            items.append(contentsOf: part.children(of: part.root!).lazy.map { $0 + nodeBase })
            lineBase += Int32(clamping: piece.streamEnd!.line)
        }
        document.nodes[sequence].firstChild = Int32(document.children.count)
        document.nodes[sequence].childCount = Int32(items.count)
        document.children.append(contentsOf: items)
        return document
    }

    /// The column of the item lines and the offsets to cut `buffer` at (each the start of
    /// such a line, ascending), or `nil` when no cut is found.
    ///
    /// The sequence is the value of the last top-level key (a line starting in column 1)
    /// before the middle of the first cut's stretch; its items' column is that of the first
    /// `-` line after the key.
    static func cutPoints(in buffer: UnsafeBufferPointer<UInt8>, pieces: Int) -> (column: Int, cuts: [Int])? {
        guard pieces > 1, buffer.count > 0 else { return nil }
        let firstTarget = buffer.count / pieces
        guard let key = topLevelLine(before: firstTarget, in: buffer),
            let column = itemColumn(after: key, in: buffer)
        else { return nil }
        var cuts: [Int] = []
        for piece in 1..<pieces {
            let target = max(buffer.count / pieces * piece, (cuts.last ?? key) + 1)
            guard let cut = itemLine(column: column, from: target, in: buffer) else { break }
            cuts.append(cut)
        }
        return cuts.isEmpty ? nil : (column, cuts)
    }

    /// The start of the last line before `offset` that begins with a character other than
    /// a space, tab, `#`, `-` or a line break.
    static func topLevelLine(before offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = min(offset, buffer.count)
        while position > 0 {
            position -= 1
            let atLineStart = position == 0 || buffer[position - 1] == UInt8(ascii: "\n")
            if atLineStart, !" \t#-\r\n".utf8.contains(buffer[position]) { return position }
        }
        return nil
    }

    /// The column of the `-` of the first non-blank, non-comment line after the line at
    /// `lineStart`, when that line is a sequence item.
    static func itemColumn(after lineStart: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = nextLine(after: lineStart, in: buffer)
        while position < buffer.count {
            var column = 0
            while position + column < buffer.count, buffer[position + column] == UInt8(ascii: " ") { column += 1 }
            let first = position + column
            guard first < buffer.count else { return nil }
            switch buffer[first] {
            case UInt8(ascii: "#"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                position = nextLine(after: first, in: buffer)
            case UInt8(ascii: "-"):
                return isItemStart(first, in: buffer) ? column : nil
            default:
                return nil
            }
        }
        return nil
    }

    /// The start of the first line at or after `offset` that is `column` spaces and a `-`
    /// item indicator.
    static func itemLine(column: Int, from offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = offset
        if position > 0, buffer[position - 1] != UInt8(ascii: "\n") { position = nextLine(after: position, in: buffer) }
        while position + column < buffer.count {
            var spaces = 0
            while spaces < column, buffer[position + spaces] == UInt8(ascii: " ") { spaces += 1 }
            if spaces == column, isItemStart(position + column, in: buffer) { return position }
            position = nextLine(after: position, in: buffer)
        }
        return nil
    }

    /// Whether the byte at `position` is a `-` followed by a space or a line break.
    static func isItemStart(_ position: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard buffer[position] == UInt8(ascii: "-") else { return false }
        guard position + 1 < buffer.count else { return true }
        return " \r\n".utf8.contains(buffer[position + 1])
    }

    /// The start of the line after the one holding `position` (or the end of the buffer).
    static func nextLine(after position: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var position = position
        while position < buffer.count, buffer[position] != UInt8(ascii: "\n") { position += 1 }
        return min(position + 1, buffer.count)
    }
}
