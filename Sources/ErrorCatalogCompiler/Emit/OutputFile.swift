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
    /// The file's bytes: made already, or made when the writer asks for them.
    let body: Body

    enum Body: Sendable {
        /// Text made already.
        case text(String)
        /// Written into a page writer, which may stream it to disk a megabyte at a time.
        case page(@Sendable (inout PageWriter) -> Void)
    }

    /// A file whose text is already made.
    public init(path: String, contents: String) {
        self.path = path
        weight = 0
        body = .text(contents)
    }

    /// A file written when the writer asks for it, into a page that may stream to disk.
    init(path: String, weight: Int, write: @escaping @Sendable (inout PageWriter) -> Void) {
        self.path = path
        self.weight = weight
        body = .page(write)
    }

    /// The file's text, made in memory (for tests, standard output and small files).
    public var contents: String {
        switch body {
        case .text(let text): return text
        case .page(let write):
            var page = PageWriter()
            write(&page)
            return page.text
        }
    }
}
