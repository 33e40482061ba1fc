import Foundation

/// Writes a set of files so that either all of them take their new contents or none does,
/// without holding any of them in memory: each file is written in pieces to a temporary file
/// beside its destination, and only when every file is complete are they renamed into place
/// (a file whose bytes are unchanged is left untouched, so incremental builds stay incremental).
public final class StagedOutput {
    /// The folder every path is relative to.
    public let folder: String
    private var staged: [StagedFile] = []

    /// Output into `folder`, created if needed (with `subfolders`, which files may be in).
    public init(folder: String, subfolders: [String] = []) throws {
        self.folder = folder
        for path in [folder] + subfolders.map({ Self.path($0, in: folder) }) {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw OutputWriter.Failure(path: path, reason: "cannot create the folder")
            }
        }
    }

    /// A new file at `path` (relative to ``folder``, or absolute), written to a temporary file until
    /// ``commit()``.
    public func file(_ path: String) throws -> StagedFile {
        let file = try StagedFile(path: Self.path(path, in: folder))
        staged.append(file)
        return file
    }

    /// Where `path` is: itself when absolute, else inside `folder`.
    static func path(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
    }

    /// Moves every file into place; each is closed first and must have had no write error.
    /// On any failure, every temporary file is removed and nothing has been moved.
    @discardableResult
    public func commit() throws -> [OutputWriter.Outcome] {
        do {
            for file in staged { try file.finish() }
        } catch {
            discard()
            throw error
        }
        var outcomes: [OutputWriter.Outcome] = []
        for file in staged { outcomes.append(try file.moveIntoPlace()) }
        staged = []
        return outcomes
    }

    /// Removes every temporary file; nothing is moved.
    public func discard() {
        for file in staged { file.remove() }
        staged = []
    }

    deinit { discard() }
}

/// One file being staged: bytes are appended to its temporary file as they are produced.
public final class StagedFile: ByteSink, @unchecked Sendable {
    /// The destination.
    public let path: String
    let temporary: String
    private var descriptor: Int32
    private var failure: Int32 = 0

    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        OutputWriter.removeAbandonedTemporaries(of: url.lastPathComponent, in: folder)
        temporary = folder + "/" + OutputWriter.temporaryName(of: url.lastPathComponent, process: getpid())
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputWriter.Failure(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Appends `bytes`; a failure is kept and reported by ``StagedOutput/commit()``.
    public func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == 0, descriptor >= 0 else { return }
        failure = OutputWriter.writeAll(bytes, to: descriptor)
    }

    /// Appends `bytes` and empties them, keeping their capacity for the next piece.
    public func drain(_ bytes: inout [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Closes the temporary file; throws when a write failed or the destination cannot take
    /// a file (a folder stands there), so that no file of the set is moved.
    func finish() throws {
        if descriptor >= 0 {
            if close(descriptor) != 0, failure == 0 { failure = errno }
            descriptor = -1
        }
        guard failure == 0 else { throw OutputWriter.Failure(path: path, reason: String(cString: strerror(failure))) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputWriter.Failure(path: path, reason: String(cString: strerror(EISDIR)))
        }
    }

    func moveIntoPlace() throws -> OutputWriter.Outcome {
        if Self.sameContents(temporary, path) {
            unlink(temporary)
            return .unchanged
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputWriter.Failure(path: path, reason: reason)
        }
        return .written
    }

    func remove() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(temporary)
    }

    /// Whether the file at `path` holds exactly `text`'s UTF-8 bytes (its size compared first).
    static func holds(_ text: String, at path: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var status = stat()
            guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count,
                let handle = FileHandle(forReadingAtPath: path)
            else { return false }
            defer { try? handle.close() }
            var offset = 0
            while offset < bytes.count {
                guard let piece = try? handle.read(upToCount: 1 << 20), !piece.isEmpty,
                    piece.count <= bytes.count - offset,
                    piece.withUnsafeBytes({ memcmp($0.baseAddress!, bytes.baseAddress! + offset, $0.count) == 0 })
                else { return false }
                offset += piece.count
            }
            return (try? handle.read(upToCount: 1))?.isEmpty ?? true
        }
    }

    /// Whether two files hold the same bytes, read in pieces.
    static func sameContents(_ a: String, _ b: String) -> Bool {
        guard let first = FileHandle(forReadingAtPath: a), let second = FileHandle(forReadingAtPath: b) else {
            return false
        }
        defer {
            try? first.close()
            try? second.close()
        }
        guard let sizeA = try? first.seekToEnd(), let sizeB = try? second.seekToEnd(), sizeA == sizeB else {
            return false
        }
        try? first.seek(toOffset: 0)
        try? second.seek(toOffset: 0)
        while true {
            let x = (try? first.read(upToCount: 1 << 20)) ?? Data()
            let y = (try? second.read(upToCount: 1 << 20)) ?? Data()
            if x != y { return false }
            if x.isEmpty { return true }
        }
    }
}
