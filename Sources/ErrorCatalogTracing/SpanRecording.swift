#if Tracing
import ErrorCatalog
import Tracing

extension CatalogError {
    /// The entry's ``ErrorCatalog/CatalogEntry/spanAttributes`` (never the arguments: their
    /// values are unbounded).
    public var spanAttributes: SpanAttributes { entry.spanAttributes }
}

extension CatalogEntry {
    /// The attributes a span records with an error of this entry, under the names the log metadata uses
    /// (OpenTelemetry's where they exist): `error.type` (the wire code), `error.catalog`,
    /// `error.code`, `error.name`, `error.id`, `error.category` and `http.response.status_code`.
    public var spanAttributes: SpanAttributes {
        var attributes = SpanAttributes()
        attributes["error.type"] = code
        attributes["error.catalog"] = Self.catalogName
        attributes["error.code"] = code
        attributes["error.name"] = name
        attributes["error.id"] = numericID
        if let categoryID { attributes["error.category"] = categoryID }
        if let httpStatus { attributes["http.response.status_code"] = httpStatus }
        return attributes
    }
}

extension Span {
    /// Records `error` on the span. A catalog error (or ``ErrorCatalog/CatalogFailure``) is
    /// recorded with its ``ErrorCatalog/CatalogError/spanAttributes``, which the span takes as
    /// its own too; the span's status becomes an error with the meaning as its message unless
    /// the entry's HTTP status is a 4xx, which OpenTelemetry leaves unset on server spans (the
    /// client's mistake, not the server's). Any other error is recorded with its type name as
    /// `error.type` and an error status that says nothing of its text.
    public func record(catalogError error: any Error) {
        guard let failure = CatalogFailure(wrapping: error) else {
            var attributes = SpanAttributes()
            attributes["error.type"] = String(reflecting: type(of: error))
            recordError(error, attributes: attributes)
            self.attributes.merge(attributes)
            setStatus(SpanStatus(code: .error))
            return
        }
        let attributes = failure.entry.spanAttributes
        recordError(error, attributes: attributes)
        self.attributes.merge(attributes)
        if !(400..<500).contains(failure.httpStatus ?? 500) {
            setStatus(SpanStatus(code: .error, message: failure.meaning))
        }
    }
}
#endif
