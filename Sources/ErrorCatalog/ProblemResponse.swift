/// The HTTP response a server sends for an error, independent of the server framework: the
/// status, the headers and an RFC 9457 `application/problem+json` body. The Vapor and
/// Hummingbird integrations turn it into their own response type.
public struct ProblemResponse: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// Header fields in order: `Content-Type`, and `Retry-After` when the error says when to retry.
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
    public init(for error: any Error) {
        guard let failure = CatalogFailure(wrapping: error) else {
            self.init(status: 500, retryAfter: nil, problem: .internalServerError, isCatalogError: false)
            return
        }
        self.init(status: failure.httpStatus, retryAfter: failure.retryAfterSeconds, problem: failure.problemDetails, isCatalogError: true)
    }

    init(status: Int, retryAfter: Int?, problem: ProblemDetails, isCatalogError: Bool) {
        self.status = status
        self.problem = problem
        self.isCatalogError = isCatalogError
        headers = [Header(name: "Content-Type", value: ProblemDetails.mediaType)]
        if let retryAfter { headers.append(Header(name: "Retry-After", value: String(retryAfter))) }
    }

    /// The body: the problem details as compact JSON, members in sorted order (what
    /// `JSONEncoder` with `.sortedKeys` writes, at a fraction of its cost per response).
    public var body: [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(256 + problem.title.utf8.count + (problem.detail?.utf8.count ?? 0) + (problem.remedy?.utf8.count ?? 0))
        func member(_ key: String, _ value: String?) {
            guard let value else { return }
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            _JSONStringText.append(key, to: &out)
            out.append(UInt8(ascii: ":"))
            _JSONStringText.append(value, to: &out)
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
}

extension ErrorCode {
    /// The code of a problem details body a server sent (`application/problem+json`), kept as
    /// received even when this catalog does not know it; `nil` when the body has no code.
    /// Throws when the body is not one JSON object. Reads the body without Foundation.
    public init?(problemBody body: some Collection<UInt8>) throws {
        let bytes = Array(body)
        let members = try bytes.withUnsafeBufferPointer { buffer throws(ProblemBodyReader.Malformed) in
            try ProblemBodyReader.stringMembers(buffer)
        }
        guard let code = members["code"] else { return nil }
        self.init(rawValue: code)
    }
}
