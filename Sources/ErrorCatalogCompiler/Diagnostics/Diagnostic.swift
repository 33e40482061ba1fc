/// A problem found in the input, with where it is and, optionally, notes that point
/// at related places.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        /// Errors before warnings before notes.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in one line.
    public var message: String
    /// Where; `nil` for problems with no file (a bad command-line argument).
    public var location: SourceLocation?
    /// Related places, printed right after the diagnostic.
    public var notes: [Diagnostic]

    /// A diagnostic at `location`.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// `path:line:col: severity: message`, followed by its notes on their own lines.
    public var description: String {
        ([self] + notes).map { diagnostic in
            let prefix = diagnostic.location.map { "\($0): " } ?? "errcat: "
            return "\(prefix)\(diagnostic.severity.rawValue): \(diagnostic.message)"
        }.joined(separator: "\n")
    }
}
