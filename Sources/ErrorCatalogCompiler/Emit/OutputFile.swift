/// Where the bytes of a file being written go, a megabyte at a time: how the writer stage
/// takes a large page without the page ever sitting in memory whole.
public protocol ByteSink: AnyObject {
    /// Takes `bytes` and empties them, keeping their capacity for the next piece.
    func drain(_ bytes: inout [UInt8])
}

/// One file an emitter produces: its path relative to the output folder and how to write
/// its bytes. Emitters only describe files; the writer stage (``OutputWriter``) writes them,
/// all or nothing, streaming the large ones.
public struct OutputFile: Sendable {
    /// The path, relative to the folder the files are written into.
    public let path: String
    /// About how many entries the file shows: the writer starts the heaviest files first
    /// and writes on several cores when the files are heavy enough to pay for it.
    let weight: Int
    /// Writes the file's bytes into a page writer (with or without a sink).
    let write: @Sendable (inout PageWriter) -> Void

    /// A file whose text is already made.
    public init(path: String, contents: String) {
        self.path = path
        weight = 0
        write = { $0.raw(contents) }
    }

    /// A file written when the writer asks for it, into a page that may stream to disk.
    init(path: String, weight: Int, write: @escaping @Sendable (inout PageWriter) -> Void) {
        self.path = path
        self.weight = weight
        self.write = write
    }

    /// The file's text, made in memory (for tests, standard output and small files).
    public var contents: String {
        var page = PageWriter()
        write(&page)
        page.finish()
        return page.text
    }
}
