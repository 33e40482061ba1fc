// On Apple platforms Foundation is part of the system, so every catalog error bridges; on Linux
// the bridging links all of Foundation and ICU's data (about 52 MB in a static executable) and
// comes with the FoundationBridging trait, which the Vapor and Hummingbird traits enable.
#if canImport(Darwin) || (FoundationBridging && canImport(Foundation))
import Foundation

/// What a catalog error is to Foundation: `LocalizedError` and `CustomNSError`. Not for
/// direct use; ``CatalogError`` refines it.
public protocol _CatalogFoundationError: LocalizedError, CustomNSError {}

/// The `userInfo` key of an `NSError` bridged from a catalog error that holds its wire code.
public let ErrorCatalogCodeKey = "ErrorCatalogCode"

extension CatalogError {
    /// The catalog's name: `NSError` domains group errors by where they come from.
    public static var errorDomain: String { catalogName }

    /// The entry's stable id: unlike the case's position, it survives reordering the YAML.
    public var errorCode: Int { numericID }

    /// The localized description, recovery suggestion, failure reason and help anchor, and the
    /// wire code under ``ErrorCatalogCodeKey``. Bridging to `NSError` on Linux reads only this
    /// dictionary, so it carries what `LocalizedError` says too.
    public var errorUserInfo: [String: Any] {
        var info: [String: Any] = [
            NSLocalizedDescriptionKey: errorDescription ?? meaning,
            NSLocalizedRecoverySuggestionErrorKey: recoverySuggestion ?? remedy,
            ErrorCatalogCodeKey: code,
        ]
        if let failureReason { info[NSLocalizedFailureReasonErrorKey] = failureReason }
        if let helpAnchor { info[NSHelpAnchorErrorKey] = helpAnchor }
        return info
    }
}

extension CatalogFailure: LocalizedError, CustomNSError {
    /// One domain for every failure (a static member cannot name each one's catalog); the
    /// code under ``ErrorCatalogCodeKey`` and ``errorCode`` say which entry it is.
    public static var errorDomain: String { "ErrorCatalog.CatalogFailure" }

    /// The entry's stable id.
    public var errorCode: Int { entry.numericID }

    /// The rendered meaning in the user's language.
    public var errorDescription: String? { meaning(locale: preferredLocale) }
    /// The rendered remedy in the user's language.
    public var recoverySuggestion: String? { remedy(locale: preferredLocale) }
    /// The rendered title in the user's language, else the code.
    public var failureReason: String? { title(locale: preferredLocale) ?? entry.code }

    /// The locale of the entry's catalog that the user's languages choose.
    var preferredLocale: String { type(of: entry).preferredLocale }
    /// The entry's documentation URL.
    public var helpAnchor: String? { entry.docURL }

    /// What a catalog error's own `errorUserInfo` holds, with the rendered texts.
    public var errorUserInfo: [String: Any] {
        var info: [String: Any] = [
            NSLocalizedDescriptionKey: errorDescription ?? description,
            NSLocalizedRecoverySuggestionErrorKey: recoverySuggestion ?? remedy,
            NSLocalizedFailureReasonErrorKey: failureReason ?? entry.code,
            ErrorCatalogCodeKey: entry.code,
        ]
        if let helpAnchor { info[NSHelpAnchorErrorKey] = helpAnchor }
        return info
    }
}
#else
/// Without Foundation bridging, nothing more than `Error`.
public protocol _CatalogFoundationError: Error {}
#endif
