#if Vapor
import ErrorCatalog
import ErrorCatalogLogging
import Vapor

/// Answers every catalog error a route throws with the entry's HTTP status,
/// `Content-Type: application/problem+json`, an RFC 9457 body (`type` the entry's doc URL or
/// `about:blank`, `title`, `status`, `detail`, the wire `code`, the `remedy` and the message's `arguments`) and
/// `Retry-After` where the entry's retry policy or the route says so; any other error except
/// Vapor's own `AbortError`s answers a 500 problem that says nothing of the error.
///
/// ```swift
/// app.middleware.use(CatalogErrorMiddleware())
/// ```
///
/// The request's `Accept-Language` chooses the language of `title`, `detail` and `remedy` among
/// the catalog's locales (the response says which in `Content-Language`, with
/// `Vary: Accept-Language`); `code` and `arguments` are the same in every language.
///
/// Errors are logged with their catalog metadata (see `Logger.report(catalogError:)`) to the
/// request's logger. `AbortError`s (Vapor's `Abort(.notFound)` for an unknown route, say) are
/// passed on to Vapor's `ErrorMiddleware` unchanged.
public struct CatalogErrorMiddleware: AsyncMiddleware {
    /// Whether errors are logged to the request's logger.
    public var logsErrors: Bool
    /// Called with each error answered, for counting (a `CatalogErrorCounter.record`, say).
    public var onError: (@Sendable (any Error) -> Void)?

    /// A middleware that logs errors and calls `onError` with each one it answers.
    public init(logsErrors: Bool = true, onError: (@Sendable (any Error) -> Void)? = nil) {
        self.logsErrors = logsErrors
        self.onError = onError
    }

    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error where !(error is any AbortError) || error is CatalogFailure {
            if logsErrors {
                request.logger.report(
                    catalogError: error, metadata: ["http.request.method": .string(request.method.rawValue)])
            }
            onError?(error)
            return Response(problemFor: error, acceptLanguage: request.headers.first(name: .acceptLanguage))
        }
    }
}

extension Response {
    /// The response ``CatalogErrorMiddleware`` sends for `error`, for a route that builds it
    /// by hand; `acceptLanguage`, the request's header, chooses the texts' language.
    public convenience init(problemFor error: any Error, acceptLanguage: String? = nil) {
        let problem = ProblemResponse(for: error, acceptLanguage: acceptLanguage)
        var headers = HTTPHeaders()
        for header in problem.headers { headers.add(name: header.name, value: header.value) }
        self.init(
            status: HTTPResponseStatus(statusCode: problem.status), headers: headers,
            body: .init(data: Data(problem.body)))
    }
}

/// A catalog failure thrown past the middleware (or without it) still answers with the entry's
/// status through Vapor's own `ErrorMiddleware`.
extension CatalogFailure: AbortError {
    /// The entry's HTTP status.
    public var status: HTTPResponseStatus { HTTPResponseStatus(statusCode: httpStatus ?? 500) }
    /// The entry's meaning with the arguments.
    public var reason: String { description }
    /// `Retry-After`, when it applies.
    public var headers: HTTPHeaders {
        retryAfter.map { ["Retry-After": String($0)] } ?? [:]
    }
}
#endif
