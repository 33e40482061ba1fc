#if Logging
import ErrorCatalog
import Logging

extension CatalogEntry {
    /// What a log line about an error of this entry carries, under OpenTelemetry's names where they
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

extension CatalogError {
    /// The entry's ``ErrorCatalog/CatalogEntry/logMetadata``, with each argument of the case as
    /// `error.arguments.<name>` (strings as strings, numbers as their digits). Arguments are
    /// logged, like the texts the client receives; metrics dimensions and span attributes
    /// never carry them (their values are unbounded).
    public var logMetadata: Logger.Metadata { entry.logMetadata(arguments: arguments) }
}

extension CatalogFailure {
    /// The entry's ``ErrorCatalog/CatalogEntry/logMetadata`` with the arguments, as a catalog
    /// error's.
    public var logMetadata: Logger.Metadata { entry.logMetadata(arguments: arguments) }
}

extension CatalogEntry {
    /// ``logMetadata`` with `arguments` as `error.arguments.<name>`.
    func logMetadata(arguments: MessageArguments) -> Logger.Metadata {
        var metadata = logMetadata
        for argument in arguments {
            metadata["error.arguments." + argument.name] =
                switch argument.value {
                case .string(let text): .string(text)
                case .integer, .number, .money, .timestamp: .stringConvertible(argument.value)
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
        let status = failure.httpStatus ?? 500
        log(level: (400..<500).contains(status) ? .warning : .error, "\(failure.meaning)", metadata: metadata)
    }
}
#endif
