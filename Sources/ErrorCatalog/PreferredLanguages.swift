#if canImport(Darwin)
import Foundation
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The languages the user prefers, most preferred first, as BCP 47 tags: what a catalog
/// error's `LocalizedError` texts (`localizedDescription`, an alert) are chosen by. On Apple
/// platforms the user's language settings; on Linux the process's locale environment
/// (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`). A server picks the language per request
/// instead (`Accept-Language`, see ``ProblemResponse``) and renders with `meaning(locale:)`.
public enum PreferredLanguages {
    /// The user's languages; empty when nothing says (texts then come in the source language).
    public static var current: [String] { system }

    /// The languages a locale environment names: `LANGUAGE`'s list, then the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` (`de_CH.UTF-8@euro` is `de-CH`; `C` and `POSIX`
    /// name none).
    public static func fromEnvironment(_ environment: [String: String]) -> [String] {
        var languages: [String] = []
        func add(_ value: String) {
            var tag = Substring(value)
            if let cut = tag.firstIndex(where: { $0 == "." || $0 == "@" }) { tag = tag[..<cut] }
            guard !tag.isEmpty, tag != "C", tag != "POSIX" else { return }
            let normalized = String(tag).split(separator: "_").joined(separator: "-")
            if !languages.contains(normalized) { languages.append(normalized) }
        }
        // GNU gettext reads LANGUAGE only when the locale is not C.
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        let isC = locale.map { $0 == "C" || $0.hasPrefix("C.") || $0 == "POSIX" } ?? false
        if let list = environment["LANGUAGE"], !isC {
            list.split(separator: ":").forEach { add(String($0)) }
        }
        if let locale { add(locale) }
        return languages
    }
}

extension PreferredLanguages {
    /// The variables of the locale environment, in the order gettext reads them.
    static let environmentVariables = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]

    /// On Apple platforms the user's languages (`Locale.preferredLanguages`); elsewhere the
    /// process's locale environment (see ``fromEnvironment(_:)``), read with `getenv`, so a
    /// Linux program finds its user's language without Foundation.
    static var system: [String] {
        #if canImport(Darwin)
        return Locale.preferredLanguages
        #elseif canImport(Glibc) || canImport(Musl)
        var environment: [String: String] = [:]
        for name in environmentVariables {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return fromEnvironment(environment)
        #else
        return []
        #endif
    }
}
