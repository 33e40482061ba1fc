/// A catalog error of any catalog as generic code sees it: the entry and the arguments of one
/// occurrence, whether or not they make a typed case.
///
/// Apps throw and catch their generated types (`PaymentError.cardLimitExceeded(limit: 3,
/// attempts: 5)`); the server integrations, logs, metrics and spans read every error through
/// this (``init(wrapping:)``), and a client reads a server's problem body into one
/// (``init(problemBody:catalog:)``), keeping the code and arguments as received even when
/// they do not make a case of its catalog.
public struct CatalogFailure: Error, Sendable, CustomStringConvertible {
    /// The catalog entry.
    public var entry: any CatalogEntry
    /// The values of the entry's parameters, each with its type. They are sent to the client
    /// (the problem's `arguments` member): put nothing secret in them.
    public var arguments: MessageArguments
    /// The wire code as thrown or received: the entry's code, an alias, a code a family
    /// matches, or (for a body) a code the catalog resolved to its catch-all.
    public var code: String
    /// A URI for this occurrence (the problem's `instance`), as a server sent it.
    public var instance: String?

    /// The failure of a thrown catalog error.
    public init(_ error: some CatalogError) {
        self.init(entry: error.entry, arguments: error.arguments)
    }

    /// A failure of `entry` with `arguments`, given by name; `code` is the entry's own unless
    /// given.
    public init(
        entry: any CatalogEntry, arguments: MessageArguments = [:], code: String? = nil, instance: String? = nil
    ) {
        self.entry = entry
        self.arguments = arguments
        self.code = code ?? entry.code
        self.instance = instance
    }

    /// `error` as a catalog failure: itself, or a catalog error with its arguments; `nil`
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

    /// The typed case of the entry's catalog with these arguments (compare it, switch on it
    /// or throw it), or `nil` when an argument the entry needs is missing or of another type.
    public var error: (any CatalogError)? { Self.typedError(entry, arguments) }

    static func typedError<Entry: CatalogEntry>(_ entry: Entry, _ arguments: MessageArguments) -> (any CatalogError)? {
        Entry.Catalog(entry: entry, arguments: entry.typed(arguments))
    }

    /// The meaning with the arguments.
    public var description: String { meaning }

    /// The entry's title with the arguments in its placeholders.
    public var title: String? { entry.title(arguments: arguments) }
    /// The entry's meaning with the arguments in its placeholders. A missing or mistyped
    /// argument shows as `{name}`.
    public var meaning: String { entry.meaning(arguments: arguments) }
    /// The entry's remedy with the arguments in its placeholders.
    public var remedy: String { entry.remedy(arguments: arguments) }
    /// The entry's remedy steps with the arguments in their placeholders.
    public var remedySteps: [String] { entry.remedySteps(arguments: arguments) }

    /// The entry's HTTP status, if the catalog gives one (a response uses 500 when it does not).
    public var httpStatus: Int? { entry.httpStatus }

    /// The `Retry-After` seconds: the `retryAfter` argument, else the catalog's window for an
    /// entry whose policy is `retry-after`; `nil` for no header.
    public var retryAfter: Int? { RetryAfter.seconds(entry: entry, arguments: arguments) }

    /// The entry's title in `locale` with the arguments.
    public func title(locale: String) -> String? { entry.title(locale: locale, arguments: arguments) }
    /// The entry's meaning in `locale` with the arguments.
    public func meaning(locale: String) -> String { entry.meaning(locale: locale, arguments: arguments) }
    /// The entry's remedy in `locale` with the arguments.
    public func remedy(locale: String) -> String { entry.remedy(locale: locale, arguments: arguments) }
    /// The entry's remedy steps in `locale` with the arguments.
    public func remedySteps(locale: String) -> [String] { entry.remedySteps(locale: locale, arguments: arguments) }

    /// The problem details the response carries: title, detail and remedy rendered with the
    /// arguments, which go along as the `arguments` member.
    public var problemDetails: ProblemDetails { problemDetails(locale: nil) }

    /// The problem details in `locale`: title, detail and remedy in that language; `code` and
    /// `arguments` as always.
    public func problemDetails(locale: String?) -> ProblemDetails {
        ProblemDetails(
            type: entry.docURL ?? "about:blank", title: entry.title(locale: locale, arguments: arguments) ?? entry.code,
            status: httpStatus ?? 500, detail: entry.meaning(locale: locale, arguments: arguments),
            instance: instance, code: entry.code, remedy: entry.remedy(locale: locale, arguments: arguments),
            arguments: arguments.isEmpty ? nil : arguments)
    }
}
