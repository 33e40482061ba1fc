import Foundation

/// The `errcat` executable this package builds, run as a user runs it: arguments, a working
/// folder, and what it prints and returns.
struct ErrcatProcess {
    /// What a run printed and returned.
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The built `errcat`, beside the test bundle.
    static let executable = Bundle.main.bundleURL.appendingPathComponent("errcat")

    /// Runs `errcat` with `arguments` in `folder`.
    static func run(_ arguments: [String], in folder: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let reported = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: printed, as: UTF8.self),
            errors: String(decoding: reported, as: UTF8.self))
    }

    /// A new empty folder, removed by `body`'s end.
    static func inTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}
