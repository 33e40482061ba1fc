import Foundation

/// The write stage: puts an emitter's files on disk so that nothing is ever half-written.
/// Every file is written to a temporary file beside its destination (streamed, for large
/// pages), and only when all of them are complete are they renamed into place: a failed or
/// killed run leaves the previous output as it was. A file whose bytes are unchanged is not
/// touched, so incremental builds stay incremental, and concurrent writers never tear a
/// file: each renames its own complete temporary file.
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
        /// Which file and why.
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes every file of `files` (paths relative to `folder`, which is created, with the
    /// folders the paths name) all or nothing; the outcomes follow `files`' order. A text already
    /// on disk byte for byte is compared in memory and not staged; heavy files are written on
    /// every core, the heaviest first.
    @discardableResult
    public static func write(_ files: [OutputFile], into folder: String) throws -> [Outcome] {
        let subfolders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
            .sorted()
        let output = try StagedOutput(folder: folder, subfolders: subfolders)
        let changed = files.indices.filter { index in
            guard case .text(let text) = files[index].body else { return true }
            return !StagedFile.holds(text, at: StagedOutput.path(files[index].path, in: folder))
        }
        let sinks = try changed.map { try output.file(files[$0].path) }
        let order = changed.indices.sorted {
            let (a, b) = (files[changed[$0]].weight, files[changed[$1]].weight)
            return a != b ? a > b : $0 > $1
        }
        let weight = changed.reduce(0) { $0 + files[$1].weight }
        _ = Parallel.map(order.count, concurrently: weight >= Parallel.minimumEntries) { position in
            let staged = order[position]
            switch files[changed[staged]].body {
            case .text(var text): text.withUTF8 { sinks[staged].append(UnsafeRawBufferPointer($0)) }
            case .page(let write):
                var page = PageWriter(sink: sinks[staged])
                write(&page)
                page.finish()
            }
            return 0
        }
        var outcomes = Array(repeating: Outcome.unchanged, count: files.count)
        for (index, outcome) in zip(changed, try output.commit()) { outcomes[index] = outcome }
        return outcomes
    }

    /// Writes one file at `path` (its folder created if needed), all or nothing.
    @discardableResult
    public static func write(_ contents: String, to path: String) throws -> Outcome {
        let url = URL(fileURLWithPath: path)
        let file = OutputFile(path: url.lastPathComponent, contents: contents)
        return try write([file], into: url.deletingLastPathComponent().path)[0]
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
