/// An HTTP API problem report (RFC 9457), with the wire code and remedy as extension members.
public struct ProblemDetails: Hashable, Sendable, Codable {
    /// A URI for the problem type: the entry's documentation URL, else `about:blank`.
    public var type: String
    /// A short summary: the entry's title, else its code.
    public var title: String
    /// The HTTP status.
    public var status: Int?
    /// The explanation: the entry's meaning.
    public var detail: String?
    /// A URI for this occurrence.
    public var instance: String?
    /// The wire code (extension member); absent from a problem that is not a catalog error.
    public var code: String?
    /// What to do (extension member).
    public var remedy: String?
    /// The values of the entry's parameters (extension member), from which `title`, `detail`
    /// and `remedy` were rendered: a client may render them again in its own user's language.
    public var arguments: MessageArguments?

    /// Problem details with the given members.
    public init(
        type: String, title: String, status: Int? = nil, detail: String? = nil, instance: String? = nil,
        code: String?, remedy: String? = nil, arguments: MessageArguments? = nil
    ) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.code = code
        self.remedy = remedy
        self.arguments = arguments
    }

    /// The problem an error that is not a catalog error answers with: status 500 and nothing
    /// of the error's own text, which may hold internals.
    public static let internalServerError = ProblemDetails(
        type: "about:blank", title: "Internal Server Error", status: 500, code: nil)

    /// The media type of a problem details body (RFC 9457).
    public static let mediaType = "application/problem+json"
}
