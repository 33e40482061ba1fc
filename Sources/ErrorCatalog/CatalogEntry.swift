/// An entry of a generated catalog, without the arguments of an occurrence: what the catalog
/// says of one error (its code, texts, HTTP status, retry behaviour, links), found from a wire
/// code in O(1).
///
/// Each generated catalog nests one, `PaymentError.Entry`, with a case per entry, as
/// `URLError.Code` sits beside `URLError`. Use it where the entry matters and not the
/// occurrence: looking up a wire code (`PaymentError.Entry(code: "CARD_DECLINED")`), listing
/// every entry (`allCases`), metrics dimensions and log keys, or switching on which entry an
/// error is (`switch error.entry { case .cardDeclined: … }`). The error itself, with its
/// arguments, is ``CatalogError``.
///
/// The texts of an entry whose catalog declares `params:` are its templates: `meaning` shows
/// `{limit}` where a thrown error shows its value. ``meaning(locale:arguments:)`` renders them.
public protocol CatalogEntry: Hashable, Sendable, CaseIterable, CustomStringConvertible where AllCases == [Self] {
    /// The generated error type whose entries these are.
    associatedtype Catalog: CatalogError where Catalog.Entry == Self

    /// The catalog's type name as declared in its YAML (`catalog:`).
    static var catalogName: String { get }
    /// The catalog's human title.
    static var catalogTitle: String { get }
    /// The base URL of the catalog's documentation page, if the catalog declares one.
    static var docsBaseURL: String? { get }

    /// The generated tables. Not for direct use.
    static var _tables: _CatalogTables { get }
    /// The first entry for the code `bytes`: exact code or alias in file order (the
    /// perfect-hash probe, inlined at the call site), else the first family that matches.
    /// Not for direct use.
    static func _firstMatch(bytes: UnsafeRawBufferPointer) -> Int?
    /// The entry's position in file order. Not for direct use.
    var _index: Int { get }
    /// The entry at `index` in file order; traps for any other index. Not for direct use.
    init(_index index: Int)
}

extension CatalogEntry {
    /// The first entry whose code or alias is `code` (file order), else the first family
    /// that matches it, else `nil`. The catch-all is never returned; see ``init(resolving:)``.
    @inlinable @inline(__always)
    public init?(code: String) {
        guard let index = _CatalogTables.withBytes(code, { Self._firstMatch(bytes: $0) }) else { return nil }
        self.init(_index: index)
    }

    /// Like ``init(code:)``, but falls back to the catalog's catch-all entry; `nil` only
    /// when nothing matches and the catalog has no catch-all.
    @inlinable
    public init?(resolving code: String) {
        guard let value = Self(code: code) ?? Self.catchAll else { return nil }
        self = value
    }

    /// Every entry for `code` in file order: all exact and alias matches, or when there
    /// are none, every family that matches.
    @inlinable
    public static func matches(code: String) -> [Self] {
        _tables.allMatches(code).map { Self(_index: $0) }
    }

    /// The catalog's catch-all entry, if it declares one.
    @inlinable
    public static var catchAll: Self? {
        let index = _tables.catchAll
        return index >= 0 ? Self(_index: index) : nil
    }

    /// The entry's stable numeric id: given by `errcat release` the first time the entry is
    /// released, never changed and never reused, whatever happens to the YAML's order. Use it
    /// where a number must identify the error (`NSError` codes, metrics, databases).
    public var numericID: Int { Self._tables.value(_index, .numericID) }
    /// The entry's Swift case name.
    public var name: String { Self._tables.string(_index, .name) }
    /// The primary wire code.
    public var code: String { Self._tables.string(_index, .code) }
    /// Further wire codes with the same meaning.
    public var aliases: [String] { Self._tables.strings(_index, start: .aliasStart, count: .aliasCount) }
    /// A short human label (for an entry with parameters, its template).
    public var title: String? { Self._tables.optionalString(_index, .title) }
    /// The HTTP status that goes with the error, if the catalog gives one.
    public var httpStatus: Int? {
        let status = Self._tables.value(_index, .httpStatus)
        return status == 0 ? nil : status
    }
    /// What happened (Markdown; for an entry with parameters, its template with `{name}`
    /// where each argument goes).
    public var meaning: String { Self._tables.string(_index, .meaning) }
    /// What to do about it (Markdown; steps as a numbered list).
    public var remedy: String { Self._tables.string(_index, .remedy) }
    /// The remedy's steps when the catalog lists steps, else the remedy as one step.
    public var remedySteps: [String] {
        let steps = Self._tables.strings(_index, start: .stepStart, count: .stepCount)
        return steps.isEmpty ? [remedy] : steps
    }
    /// The category's identifier.
    public var categoryID: String? {
        let category = Self._tables.value(_index, .category)
        return category == 0 ? nil : Self._tables.strings[category]
    }
    /// Whether and how to retry.
    public var retry: RetryBehavior? {
        let tables = Self._tables
        guard let policy = RetryBehavior.Policy(tableValue: tables.value(_index, .retryPolicy)) else { return nil }
        let attempts = tables.value(_index, .retryAttempts)
        let window = tables.value(_index, .retryWindowSeconds)
        return RetryBehavior(
            policy: policy, maxAttempts: attempts == 0 ? nil : attempts, windowSeconds: window == 0 ? nil : window,
            note: tables.optionalString(_index, .retryNote)
        )
    }
    /// Whether a retry may succeed; `false` when the catalog says nothing.
    public var isRetryable: Bool { retry?.isRetryable ?? false }
    /// Further documentation.
    public var links: [ErrorLink] {
        let tables = Self._tables
        let first = tables.value(_index, .linkStart)
        return (0..<tables.value(_index, .linkCount)).map { link in
            let url = tables.lists[first + 2 * link + 1]
            return ErrorLink(
                title: tables.strings[tables.lists[first + 2 * link]], url: url == 0 ? nil : tables.strings[url])
        }
    }
    /// The entry's anchor on the catalog's documentation page (a stable, public name).
    public var docAnchor: String { Self._tables.string(_index, .anchor) }
    /// The entry's documentation URL: ``docsBaseURL`` + `#` + ``docAnchor``.
    public var docURL: String? { Self.docsBaseURL.map { $0 + "#" + docAnchor } }
    /// Why the entry is deprecated and what to use instead.
    public var deprecation: String? { Self._tables.optionalString(_index, .deprecation) }
    /// Whether the entry's code is a family pattern such as `errors.5xx`.
    public var isFamily: Bool { Self._tables.value(_index, .flags) & _EntryField.Flag.family != 0 }
    /// Whether the entry is the catalog's catch-all.
    public var isCatchAll: Bool { Self._tables.value(_index, .flags) & _EntryField.Flag.catchAll != 0 }

    /// `Catalog.name (code)`.
    public var description: String { "\(Self.catalogName).\(name) (\(code))" }

    /// The catalog's locale that the user's preferred languages (``PreferredLanguages/current``)
    /// choose, as `Accept-Language` would: the source's when none matches.
    public static var preferredLocale: String {
        let tables = _tables
        let preferred = PreferredLanguages.current
        guard !preferred.isEmpty, tables.localeCount > 1 else { return tables.strings[tables.locales[0]] }
        let locale = _LocaleMatching.negotiate(preferred.joined(separator: ","), in: tables)
        return tables.strings[tables.locales[4 * locale]]
    }

    /// All entries, built from their indices (no per-case code). Not for direct use.
    @inlinable
    public static func _allCases(count: Int) -> [Self] {
        (0..<count).map { Self(_index: $0) }
    }
}
