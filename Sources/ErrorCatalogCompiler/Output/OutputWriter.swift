import Foundation

/// Writes generated files so that nothing is ever half-written: each file goes to a
/// temporary file in the destination folder and is renamed over the old one, and a file
/// whose content is unchanged is not touched (so incremental builds stay incremental).
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
        let bytes = Data(contents.utf8)
        if let existing = FileManager.default.contents(atPath: path), existing == bytes { return .unchanged }
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        let temporary = directory + "/." + (path as NSString).lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: bytes) else {
            throw Failure(path: path, reason: "the folder is not writable or the disk is full")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(path: path, reason: reason)
        }
        return .written
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
}
