// Drives the front end, the checks and both emitters with arbitrary bytes. Any input must
// either compile or produce a located diagnostic: a crash, a hang or an unlocated error is
// a finding. Built with `swift build --sanitize=fuzzer --sanitize=address`.
import ErrorCatalogCompiler

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    var limits = ParseLimits.default
    limits.maxScalarBytes = 64 << 10
    var diagnostics = DiagnosticList()
    let catalog = FrontEnd(limits: limits).check(bytes, file: "fuzz.yaml", diagnostics: &diagnostics)
    for diagnostic in diagnostics.all where diagnostic.severity == .error {
        precondition(diagnostic.location?.file == "fuzz.yaml", "an error without a location: \(diagnostic)")
    }
    guard let catalog else {
        precondition(diagnostics.hasErrors, "rejected without an error")
        return 0
    }
    do {
        let swift = try SwiftEmitter().emit(catalog, source: "fuzz.yaml")
        let again = try SwiftEmitter().emit(catalog, source: "fuzz.yaml")
        precondition(again == swift, "Swift output is not deterministic")
    } catch is PerfectHashBuilder.Failure {
        // Reported as a diagnostic by errcat; no key set seen so far needs it.
    } catch {
        preconditionFailure("unexpected error \(error)")
    }
    let site = DocsEmitter().emit(catalog: catalog)
    for (path, contents) in site where path.hasSuffix(".md") {
        precondition(!contents.contains("<script"), "raw HTML reached \(path)")
    }
    return 0
}
