#if Logging
import ErrorCatalog
import Logging

extension CatalogError {
    /// What a log line about this error carries, under OpenTelemetry's names where they
    /// exist: `error.type` (the wire code: low-cardinality and what clients see),
    /// `error.catalog`, `error.code`, `error.name` (the Swift case), `error.id` (the stable
    /// numeric id), `error.category` (when the entry has one) and
    /// `http.response.status_code` (when it has an HTTP status).
    public var logMetadata: Logger.Metadata {
        var metadata: Logger.Metadata = [
            "error.type": .string(code),
            "error.catalog": .string(Self.catalogName),
            "error.code": .string(code),
            "error.name": .string(name),
            "error.id": .stringConvertible(numericID),
        ]
        if let categoryID { metadata["error.category"] = .string(categoryID) }
        if let httpStatus { metadata["http.response.status_code"] = .stringConvertible(httpStatus) }
        return metadata
    }
}

extension CatalogFailure {
    /// The error's ``ErrorCatalog/CatalogError/logMetadata``, with the occurrence's detail as
    /// `error.detail` and each argument of its message as `error.arguments.<name>` (strings as
    /// strings, numbers as their digits). Arguments are logged, like the detail the client
    /// receives; metrics dimensions and span attributes never carry them (their values are
    /// unbounded).
    public var logMetadata: Logger.Metadata {
        var metadata = error.logMetadata
        if let detail { metadata["error.detail"] = .string(detail) }
        for argument in arguments {
            metadata["error.arguments." + argument.name] = switch argument.value {
            case .string(let text): .string(text)
            case .integer, .number: .stringConvertible(argument.value)
            }
        }
        return metadata
    }
}

extension Logger {
    /// Logs `error`: a catalog error (or ``ErrorCatalog/CatalogFailure``) with its metadata
    /// and its rendered meaning as the message, at `warning` for a 4xx status and `error` otherwise;
    /// any other error at `error` as `error.type` (its type name) only, since its text may
    /// hold internals.
    public func report(catalogError error: any Error, metadata extra: Logger.Metadata = [:]) {
        guard let failure = CatalogFailure(wrapping: error) else {
            var metadata = extra
            metadata["error.type"] = .string(String(reflecting: type(of: error)))
            metadata["http.response.status_code"] = .stringConvertible(500)
            self.error("request failed", metadata: metadata)
            return
        }
        let metadata = failure.logMetadata.merging(extra) { _, new in new }
        let status = failure.error.httpStatus ?? 500
        log(level: (400..<500).contains(status) ? .warning : .error, "\(failure.meaning)", metadata: metadata)
    }
}
#endif
