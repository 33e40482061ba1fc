/// A catalog error thrown with what only the code that throws it knows: the arguments of its
/// message, how long the client should wait before retrying, the occurrence's own detail and URI.
///
/// ```swift
/// throw IntegrationHubError.rateLimitExceeded.failure(retryAfter: 30)
/// throw IntegrationHubError.quotaExceeded(limit: 1000, used: 1042)   // a typed maker
/// ```
///
/// Its ``title``, ``meaning``, ``remedy`` and ``description`` are the entry's texts with the
/// arguments in their placeholders. The server integrations answer it like the error itself,
/// with these members applied; `arguments` goes to the client as a problem member.
public struct CatalogFailure: Error, Sendable, CustomStringConvertible {
    /// The catalog error.
    public var error: any CatalogError
    /// The values of the entry's parameters, each with its type. They are sent to the client
    /// (the problem's `arguments` member): put nothing secret in them.
    public var arguments: MessageArguments
    /// Seconds after which a retry may succeed: the `Retry-After` header. When `nil`, an entry
    /// whose retry policy is `retry-after` uses its catalog `window`.
    public var retryAfter: Int?
    /// The occurrence's explanation, replacing the entry's meaning as the problem's `detail`.
    /// It is sent to the client: put nothing secret in it.
    public var detail: String?
    /// A URI for this occurrence (the problem's `instance`).
    public var instance: String?

    /// A failure of `error` with the given run-time facts. Generic code and clients give the
    /// arguments by name here; a typed maker (`Catalog.entry(name: value)`) checks them at
    /// compile time.
    public init(
        _ error: any CatalogError, arguments: MessageArguments = [:], retryAfter: Int? = nil, detail: String? = nil,
        instance: String? = nil
    ) {
        self.error = error
        self.arguments = arguments
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

    /// The occurrence's detail, else the meaning.
    public var description: String { detail ?? meaning }

    /// The entry's title with the arguments in its placeholders.
    public var title: String? { arguments.isEmpty ? error.title : error.title(arguments: arguments) }
    /// The entry's meaning with the arguments in its placeholders. A missing or mistyped
    /// argument shows as `{name}`.
    public var meaning: String { error.meaning(arguments: arguments) }
    /// The entry's remedy with the arguments in its placeholders.
    public var remedy: String { error.remedy(arguments: arguments) }
    /// The entry's remedy steps with the arguments in their placeholders.
    public var remedySteps: [String] { error.remedySteps(arguments: arguments) }

    /// The HTTP status it answers with: the entry's, else 500.
    public var httpStatus: Int { error.httpStatus ?? 500 }

    /// The `Retry-After` seconds: the run-time value, else the catalog's window for an entry
    /// whose policy is `retry-after`; `nil` for no header.
    public var retryAfterSeconds: Int? {
        if let retryAfter { return retryAfter }
        guard let retry = error.retry, retry.policy == .retryAfter else { return nil }
        return retry.windowSeconds
    }

    /// The entry's title in `locale` (see ``CatalogError/title(locale:arguments:)``) with the arguments.
    public func title(locale: String) -> String? { error.title(locale: locale, arguments: arguments) }
    /// The entry's meaning in `locale` with the arguments.
    public func meaning(locale: String) -> String { error.meaning(locale: locale, arguments: arguments) }
    /// The entry's remedy in `locale` with the arguments.
    public func remedy(locale: String) -> String { error.remedy(locale: locale, arguments: arguments) }
    /// The entry's remedy steps in `locale` with the arguments.
    public func remedySteps(locale: String) -> [String] { error.remedySteps(locale: locale, arguments: arguments) }

    /// The problem details in `locale`: title, detail (unless the occurrence has its own) and
    /// remedy in that language; `code` and `arguments` as always.
    public func problemDetails(locale: String) -> ProblemDetails {
        var problem = problemDetails
        problem.title = title(locale: locale) ?? error.code
        problem.detail = detail ?? meaning(locale: locale)
        problem.remedy = remedy(locale: locale)
        return problem
    }

    /// The problem details the response carries.
    public var problemDetails: ProblemDetails {
        var problem = error.problemDetails
        if !arguments.isEmpty {
            problem.title = title ?? error.code
            problem.detail = meaning
            problem.remedy = remedy
            problem.arguments = arguments
        }
        if let detail { problem.detail = detail }
        problem.instance = instance
        problem.status = httpStatus
        return problem
    }
}

extension CatalogError {
    /// This error with run-time facts: its message's arguments, the `Retry-After` seconds, the
    /// occurrence's detail and URI.
    public func failure(
        arguments: MessageArguments = [:], retryAfter: Int? = nil, detail: String? = nil, instance: String? = nil
    ) -> CatalogFailure {
        CatalogFailure(self, arguments: arguments, retryAfter: retryAfter, detail: detail, instance: instance)
    }
}
