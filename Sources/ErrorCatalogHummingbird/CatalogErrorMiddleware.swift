#if Hummingbird
import ErrorCatalog
import ErrorCatalogLogging
import Hummingbird

/// Answers every catalog error a route throws with the entry's HTTP status,
/// `Content-Type: application/problem+json`, an RFC 9457 body (`type` the entry's doc URL or
/// `about:blank`, `title`, `status`, `detail`, the wire `code`, the `remedy` and the message's `arguments`) and
/// `Retry-After` where the entry's retry policy or the route says so; any other error except
/// Hummingbird's own `HTTPResponseError`s answers a 500 problem that says nothing of the error
/// (Hummingbird alone would answer an empty 500).
///
/// ```swift
/// router.add(middleware: CatalogErrorMiddleware())
/// ```
///
/// The request's `Accept-Language` chooses the language of `title`, `detail` and `remedy` among
/// the catalog's locales (the response says which in `Content-Language`, with
/// `Vary: Accept-Language`); `code` and `arguments` are the same in every language.
///
/// Errors are logged with their catalog metadata to the request context's logger.
public struct CatalogErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Whether errors are logged to the context's logger.
    public var logsErrors: Bool
    /// Called with each error answered, for counting (a `CatalogErrorCounter.record`, say).
    public var onError: (@Sendable (any Error) -> Void)?

    /// A middleware that logs errors and calls `onError` with each one it answers.
    public init(logsErrors: Bool = true, onError: (@Sendable (any Error) -> Void)? = nil) {
        self.logsErrors = logsErrors
        self.onError = onError
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error where !(error is any HTTPResponseError) || error is CatalogFailure {
            if logsErrors {
                context.logger.report(
                    catalogError: error, metadata: ["http.request.method": .string(request.method.rawValue)])
            }
            onError?(error)
            return Response(problemFor: error, acceptLanguage: request.headers[.acceptLanguage])
        }
    }
}

extension Response {
    /// The response ``CatalogErrorMiddleware`` sends for `error`, for a route that builds it
    /// by hand; `acceptLanguage`, the request's header, chooses the texts' language.
    public init(problemFor error: any Error, acceptLanguage: String? = nil) {
        let problem = ProblemResponse(for: error, acceptLanguage: acceptLanguage)
        var fields = HTTPFields()
        for header in problem.headers {
            // The names are fixed tokens (Content-Type, Content-Language, Vary, Retry-After),
            // always valid field names.
            fields[.init(header.name)!] = header.value
        }
        self.init(
            status: HTTPResponse.Status(code: problem.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: problem.body)))
    }
}

/// A catalog failure thrown past the middleware (or without it) still answers with the
/// entry's status and problem body, as Hummingbird's `HTTPResponseError`s do.
extension CatalogFailure: HTTPResponseError {
    /// The entry's HTTP status.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: httpStatus ?? 500) }

    /// The problem response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(problemFor: self)
    }
}
#endif
