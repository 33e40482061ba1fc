/// An error type generated from a catalog: one case per entry, an entry with `params:` a case
/// with typed, labelled associated values.
///
/// The generated enum is what is thrown and what is caught, so every form Swift has for errors
/// works, from any module:
///
/// ```swift
/// throw PaymentError.cardLimitExceeded(limit: 3, attempts: 5)
///
/// do { try pay() }
/// catch PaymentError.cardLimitExceeded(let limit, _) { print(limit) }
/// catch PaymentError.cardDeclined { … }
/// catch let error as PaymentError { print(error.meaning) }
/// ```
///
/// Its texts (``meaning``, ``title``, ``remedy``, ``remedySteps``) are the entry's, with the
/// case's own values in their placeholders; `code`, `httpStatus`, `retry` and the other facts
/// of the catalog come from its ``entry``, the payload-free ``CatalogEntry`` that lookups,
/// metrics and logs key on. Equality and hashing compare the entry and the arguments.
///
/// On Apple platforms, and on Linux with the package's `FoundationBridging` trait (which the
/// `Vapor` and `Hummingbird` traits enable), every catalog error is a `LocalizedError` (its
/// description is the meaning, its recovery suggestion the remedy) and a `CustomNSError`
/// (domain: the catalog's name; code: the entry's stable ``numericID``), so alerts and
/// `NSError` bridging show the catalog's words. Without it, a Linux executable that uses the
/// runtime links no Foundation at all.
public protocol CatalogError: Error, Hashable, Sendable, Codable, CustomStringConvertible,
    CustomDebugStringConvertible, _CatalogFoundationError
{
    /// The catalog's entries without arguments (`PaymentError.Entry`).
    associatedtype Entry: CatalogEntry where Entry.Catalog == Self

    /// Which entry of the catalog this error is.
    var entry: Entry { get }
    /// The values of the case's associated values, named as the entry's parameters and in
    /// their order; empty for an entry without parameters. They are sent to the client (the
    /// problem's `arguments` member): put nothing secret in them.
    var arguments: MessageArguments { get }
    /// The case of `entry` with `arguments` as its associated values: `nil` when an argument
    /// the entry needs is missing or of another type (arguments it does not declare are
    /// ignored, as a newer server's are).
    init?(entry: Entry, arguments: MessageArguments)
}

extension CatalogError {
    /// The catalog's type name as declared in its YAML (`catalog:`).
    public static var catalogName: String { Entry.catalogName }
    /// The catalog's human title.
    public static var catalogTitle: String { Entry.catalogTitle }
    /// The base URL of the catalog's documentation page, if the catalog declares one.
    public static var docsBaseURL: String? { Entry.docsBaseURL }

    /// The error for `code` (exact code or alias in file order, else the first family that
    /// matches) when its entry takes no arguments. `nil` for an unknown code and for an entry
    /// with parameters, whose case needs their values: look those up with
    /// `Entry(code:)` and build the case with ``init(entry:arguments:)``.
    @inlinable @inline(__always)
    public init?(code: String) {
        guard let entry = Entry(code: code) else { return nil }
        self.init(entry: entry, arguments: MessageArguments())
    }

    /// Like ``init(code:)``, but falls back to the catalog's catch-all entry.
    @inlinable
    public init?(resolving code: String) {
        guard let entry = Entry(resolving: code) else { return nil }
        self.init(entry: entry, arguments: MessageArguments())
    }

    /// Every error for `code` in file order whose entry takes no arguments; see
    /// ``CatalogEntry/matches(code:)`` for every entry.
    @inlinable
    public static func matches(code: String) -> [Self] {
        Entry.matches(code: code).compactMap { Self(entry: $0, arguments: MessageArguments()) }
    }

    /// The catalog's catch-all error, if it declares one (a catch-all takes no arguments).
    @inlinable
    public static var catchAll: Self? {
        Entry.catchAll.flatMap { Self(entry: $0, arguments: MessageArguments()) }
    }

    /// The entry's stable numeric id (see ``CatalogEntry/numericID``).
    public var numericID: Int { entry.numericID }
    /// The entry's Swift case name.
    public var name: String { entry.name }
    /// The primary wire code.
    public var code: String { entry.code }
    /// Further wire codes with the same meaning.
    public var aliases: [String] { entry.aliases }
    /// The HTTP status that goes with the error, if the catalog gives one.
    public var httpStatus: Int? { entry.httpStatus }
    /// The category's identifier.
    public var categoryID: String? { entry.categoryID }
    /// Whether and how to retry.
    public var retry: RetryBehavior? { entry.retry }
    /// Whether a retry may succeed; `false` when the catalog says nothing.
    public var isRetryable: Bool { entry.isRetryable }
    /// Further documentation.
    public var links: [ErrorLink] { entry.links }
    /// The entry's anchor on the catalog's documentation page.
    public var docAnchor: String { entry.docAnchor }
    /// The entry's documentation URL.
    public var docURL: String? { entry.docURL }
    /// Why the entry is deprecated and what to use instead.
    public var deprecation: String? { entry.deprecation }
    /// Whether the entry's code is a family pattern such as `errors.5xx`.
    public var isFamily: Bool { entry.isFamily }
    /// Whether the entry is the catalog's catch-all.
    public var isCatchAll: Bool { entry.isCatchAll }
    /// The entry's parameters, in order.
    public var parameters: [MessageParameter] { entry.parameters }

    /// Seconds after which a retry may succeed, for a `Retry-After` header: the integer
    /// argument `retryAfter` when the entry declares that parameter, else the catalog's
    /// `window` for an entry whose retry policy is `retry-after`; `nil` for no header.
    public var retryAfter: Int? { RetryAfter.seconds(entry: entry, arguments: arguments) }

    /// The title, with the case's values in its placeholders.
    public var title: String? { entry.title(arguments: arguments) }
    /// What happened (Markdown), with the case's values in its placeholders.
    public var meaning: String { entry.meaning(arguments: arguments) }
    /// What to do about it (Markdown), with the case's values in its placeholders.
    public var remedy: String { entry.remedy(arguments: arguments) }
    /// The remedy's steps (or the remedy as one step), with the case's values.
    public var remedySteps: [String] { entry.remedySteps(arguments: arguments) }

    /// The title in `locale`: the most specific of the catalog's locales that `locale` falls
    /// back through and that translates it (`de-CH`, then `de`), else the source's.
    public func title(locale: String) -> String? { entry.title(locale: locale, arguments: arguments) }
    /// The meaning in `locale`; see ``title(locale:)``.
    public func meaning(locale: String) -> String { entry.meaning(locale: locale, arguments: arguments) }
    /// The remedy in `locale`; see ``title(locale:)``.
    public func remedy(locale: String) -> String { entry.remedy(locale: locale, arguments: arguments) }
    /// The remedy's steps in `locale`; see ``title(locale:)``.
    public func remedySteps(locale: String) -> [String] { entry.remedySteps(locale: locale, arguments: arguments) }
    /// The title of the entry's category in `locale`, falling back like the entry's texts.
    public func categoryTitle(locale: String) -> String? { entry.categoryTitle(locale: locale) }

    /// The catalog's locale that the user's preferred languages choose (see
    /// ``CatalogEntry/preferredLocale``).
    public static var preferredLocale: String { Entry.preferredLocale }
    /// The meaning in the user's language (``PreferredLanguages``), as `LocalizedError` expects it.
    public var errorDescription: String? { meaning(locale: Self.preferredLocale) }
    /// The remedy in the user's language, as `LocalizedError` expects it.
    public var recoverySuggestion: String? { remedy(locale: Self.preferredLocale) }
    /// The entry's title (or its code) in the user's language, as `LocalizedError` expects a reason.
    public var failureReason: String? { title(locale: Self.preferredLocale) ?? code }
    /// The entry's documentation URL, where help about it is.
    public var helpAnchor: String? { docURL }
    /// The meaning.
    public var description: String { meaning }
    /// `Catalog.name (code)`, with the arguments: `PaymentError.cardLimitExceeded(limit: 3, attempts: 5) (CARD_LIMIT)`.
    public var debugDescription: String {
        let values = arguments.map { "\($0.name): \($0.value.debugText)" }
        let suffix = values.isEmpty ? "" : "(" + values.joined(separator: ", ") + ")"
        return "\(Self.catalogName).\(name)\(suffix) (\(code))"
    }

    /// The error as RFC 9457 problem details: title, detail and remedy rendered with the
    /// arguments, which go along as the `arguments` member.
    public var problemDetails: ProblemDetails { CatalogFailure(self).problemDetails }

    /// The problem details in `locale`: title, detail and remedy in that language; `code` and
    /// `arguments` as always.
    public func problemDetails(locale: String) -> ProblemDetails { CatalogFailure(self).problemDetails(locale: locale) }
}

/// Where a `Retry-After` comes from.
enum RetryAfter {
    /// The name of the parameter whose integer value is the `Retry-After` seconds.
    static let parameter = "retryAfter"

    /// The integer argument ``parameter``, else the window of a `retry-after` policy.
    static func seconds<Entry: CatalogEntry>(entry: Entry, arguments: MessageArguments) -> Int? {
        if case .integer(let seconds)? = arguments[parameter] { return seconds }
        guard let retry = entry.retry, retry.policy == .retryAfter else { return nil }
        return retry.windowSeconds
    }
}

extension MessageArgument {
    /// The value as Swift source writes it: text quoted, numbers as they are.
    var debugText: String {
        if case .string(let text) = self { return "\"" + text + "\"" }
        return description
    }
}
