/// The diagnostics of one run, in the order found; ``sorted`` gives the order they are
/// reported in.
public struct DiagnosticList: Sendable {
    /// Every diagnostic so far.
    public private(set) var all: [Diagnostic] = []

    /// An empty list.
    public init() {}

    /// Adds `diagnostic`.
    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    /// Adds every diagnostic of `other`.
    public mutating func append(contentsOf other: DiagnosticList) { all.append(contentsOf: other.all) }

    /// Adds an error.
    public mutating func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        append(Diagnostic(.error, message, at: location, notes: notes))
    }

    /// Adds a warning.
    public mutating func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        append(Diagnostic(.warning, message, at: location, notes: notes))
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Whether any diagnostic is a warning.
    public var hasWarnings: Bool { all.contains { $0.severity == .warning } }

    /// The diagnostics sorted by file and position (diagnostics without a file first);
    /// diagnostics at the same place keep the order they were found in.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?): return x == y ? a.offset < b.offset : x < y
            }
        }.map(\.element)
    }

    /// Every warning turned into an error, for `--warnings-as-errors`.
    public func promotingWarnings() -> DiagnosticList {
        var result = DiagnosticList()
        for var diagnostic in all {
            if diagnostic.severity == .warning { diagnostic.severity = .error }
            result.append(diagnostic)
        }
        return result
    }

    /// The errors and their notes, without the warnings: what a command that only queries the
    /// catalogs shows.
    public func withoutWarnings() -> DiagnosticList {
        var result = DiagnosticList()
        for diagnostic in all where diagnostic.severity != .warning { result.append(diagnostic) }
        return result
    }
}
