/// The HTTP response a server sends for an error, independent of the server framework: the
/// status, the headers and an RFC 9457 `application/problem+json` body. The Vapor and
/// Hummingbird integrations turn it into their own response type.
public struct ProblemResponse: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// Header fields in order: `Content-Type`; for a catalog error `Content-Language` and, when
    /// its catalog has translations, `Vary: Accept-Language`; `Retry-After` when the error
    /// says when to retry.
    public var headers: [Header]
    /// The problem details.
    public var problem: ProblemDetails
    /// Whether the error was a catalog error (a plain error answers 500 and says nothing of itself).
    public var isCatalogError: Bool

    /// One header field.
    public struct Header: Sendable, Hashable {
        /// The field name.
        public var name: String
        /// The field value.
        public var value: String

        /// A header field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The response for `error`: a ``CatalogFailure`` or a catalog error answers with its entry
    /// (status, problem details, `Retry-After`); any other error answers 500 with
    /// ``ProblemDetails/internalServerError``, which leaks nothing of the error.
    ///
    /// `acceptLanguage`, the request's `Accept-Language`, chooses the language of `title`,
    /// `detail` and `remedy` among the catalog's locales (see
    /// `_LocaleMatching.negotiate(_:in:)`); `code` and `arguments` never change with it, so a
    /// client may render the entry in its own user's language instead.
    public init(for error: any Error, acceptLanguage: String? = nil) {
        guard let failure = CatalogFailure(wrapping: error) else {
            self.init(status: 500, retryAfter: nil, problem: .internalServerError, language: nil)
            return
        }
        let tables = type(of: failure.entry)._tables
        let locale = acceptLanguage.map { _LocaleMatching.negotiate($0, in: tables) } ?? 0
        let tag = tables.strings[tables.locales[4 * locale]]
        self.init(
            status: failure.httpStatus ?? 500, retryAfter: failure.retryAfter,
            problem: failure.problemDetails(locale: locale == 0 ? nil : tag),
            language: (tag, tables.localeCount > 1))
    }

    /// A response; `language` is the chosen locale and whether the catalog has others.
    init(status: Int, retryAfter: Int?, problem: ProblemDetails, language: (tag: String, varies: Bool)?) {
        self.status = status
        self.problem = problem
        self.isCatalogError = language != nil
        headers = [Header(name: "Content-Type", value: ProblemDetails.mediaType)]
        if let language {
            headers.append(Header(name: "Content-Language", value: language.tag))
            if language.varies { headers.append(Header(name: "Vary", value: "Accept-Language")) }
        }
        if let retryAfter { headers.append(Header(name: "Retry-After", value: String(retryAfter))) }
    }

    /// The body: the problem details as compact JSON, members in sorted order (what
    /// `JSONEncoder` with `.sortedKeys` writes, at a fraction of its cost per response).
    public var body: [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(
            256 + problem.title.utf8.count + (problem.detail?.utf8.count ?? 0) + (problem.remedy?.utf8.count ?? 0))
        func member(_ key: String, _ value: String?) {
            guard let value else { return }
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            _JSONStringText.append(key, to: &out)
            out.append(UInt8(ascii: ":"))
            _JSONStringText.append(value, to: &out)
        }
        if let arguments = problem.arguments, !arguments.isEmpty {
            out += #""arguments":"#.utf8
            Self.appendJSON(arguments, to: &out)
        }
        member("code", problem.code)
        member("detail", problem.detail)
        member("instance", problem.instance)
        member("remedy", problem.remedy)
        if let status = problem.status {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out += #""status":"#.utf8
            out += String(status).utf8
        }
        member("title", problem.title)
        member("type", problem.type)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// `arguments` as a JSON object, names sorted: strings as strings, numbers as numbers (a
    /// number JSON cannot hold, infinity or NaN, as `null`).
    static func appendJSON(_ arguments: MessageArguments, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (position, argument) in arguments.sorted(by: { $0.name < $1.name }).enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            _JSONStringText.append(argument.name, to: &out)
            out.append(UInt8(ascii: ":"))
            switch argument.value {
            case .string(let text): _JSONStringText.append(text, to: &out)
            case .integer(let integer): out += String(integer).utf8
            case .number(let number): out += number.isFinite ? argument.value.description.utf8 : "null".utf8
            case .money(let money): money.appendJSON(to: &out)
            case .timestamp(let timestamp): timestamp.appendJSON(to: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }
}

extension ErrorCode {
    /// The code of a problem details body a server sent (`application/problem+json`), kept as
    /// received even when this catalog does not know it; `nil` when the body has no code.
    /// Throws when the body is not one JSON object. Reads the body without Foundation.
    public init?(problemBody body: some Collection<UInt8>) throws {
        guard let code = try ProblemBodyReader.members(of: body).strings["code"] else { return nil }
        self.init(rawValue: code)
    }
}

extension CatalogFailure {
    /// The failure a problem details body describes, for a client of a server that uses
    /// `catalog`: the entry for its code (exact, alias, family, else the catch-all), its
    /// `arguments` read as the entry's parameter types, its code as received and its
    /// `instance`. ``error`` is then the typed case, or `nil` when the body's arguments do not
    /// make one (a newer or older server's): the failure keeps them as received, and its texts
    /// show `{name}` for what is missing. The server's `detail` is not kept, so ``meaning``
    /// renders the entry's own text. `nil` when the body has no code or `catalog` resolves
    /// none; throws when the body is not one JSON object. Reads the body without Foundation.
    public init?<Catalog: CatalogError>(problemBody body: some Collection<UInt8>, catalog: Catalog.Type) throws {
        let members = try ProblemBodyReader.members(of: body)
        guard let code = members.strings["code"], let entry = Catalog.Entry(resolving: code) else { return nil }
        self.init(
            entry: entry, arguments: entry.typed(members.arguments), code: code, instance: members.strings["instance"])
    }
}

extension CatalogError {
    /// The error a problem details body describes: the case of its code (exact, alias, family,
    /// else the catch-all) with its `arguments` as the case's associated values. `nil` when the
    /// body has no code, the catalog resolves none, or its arguments do not make the case (read
    /// such a body with ``CatalogFailure/init(problemBody:catalog:)``, which keeps them); throws
    /// when the body is not one JSON object. Reads the body without Foundation.
    public init?(problemBody body: some Collection<UInt8>) throws {
        guard let failure = try CatalogFailure(problemBody: body, catalog: Self.self),
            let error = failure.error as? Self
        else { return nil }
        self = error
    }
}
