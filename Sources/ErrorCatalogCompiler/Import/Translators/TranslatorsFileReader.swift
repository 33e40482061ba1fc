/// Reads a translators' file by its extension: `.po`, `.xliff`/`.xlf`, `.xcstrings`.
public enum TranslatorsFileReader {
    /// The file's units, or `nil` with located errors when it cannot be read.
    public static func read(
        _ bytes: [UInt8], file: String, locale: String? = nil, diagnostics: inout DiagnosticList
    ) -> ImportedFile? {
        let lower = file.lowercased()
        if lower.hasSuffix(".po") {
            var reader = POReader(file: file)
            let result = reader.read(bytes)
            diagnostics.append(contentsOf: reader.diagnostics)
            return result
        }
        if lower.hasSuffix(".xliff") || lower.hasSuffix(".xlf") {
            let reader = XLIFFReader(file: file)
            let result = reader.read(bytes)
            diagnostics.append(contentsOf: reader.diagnostics)
            return result
        }
        if lower.hasSuffix(".xcstrings") {
            var reader = StringCatalogReader(file: file, locale: locale)
            let result = reader.read(bytes)
            diagnostics.append(contentsOf: reader.diagnostics)
            return result
        }
        diagnostics.error(
            "errcat reads translators' files ending in .po, .xliff, .xlf or .xcstrings",
            at: SourceLocation(file: file, line: 1, column: 1))
        return nil
    }
}
