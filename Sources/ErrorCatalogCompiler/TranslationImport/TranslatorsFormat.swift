import Foundation

/// The translators' file formats errcat writes and reads: gettext PO, XLIFF 1.2 and Xcode's
/// String Catalogs. (Tables of codes, a catalog's other source, are ``CatalogImporter/Format``.)
public enum TranslatorsFormat: String, CaseIterable, Sendable {
    case po, xliff, xcstrings

    /// The format a file's extension names: `.po`, `.xliff` or `.xlf`, `.xcstrings`.
    public init?(fileName: String) {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "po": self = .po
        case "xliff", "xlf": self = .xliff
        case "xcstrings": self = .xcstrings
        default: return nil
        }
    }

    /// The emitter of this format's files for `locale`.
    public func emitter(locale: String) -> any TranslatorsFileEmitter {
        switch self {
        case .po: POEmitter(locale: locale)
        case .xliff: XLIFFEmitter(locale: locale)
        case .xcstrings: StringCatalogEmitter(locale: locale)
        }
    }
}
