import Foundation

/// Finds the catalog files under the paths a user names and reads them within limits.
public enum SourceFiles {
    /// The catalog files named by `paths`: files as given, folders searched recursively for
    /// `*.yaml` and `*.yml` (sorted, so the result does not depend on directory order).
    /// Problems (a missing path, a folder with no catalog files, a symbolic link loop) are
    /// reported.
    public static func discover(_ paths: [String], diagnostics: inout DiagnosticList) -> [String] {
        var files: [String] = []
        var seen: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.error("no such file or folder: \(path)", at: nil)
                continue
            }
            guard isDirectory.boolValue else {
                if seen.insert(canonical(path)).inserted { files.append(path) }
                continue
            }
            var found: [String] = []
            var visited: Set<String> = []
            walk(path, found: &found, visited: &visited, diagnostics: &diagnostics)
            if found.isEmpty {
                diagnostics.error("no catalog files (*.yaml, *.yml) in \(path)", at: nil)
            }
            for file in found.sorted() where seen.insert(canonical(file)).inserted { files.append(file) }
        }
        return files
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    static func isCatalogFile(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".")
    }

    static func walk(
        _ folder: String, found: inout [String], visited: inout Set<String>, diagnostics: inout DiagnosticList
    ) {
        guard visited.insert(canonical(folder)).inserted else {
            diagnostics.error("symbolic link loop: \(folder) leads back to a folder already searched", at: nil)
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            diagnostics.error("cannot read folder \(folder)", at: nil)
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil, isCatalogFile(name) {
                    diagnostics.error("broken symbolic link: \(path)", at: nil)
                }
                continue
            }
            if isDirectory.boolValue {
                walk(path, found: &found, visited: &visited, diagnostics: &diagnostics)
            } else if isCatalogFile(name) {
                found.append(path)
            }
        }
    }

    /// The bytes of `file`, or `nil` (reported) when it cannot be read or exceeds `limit`.
    public static func read(_ file: String, limit: Int, diagnostics: inout DiagnosticList) -> [UInt8]? {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let handle = FileHandle(forReadingAtPath: file) else {
            diagnostics.error("cannot open the file", at: start)
            return nil
        }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            if size > UInt64(limit) {
                diagnostics.error(
                    "the file is \(size) bytes, over the limit of \(limit) bytes; raise it with --max-file-size",
                    at: start)
                return nil
            }
            try handle.seek(toOffset: 0)
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit {
                diagnostics.error(
                    "the file is over the limit of \(limit) bytes; raise it with --max-file-size", at: start)
                return nil
            }
            return [UInt8](data)
        } catch {
            diagnostics.error("cannot read the file: \(error.localizedDescription)", at: start)
            return nil
        }
    }
}
