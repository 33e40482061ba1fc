import ErrorCatalog

extension RetryBehavior {
    /// One line for people: `automatic, up to 6 attempts over 4h — note`.
    public var summary: String {
        var parts = [policy.rawValue]
        if let maxAttempts { parts.append("up to \(maxAttempts) attempt\(maxAttempts == 1 ? "" : "s")") }
        if let windowSeconds { parts.append("over \(Self.durationText(windowSeconds))") }
        var text = parts.joined(separator: ", ")
        if let note { text += " — " + note }
        return text
    }

    /// `4h`, `1h30m`, `90s`: what `DurationText.seconds(_:)` reads back.
    public static func durationText(_ seconds: Int) -> String { DurationText.text(seconds) }
}
