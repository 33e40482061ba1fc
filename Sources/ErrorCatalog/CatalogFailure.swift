/// A catalog error thrown with what only the code that throws it knows: how long the client
/// should wait before retrying, the occurrence's own detail and URI.
///
/// ```swift
/// throw IntegrationHubError.rateLimitExceeded.failure(retryAfter: 30)
/// ```
///
/// The server integrations answer it like the error itself, with these members applied.
public struct CatalogFailure: Error, Sendable, CustomStringConvertible {
    /// The catalog error.
    public var error: any CatalogError
    /// Seconds after which a retry may succeed: the `Retry-After` header. When `nil`, an entry
    /// whose retry policy is `retry-after` uses its catalog `window`.
    public var retryAfter: Int?
    /// The occurrence's explanation, replacing the entry's meaning as the problem's `detail`.
    /// It is sent to the client: put nothing secret in it.
    public var detail: String?
    /// A URI for this occurrence (the problem's `instance`).
    public var instance: String?

    /// A failure of `error` with the given run-time facts.
    public init(_ error: any CatalogError, retryAfter: Int? = nil, detail: String? = nil, instance: String? = nil) {
        self.error = error
        self.retryAfter = retryAfter
        self.detail = detail
        self.instance = instance
    }

    /// `error` as a catalog failure: itself, or a catalog error with no run-time facts; `nil`
    /// for any other error. Every integration (responses, logs, metrics, spans) reads errors
    /// through this.
    public init?(wrapping error: any Error) {
        if let failure = error as? CatalogFailure {
            self = failure
        } else if let catalogError = error as? any CatalogError {
            self.init(catalogError)
        } else {
            return nil
        }
    }

    /// The error's meaning, or the occurrence's detail.
    public var description: String { detail ?? error.meaning }

    /// The HTTP status it answers with: the entry's, else 500.
    public var httpStatus: Int { error.httpStatus ?? 500 }

    /// The `Retry-After` seconds: the run-time value, else the catalog's window for an entry
    /// whose policy is `retry-after`; `nil` for no header.
    public var retryAfterSeconds: Int? {
        if let retryAfter { return retryAfter }
        guard let retry = error.retry, retry.policy == .retryAfter else { return nil }
        return retry.windowSeconds
    }

    /// The problem details the response carries.
    public var problemDetails: ProblemDetails {
        var problem = error.problemDetails
        if let detail { problem.detail = detail }
        problem.instance = instance
        problem.status = httpStatus
        return problem
    }
}

extension CatalogError {
    /// This error with run-time facts: the `Retry-After` seconds, the occurrence's detail and URI.
    public func failure(retryAfter: Int? = nil, detail: String? = nil, instance: String? = nil) -> CatalogFailure {
        CatalogFailure(self, retryAfter: retryAfter, detail: detail, instance: instance)
    }
}
