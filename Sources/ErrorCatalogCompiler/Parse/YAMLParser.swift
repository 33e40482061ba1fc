import CLibYAML

/// Reads libyaml's event stream into a ``YAMLDocument``, keeping the line and column of
/// every node, checking for duplicate keys, and enforcing ``ParseLimits``.
public enum YAMLParser {
    /// Parses `bytes` (the contents of `file`), in pieces on every core when the file is
    /// large (see `ChunkedParse`); either way the document is exactly what a one-pass parse
    /// builds. On failure, reports a located diagnostic and returns `nil`.
    ///
    /// `pieces` overrides how many pieces to try (one per core for large files). The caller
    /// keeps `bytes`: decoding reads strings' bytes from them to locate problems inside strings.
    public static func parse(
        _ bytes: [UInt8], file: String, limits: ParseLimits = .default, pieces: Int? = nil,
        diagnostics: inout DiagnosticList
    ) -> YAMLDocument? {
        // A UTF-8 byte order mark is allowed and skipped; it occupies no column.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let pieceCount = pieces ?? ChunkedParse.pieceCount(forBytes: bytes.count - start)
        if pieceCount > 1,
            let pieces = bytes[start...].withUnsafeBufferPointer({
                ChunkedParse.parse($0, file: file, limits: limits, pieces: pieceCount)
            })
        {
            return pieces.join()
        }
        return bytes[start...].withUnsafeBufferPointer { buffer in
            parseWhole(buffer, file: file, limits: limits, diagnostics: &diagnostics)
        }
    }

    /// Parses `buffer` in one pass on this thread.
    static func parseWhole(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String, limits: ParseLimits, diagnostics: inout DiagnosticList
    ) -> YAMLDocument? {
        var builder = DocumentBuilder(file: file, limits: limits, inputBytes: buffer.count)
        return run(buffer, into: &builder, file: file, diagnostics: &diagnostics) ? builder.document : nil
    }

    /// Feeds libyaml's events for `buffer` to `builder` up to the end of the stream;
    /// `false` when parsing failed (reported).
    /// With `cancellation`, stops early (returning `false`, reporting nothing) once it is
    /// cancelled.
    static func run(
        _ buffer: UnsafeBufferPointer<UInt8>, into builder: inout DocumentBuilder, file: String,
        diagnostics: inout DiagnosticList, cancellation: Cancellation? = nil
    ) -> Bool {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.error("cannot start the YAML parser", at: SourceLocation(file: file, line: 1, column: 1))
            return false
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var event = yaml_event_t()
        var events = 0
        while true {
            events &+= 1
            if let cancellation, events & 1023 == 0, cancellation.isCancelled { return false }
            guard yaml_parser_parse(&parser, &event) == 1 else {
                diagnostics.append(libyamlError(parser, bytes: buffer, file: file))
                return false
            }
            let outcome = builder.consume(event, diagnostics: &diagnostics)
            yaml_event_delete(&event)
            switch outcome {
            case .more: continue
            case .done: return true
            case .failed: return false
            }
        }
    }

    /// The diagnostic for a libyaml reader, scanner or parser error.
    static func libyamlError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_READER_ERROR:
            let location = TextPosition.location(of: parser.problem_offset, in: bytes, file: file)
            let message = problem.contains("UTF-8") ? "invalid UTF-8: \(problem)" : "invalid input: \(problem)"
            return Diagnostic(.error, message, at: location)
        case YAML_MEMORY_ERROR:
            return Diagnostic(
                .error, "out of memory while parsing YAML", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            let location = SourceLocation(
                file: file, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
            var notes: [Diagnostic] = []
            if let context = parser.context.map({ String(cString: $0) }) {
                let contextLocation = SourceLocation(
                    file: file, line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
                notes.append(Diagnostic(.note, context, at: contextLocation))
            }
            let index = Int(parser.problem_mark.index)
            let tabHint = index < bytes.count && bytes[index] == 0x09 ? " (YAML is indented with spaces, not tabs)" : ""
            return Diagnostic(.error, "invalid YAML: \(problem)\(tabHint)", at: location, notes: notes)
        }
    }
}
