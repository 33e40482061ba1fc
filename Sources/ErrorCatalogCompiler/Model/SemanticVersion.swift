/// A release number, `MAJOR.MINOR.PATCH` with an optional `-prerelease` (semver 2.0;
/// build metadata is not accepted: two releases must never differ by it alone).
public struct SemanticVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Incremented for breaking changes.
    public var major: Int
    /// Incremented for additions.
    public var minor: Int
    /// Incremented for fixes and wording.
    public var patch: Int
    /// Dot-separated pre-release identifiers (`beta.2`), empty for a release.
    public var prerelease: [String]

    /// Parses `1.4.0` or `2.0.0-rc.1`; `nil` for anything else.
    public init?(_ text: String) {
        let (core, pre) =
            text.firstIndex(of: "-").map { (text[..<$0], text[text.index(after: $0)...]) } ?? (text[...], nil)
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3 else { return nil }
        var values: [Int] = []
        for number in numbers {
            guard !number.isEmpty, number.count <= 9, number.allSatisfy({ $0.isASCII && $0.isNumber }),
                number == "0" || number.first != "0", let value = Int(number)
            else { return nil }
            values.append(value)
        }
        (major, minor, patch) = (values[0], values[1], values[2])
        prerelease = []
        if let pre {
            let identifiers = pre.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard
                identifiers.allSatisfy({
                    !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
                })
            else { return nil }
            prerelease = identifiers
        }
    }

    /// `1.4.0`, `2.0.0-rc.1`.
    public var description: String {
        "\(major).\(minor).\(patch)" + (prerelease.isEmpty ? "" : "-" + prerelease.joined(separator: "."))
    }

    /// Semver precedence: numbers first; a pre-release sorts before its release; pre-release
    /// identifiers compare numerically when both are numbers, else as text.
    public static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        if (a.major, a.minor, a.patch) != (b.major, b.minor, b.patch) {
            return (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
        }
        if a.prerelease.isEmpty || b.prerelease.isEmpty { return !a.prerelease.isEmpty && b.prerelease.isEmpty }
        for (x, y) in zip(a.prerelease, b.prerelease) where x != y {
            switch (Int(x), Int(y)) {
            case let (p?, q?): return p < q
            case (_?, nil): return true
            case (nil, _?): return false
            default: return x < y
            }
        }
        return a.prerelease.count < b.prerelease.count
    }

    /// The bump from `self` to `next`, or `nil` when `next` is not above `self`. Below 1.0.0 a
    /// minor bump counts as major and a patch bump as minor, as Cargo reads 0.x versions.
    public func bump(to next: SemanticVersion) -> VersionBump? {
        guard self < next else { return nil }
        let raw: VersionBump =
            next.major != major
            ? .major
            : next.minor != minor
                ? .minor
                : next.patch != patch
                    ? .patch
                    : .patch  // a pre-release to its release, or between pre-releases
        guard major == 0, next.major == 0 else { return raw }
        return raw == .minor ? .major : raw == .patch ? .minor : raw
    }

    /// The smallest version after `self` that makes a `bump`.
    public func next(_ bump: VersionBump) -> SemanticVersion {
        var next = self
        next.prerelease = []
        switch (bump, major == 0) {
        case (.major, false): (next.major, next.minor, next.patch) = (major + 1, 0, 0)
        case (.major, true), (.minor, false): (next.minor, next.patch) = (minor + 1, 0)
        case (.minor, true), (.patch, _): next.patch = prerelease.isEmpty ? patch + 1 : patch
        }
        return next
    }
}

/// How much a set of changes requires a version to grow.
public enum VersionBump: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    /// Wording only.
    case patch = 1
    /// Additions and deprecations.
    case minor = 2
    /// Changes that break old clients on the wire or apps' Swift code.
    case major = 3

    /// Patch before minor before major.
    public static func < (a: VersionBump, b: VersionBump) -> Bool { a.rawValue < b.rawValue }

    /// `patch`, `minor` or `major`.
    public var description: String {
        switch self {
        case .patch: "patch"
        case .minor: "minor"
        case .major: "major"
        }
    }
}
