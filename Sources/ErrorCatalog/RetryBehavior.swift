/// Whether and how an operation that failed with an error should be retried.
public struct RetryBehavior: Hashable, Sendable, Codable {
    /// Who retries, and how.
    public enum Policy: String, Hashable, Sendable, Codable, CaseIterable {
        /// Retrying the same request will fail again; fix the cause first.
        case never
        /// The platform retries on its own; the caller need not act.
        case automatic
        /// The caller may retry, spacing attempts with exponential backoff.
        case backoff
        /// The caller may retry after the delay the server names (`Retry-After`).
        case retryAfter = "retry-after"

        /// The policy's number in generated tables (0 means "no retry information").
        public var tableValue: Int {
            switch self {
            case .never: 1
            case .automatic: 2
            case .backoff: 3
            case .retryAfter: 4
            }
        }

        /// The policy stored as `tableValue`, or `nil`.
        public init?(tableValue: Int) {
            guard let policy = Self.allCases.first(where: { $0.tableValue == tableValue }) else { return nil }
            self = policy
        }
    }

    /// Who retries, and how.
    public var policy: Policy
    /// The most attempts made or advised, when the catalog states it.
    public var maxAttempts: Int?
    /// The period over which attempts are spread, in seconds, when the catalog states it.
    public var windowSeconds: Int?
    /// Further detail in prose (Markdown).
    public var note: String?

    /// Retry behaviour with the given policy and details.
    public init(policy: Policy, maxAttempts: Int? = nil, windowSeconds: Int? = nil, note: String? = nil) {
        self.policy = policy
        self.maxAttempts = maxAttempts
        self.windowSeconds = windowSeconds
        self.note = note
    }

    /// Whether a retry may succeed (every policy but ``Policy/never``).
    public var isRetryable: Bool { policy != .never }
}
