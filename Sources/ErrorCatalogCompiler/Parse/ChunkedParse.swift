import CLibYAML
import Foundation

/// Parses a large file in pieces on several cores and joins the pieces into exactly the
/// document a one-pass parse builds — or declines, and the caller parses in one pass.
///
/// A catalog spends nearly all its bytes in one long block sequence (`errors:`). The file is
/// cut at lines that begin an item of the outermost block sequence around the middle of the
/// file (`  - …`, at that sequence's indentation). The first piece is parsed as it stands;
/// every later piece is parsed as a document of its own whose root is a block sequence.
/// The pieces are joined only when that is provably
/// what a one-pass parse gives:
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
        // Joined offsets and line numbers are 32-bit: larger inputs are parsed in one pass.
        guard count < Int(Int32.max) else { return 1 }
        return min(ProcessInfo.processInfo.activeProcessorCount, count / minimumPieceBytes)
    }

    /// `buffer` parsed in up to `pieces` pieces, ready to join, or `nil` when the pieces
    /// cannot be shown to join into the one-pass document. The pieces do not refer to
    /// `buffer`.
    static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String, limits: ParseLimits, pieces: Int
    ) -> Pieces? {
        guard let (column, cuts) = cutPoints(in: buffer, pieces: pieces) else { return nil }
        let starts = [0] + cuts
        let ends = cuts + [buffer.count]
        let itemColumn = Int32(column + 1)
        // A piece that cannot be joined (often found at once: a later piece meets an alias
        // to an anchor in an earlier one) stops the others, so the one-pass parse that
        // follows starts without waiting for work that would be thrown away.
        let cancellation = Cancellation()
        let parsed = Parallel.map(starts.count, concurrently: buffer.count >= Parallel.minimumBytes) {
            piece -> Piece? in
            let range = starts[piece]..<ends[piece]
            // The first piece's arenas are reserved for the whole file: the others join it.
            var builder = DocumentBuilder(
                file: file, limits: limits, inputBytes: piece == 0 ? buffer.count : range.count)
            var diagnostics = DiagnosticList()
            let completed = YAMLParser.run(
                UnsafeBufferPointer(rebasing: buffer[range]), into: &builder, file: file, diagnostics: &diagnostics,
                cancellation: cancellation)
            let sequence =
                piece == 0
                ? openSequence(builder, column: itemColumn)
                : continuedSequence(builder, column: itemColumn).map { ($0, 1) }
            guard completed, diagnostics.all.isEmpty, let sequence, !cancellation.isCancelled else {
                cancellation.cancel()
                return nil
            }
            return Piece(builder: builder, sequence: sequence.node, depth: sequence.depth)
        }
        guard let first = parsed[0], parsed.allSatisfy({ $0 != nil }),
            parsed.dropFirst().allSatisfy({ first.depth - 1 + $0!.builder.deepest <= limits.maxDepth })
        else { return nil }
        return Pieces(parts: parsed.map { $0! })
    }

    /// One parsed piece: its builder and the node of the sequence it holds items of.
    struct Piece {
        var builder: DocumentBuilder
        var sequence: Int
        /// The collections open around the sequence where the piece ends, itself included.
        var depth: Int
    }

    /// The first piece's block sequence, with its `-` in `column`, that is still open where
    /// the piece ends (with the collections open around it, itself included).
    static func openSequence(_ first: DocumentBuilder, column: Int32) -> (node: Int, depth: Int)? {
        guard !first.sawDirective, let end = first.streamEnd, first.sequencesEnded.index == Int(end.index) else {
            return nil
        }
        return first.sequencesEnded.list.first { first.document.nodes[$0.node].column == column }
    }

    /// A later piece's root: a block sequence on its first line, with its `-` in `column`,
    /// running to the piece's end, with no alias in it.
    static func continuedSequence(_ piece: DocumentBuilder, column: Int32) -> Int? {
        guard !piece.sawAlias, let end = piece.streamEnd, let root = piece.document.root,
            piece.document.nodes[root].kind == .sequence, piece.document.nodes[root].line == 1,
            piece.document.nodes[root].column == column,
            piece.sequencesEnded.index == Int(end.index), piece.sequencesEnded.list.last?.node == root
        else { return nil }
        return root
    }

    /// The column of the item lines and the offsets to cut `buffer` at (each the start of
    /// such a line, ascending), or `nil` when no cut is found.
    ///
    /// The item lines are those of the outermost block sequence around the first cut's
    /// target: the `- ` lines with the least indentation in the stretch after it.
    static func cutPoints(in buffer: UnsafeBufferPointer<UInt8>, pieces: Int) -> (column: Int, cuts: [Int])? {
        guard pieces > 1, buffer.count > 0,
            let column = outermostItemColumn(from: buffer.count / pieces, in: buffer)
        else { return nil }
        var cuts: [Int] = []
        for piece in 1..<pieces {
            let target = max(buffer.count / pieces * piece, (cuts.last ?? 0) + 1)
            guard let cut = itemLine(column: column, from: target, in: buffer) else { break }
            cuts.append(cut)
        }
        return cuts.isEmpty ? nil : (column, cuts)
    }

    /// How far past a cut's target item lines are looked for.
    static let itemSearchBytes = 1 << 16

    /// The least indentation of a `- ` line starting in the ``itemSearchBytes`` after
    /// `offset`.
    static func outermostItemColumn(from offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = min(buffer.count, offset + itemSearchBytes)
        var position =
            offset > 0 && buffer[offset - 1] != UInt8(ascii: "\n") ? nextLine(after: offset, in: buffer) : offset
        var least: Int?
        while position < end {
            var column = 0
            while position + column < buffer.count, buffer[position + column] == UInt8(ascii: " ") { column += 1 }
            if position + column < buffer.count, isItemStart(position + column, in: buffer), column < (least ?? .max) {
                least = column
            }
            position = nextLine(after: position, in: buffer)
        }
        return least
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

/// Pieces of one file, parsed and checked to continue one sequence.
struct Pieces {
    /// The pieces in file order; the first holds the sequence's start.
    var parts: [ChunkedParse.Piece]

    /// The first piece's document with the later pieces' items appended to its sequence.
    /// Each piece is released once joined, so memory peaks at about one document.
    consuming func join() -> YAMLDocument {
        parts.reverse()
        var first = parts.removeLast()
        let sequence = first.sequence
        var document = first.builder.takeDocument()
        var items = Array(document.children(of: sequence))
        var lineBase = Int32(clamping: first.builder.streamEnd!.line)
        // Popping each piece leaves this the only reference to it: it is freed once joined.
        while let piece = parts.popLast() {
            let nodeBase = Int32(document.nodes.count)
            let part = piece.builder.document
            let childBase = Int32(document.children.count)
            let textBase = UInt32(document.text.count)
            let tags = part.tags.map { document.tagIndex(of: $0) }
            document.text.append(contentsOf: part.text)
            document.children.append(contentsOf: part.children.lazy.map { $0 + nodeBase })
            document.nodes.append(
                contentsOf: part.nodes.lazy.map { [lineBase] node in
                    var node = node
                    node.line += lineBase
                    node.firstChild += childBase
                    node.textStart += textBase
                    if node.tagIndex >= 0 { node.tagIndex = tags[Int(node.tagIndex)] }
                    return node
                })
            items.append(contentsOf: part.children(of: piece.sequence).lazy.map { $0 + nodeBase })
            lineBase += Int32(clamping: piece.builder.streamEnd!.line)
        }
        document.nodes[sequence].firstChild = Int32(document.children.count)
        document.nodes[sequence].childCount = Int32(items.count)
        document.children.append(contentsOf: items)
        return document
    }
}

/// A flag that work on several cores checks now and then, to stop when another core has
/// found that the whole job will be thrown away.
final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    /// Asks every holder to stop.
    func cancel() { lock.withLock { cancelled = true } }

    /// Whether ``cancel()`` was called.
    var isCancelled: Bool { lock.withLock { cancelled } }
}
