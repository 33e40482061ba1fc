import CLibYAML

/// Builds the node arena from events, one at a time.
struct DocumentBuilder {
    enum Outcome { case more, done, failed }

    struct Frame {
        var node: Int
        var pendingStart: Int
        var anchor: String?
    }

    var document: YAMLDocument
    let limits: ParseLimits
    /// Expanded size of each node (aliases counted at their target's size).
    var weights: [Int32] = []
    var anchors: [String: Int] = [:]
    var frames: [Frame] = []
    /// Children of the open collections, back to back.
    var pending: [Int32] = []
    var aliasExpansion = 0
    var documents = 0

    // What ``ChunkedParse`` checks before joining documents parsed from pieces of a file.
    /// The most collections open at once.
    var deepest = 0
    /// Whether any alias was met.
    var sawAlias = false
    /// Whether a document declared `%YAML` or `%TAG`.
    var sawDirective = false
    /// The mark of the end of the stream, once reached.
    var streamEnd: yaml_mark_t?
    /// The sequences that ended at the most recent sequence end's position, innermost
    /// first, each with the number of collections open at its end (itself included).
    var sequencesEnded: (index: Int, list: [(node: Int, depth: Int)]) = (-1, [])

    /// A builder for `inputBytes` bytes of input. The arenas are reserved from that size,
    /// so on catalog-shaped input they do not move while they grow (a reserved page that
    /// is never written is never committed).
    init(file: String, limits: ParseLimits, inputBytes: Int) {
        self.document = YAMLDocument(file: file)
        self.limits = limits
        // Catalog lines hold a key and a value in well over eight bytes.
        let nodeBound = inputBytes / 8 + 16
        document.nodes.reserveCapacity(nodeBound)
        weights.reserveCapacity(nodeBound)
        document.text.reserveCapacity(inputBytes + 16)
    }

    /// The document built so far, moved out (so it is uniquely referenced); the builder
    /// keeps an empty one.
    mutating func takeDocument() -> YAMLDocument {
        var taken = YAMLDocument(file: document.file)
        swap(&taken, &document)
        return taken
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: document.file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    mutating func consume(_ event: yaml_event_t, diagnostics: inout DiagnosticList) -> Outcome {
        switch event.type {
        case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
            return .more
        case YAML_STREAM_END_EVENT:
            streamEnd = event.start_mark
            return .done
        case YAML_DOCUMENT_START_EVENT: return startDocument(event, diagnostics: &diagnostics)
        case YAML_SCALAR_EVENT: return addScalar(event, diagnostics: &diagnostics)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            return startCollection(event, diagnostics: &diagnostics)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: return endCollection(event, diagnostics: &diagnostics)
        case YAML_ALIAS_EVENT: return addAlias(event, diagnostics: &diagnostics)
        default: return .more
        }
    }

    mutating func startDocument(_ event: yaml_event_t, diagnostics: inout DiagnosticList) -> Outcome {
        documents += 1
        let start = event.data.document_start
        if start.version_directive != nil || start.tag_directives.start != start.tag_directives.end {
            sawDirective = true
        }
        if documents > 1 {
            diagnostics.error(
                "a catalog file holds one YAML document; a second one starts here", at: location(event.start_mark))
            return .failed
        }
        return .more
    }

    @inline(__always)
    mutating func addScalar(_ event: yaml_event_t, diagnostics: inout DiagnosticList) -> Outcome {
        let scalar = event.data.scalar
        guard scalar.length <= limits.maxScalarBytes else {
            diagnostics.error(
                "scalar of \(scalar.length) bytes exceeds the limit of \(limits.maxScalarBytes) bytes",
                at: location(event.start_mark))
            return .failed
        }
        let textStart = document.text.count
        document.text.append(contentsOf: UnsafeBufferPointer(start: scalar.value, count: scalar.length))
        let index = addNode(
            .scalar, style: Self.style(scalar.style), mark: event.start_mark, textStart: textStart,
            textCount: scalar.length,
            tag: scalar.tag)
        weights.append(1)
        finish(index, anchor: string(scalar.anchor))
        return .more
    }

    @inline(__always)
    mutating func startCollection(_ event: yaml_event_t, diagnostics: inout DiagnosticList) -> Outcome {
        guard frames.count < limits.maxDepth else {
            diagnostics.error("nesting is deeper than \(limits.maxDepth) levels", at: location(event.start_mark))
            return .failed
        }
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
        let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
        let index = addNode(
            isMapping ? .mapping : .sequence, style: .collection, mark: event.start_mark, textStart: 0, textCount: 0,
            tag: tag)
        weights.append(1)
        frames.append(Frame(node: index, pendingStart: pending.count, anchor: string(anchor)))
        deepest = max(deepest, frames.count)
        return .more
    }

    @inline(__always)
    mutating func endCollection(_ event: yaml_event_t, diagnostics: inout DiagnosticList) -> Outcome {
        if event.type == YAML_SEQUENCE_END_EVENT {
            let index = Int(event.start_mark.index)
            if index != sequencesEnded.index { sequencesEnded = (index, []) }
            sequencesEnded.list.append((frames[frames.count - 1].node, frames.count))
        }
        let frame = frames.removeLast()
        let start = frame.pendingStart
        // No slice of `pending` may outlive this block: removing from a shared array copies it.
        if document.nodes[frame.node].kind == .mapping, !checkKeys(pending[start...], diagnostics: &diagnostics) {
            return .failed
        }
        document.nodes[frame.node].firstChild = Int32(document.children.count)
        document.nodes[frame.node].childCount = Int32(pending.count - start)
        var weight = 1
        for position in start..<pending.count { weight += Int(weights[Int(pending[position])]) }
        weights[frame.node] = Int32(clamping: weight)
        document.children.append(contentsOf: pending[start...])
        pending.removeSubrange(start...)
        finish(frame.node, anchor: frame.anchor)
        return .more
    }

    mutating func addAlias(_ event: yaml_event_t, diagnostics: inout DiagnosticList) -> Outcome {
        sawAlias = true
        let name = string(event.data.alias.anchor) ?? ""
        guard let target = anchors[name] else {
            diagnostics.error("unknown alias '*\(name)'", at: location(event.start_mark))
            return .failed
        }
        aliasExpansion += Int(weights[target])
        guard aliasExpansion <= limits.maxAliasExpansion else {
            diagnostics.error(
                "aliases expand to more than \(limits.maxAliasExpansion) nodes", at: location(event.start_mark))
            return .failed
        }
        attach(target)
        return .more
    }

    mutating func addNode(
        _ kind: YAMLNode.Kind, style: YAMLNode.Style, mark: yaml_mark_t, textStart: Int, textCount: Int,
        tag: UnsafeMutablePointer<yaml_char_t>?
    ) -> Int {
        let tagIndex = string(tag).map { document.tagIndex(of: $0) } ?? -1
        document.nodes.append(
            YAMLNode(
                kind: kind, style: style, line: Int32(clamping: mark.line + 1),
                column: Int32(clamping: mark.column + 1),
                firstChild: 0, childCount: 0, textStart: UInt32(truncatingIfNeeded: textStart),
                textCount: UInt32(truncatingIfNeeded: textCount), tagIndex: tagIndex))
        return document.nodes.count - 1
    }

    /// Records a completed node's anchor and hangs it on its parent (or makes it the root).
    mutating func finish(_ index: Int, anchor: String?) {
        if let anchor { anchors[anchor] = index }
        attach(index)
    }

    mutating func attach(_ index: Int) {
        if frames.isEmpty {
            document.root = index
        } else {
            pending.append(Int32(index))
        }
    }

    /// Reports non-scalar and duplicate keys; returns `false` when a key is not a scalar.
    func checkKeys(_ items: ArraySlice<Int32>, diagnostics: inout DiagnosticList) -> Bool {
        let keys = YAMLDocument.Pairs(items).map(\.key)
        if let key = keys.first(where: { document.nodes[$0].kind != .scalar }) {
            diagnostics.error("a mapping key must be a scalar", at: document.location(key))
            return false
        }
        // Keys are the same only when their bytes are (as the reader matches them).
        if keys.count <= 32 {
            for (position, key) in keys.enumerated() {
                let bytes = document.bytes(key)
                if let first = keys[..<position].first(where: { document.bytes($0).elementsEqual(bytes) }) {
                    reportDuplicate(document.value(key), key: key, first: first, diagnostics: &diagnostics)
                }
            }
        } else {
            var seen = TextInterner(capacity: keys.count)
            var firstKeys: [Int] = []
            for key in keys {
                let name = document.value(key)
                let (index, inserted) = seen.insert(name)
                if inserted {
                    firstKeys.append(key)
                } else {
                    reportDuplicate(name, key: key, first: firstKeys[index], diagnostics: &diagnostics)
                }
            }
        }
        return true
    }

    func reportDuplicate(_ name: String, key: Int, first: Int, diagnostics: inout DiagnosticList) {
        diagnostics.error(
            "duplicate key '\(name)'", at: document.location(key),
            notes: [Diagnostic(.note, "'\(name)' first appears here", at: document.location(first))])
    }

    func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
