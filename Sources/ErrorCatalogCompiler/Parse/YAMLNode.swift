/// One node of a parsed YAML document; collections refer to their children by index.
public struct YAMLNode: Sendable {
    /// What the node is.
    public enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
    }

    /// How a scalar was written; typing rules depend on it (only plain scalars can be
    /// numbers, booleans or null).
    public enum Style: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded, collection
    }

    /// What the node is.
    public var kind: Kind
    /// How a scalar was written.
    public var style: Style
    /// 1-based line of the node's first character.
    public var line: Int32
    /// 1-based column of the node's first character.
    public var column: Int32
    /// The first child's position in ``YAMLDocument/children``.
    public var firstChild: Int32
    /// Children: sequence items, or keys and values alternating.
    public var childCount: Int32
    /// Where a scalar's text starts in ``YAMLDocument/text``.
    public var textStart: UInt32
    /// The length of a scalar's text in bytes.
    public var textCount: UInt32
    /// The explicit tag's position in ``YAMLDocument/tags``, or -1.
    public var tagIndex: Int32
}

/// A parsed YAML document: nodes in an arena, with the file they came from.
public struct YAMLDocument: Sendable {
    /// The file as the user named it.
    public let file: String
    /// Every node; aliases share the anchored node.
    public internal(set) var nodes: [YAMLNode] = []
    /// Children of collections: each collection's as one run (a file parsed in pieces
    /// leaves runs no node refers to).
    public internal(set) var children: [Int32] = []
    /// Every scalar's text (after YAML unescaping), back to back.
    public internal(set) var text: [UInt8] = []
    /// The distinct explicit tags (`!!str` arrives as `tag:yaml.org,2002:str`).
    public internal(set) var tags: [String] = []
    /// The root node, or `nil` for an empty file.
    public internal(set) var root: Int?

    init(file: String) { self.file = file }

    /// The node at `index`.
    public subscript(index: Int) -> YAMLNode { nodes[index] }

    /// The location of node `index`.
    public func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: file, line: Int(nodes[index].line), column: Int(nodes[index].column))
    }

    /// A scalar's text exactly as written after YAML unescaping; empty for collections.
    public func value(_ index: Int) -> String {
        String(decoding: bytes(index), as: UTF8.self)
    }

    /// The bytes of a scalar's text.
    public func bytes(_ index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        let start = Int(node.textStart)
        return text[start..<start + Int(node.textCount)]
    }

    /// Whether scalar `index` is exactly `bytes`.
    public func scalar(_ index: Int, equals bytes: [UInt8]) -> Bool {
        nodes[index].textCount == bytes.count && self.bytes(index).elementsEqual(bytes)
    }

    /// The explicit tag of node `index`, if any.
    public func tag(_ index: Int) -> String? {
        let tag = nodes[index].tagIndex
        return tag < 0 ? nil : tags[Int(tag)]
    }

    /// The position of `tag` in ``tags``, added if new.
    mutating func tagIndex(of tag: String) -> Int32 {
        if let known = tags.firstIndex(of: tag) { return Int32(known) }
        tags.append(tag)
        return Int32(tags.count - 1)
    }

    /// The children of node `index`.
    public func children(of index: Int) -> ArraySlice<Int32> {
        let node = nodes[index]
        let start = Int(node.firstChild)
        return children[start..<start + Int(node.childCount)]
    }

    /// The key/value pairs of mapping `index`, read in place.
    public func pairs(of index: Int) -> Pairs { Pairs(children(of: index)) }

    /// A mapping's children (key, value, key, value, …) seen as (key, value) pairs, without
    /// copying them.
    public struct Pairs: RandomAccessCollection {
        let children: ArraySlice<Int32>

        /// The pairs of `children`, a mapping's children in order.
        init(_ children: ArraySlice<Int32>) { self.children = children }

        public var startIndex: Int { 0 }
        public var endIndex: Int { children.count / 2 }

        public subscript(position: Int) -> (key: Int, value: Int) {
            let key = children.startIndex + 2 * position
            return (Int(children[key]), Int(children[key + 1]))
        }
    }

    /// The items of sequence `index`.
    public func items(of index: Int) -> [Int] {
        children(of: index).map(Int.init)
    }
}
