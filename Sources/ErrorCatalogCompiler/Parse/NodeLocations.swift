/// The line and column of every node of a document, without its text or structure: what
/// checks after decoding need, in a quarter of the nodes' memory, so the document itself
/// can be released.
struct NodeLocations: Sendable {
    /// The file as the user named it.
    let file: String
    /// Per node: line and column.
    private let positions: [(line: Int32, column: Int32)]

    init(_ document: YAMLDocument) {
        file = document.file
        positions = document.nodes.map { ($0.line, $0.column) }
    }

    /// The location of node `index`.
    func location(_ index: Int) -> SourceLocation {
        let position = positions[index]
        return SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
    }
}
