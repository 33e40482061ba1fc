import Foundation

/// Writes generated files so that nothing is ever half-written: each file goes to a
/// temporary file in the destination folder and is renamed over the old one, and a file
/// whose content is unchanged is not touched (so incremental builds stay incremental).
/// Concurrent writers never tear a file: each renames its own complete temporary file.
public enum OutputWriter {
    /// What happened to one file.
    public enum Outcome: Equatable, Sendable {
        case written, unchanged
    }

    /// A write that failed.
    public struct Failure: Error, CustomStringConvertible {
        /// The file.
        public var path: String
        /// Why.
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `contents` to `path` atomically, unless the file already holds exactly that.
    @discardableResult
    public static func write(_ contents: String, to path: String) throws -> Outcome {
        var contents = contents
        return try contents.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws -> Outcome {
        if let existing = FileManager.default.contents(atPath: path), sameBytes(existing, bytes) { return .unchanged }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        removeAbandonedTemporaries(of: url.lastPathComponent, in: folder)
        let temporary = folder + "/" + temporaryName(of: url.lastPathComponent, process: getpid())
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw Failure(path: path, reason: String(cString: strerror(failure)))
        }
        return .written
    }

    /// Writes all of `bytes` to `descriptor`, retrying interrupted writes; 0, or the `errno`
    /// of the write that failed.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += result
        }
        return 0
    }

    /// Whether `data` holds exactly `bytes` (one `memcmp`, not a byte-by-byte walk).
    static func sameBytes(_ data: Data, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard data.count == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        return data.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// Writes every file of `files` (path → contents) after making `folder`; stops at the
    /// first failure. Files are written one by one, each atomically.
    public static func write(_ files: [(path: String, contents: String)], into folder: String) throws -> [Outcome] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: folder, reason: "cannot create the folder")
        }
        return try files.map { try write($0.contents, to: $0.path) }
    }

    /// `.<name>.<pid>.<random>.tmp`: hidden, and naming the process that writes it.
    static func temporaryName(of name: String, process: pid_t) -> String {
        ".\(name).\(process).\(UInt32.random(in: .min ... .max)).tmp"
    }

    /// Removes temporary files of `name` left by writers that no longer run (a killed build).
    static func removeAbandonedTemporaries(of name: String, in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = "." + name + "."
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let fields = entry.dropFirst(prefix.count).split(separator: ".")
            guard fields.count == 3, let process = pid_t(fields[0]) else { continue }
            if kill(process, 0) != 0 && errno == ESRCH { unlink(folder + "/" + entry) }
        }
    }
}
