import Foundation

/// A folder of files for one test, removed when the test lets go of it.
final class TemporaryFolder {
    let path: String

    /// A new folder holding `files` (name → contents).
    init(files: [String: String]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
