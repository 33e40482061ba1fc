/// The keys of the catalog format (v1), one enum per kind of mapping.
///
/// A key's YAML spelling is its case name in snake_case (`catchAll` is `catch_all`,
/// `docsURL` is `docs_url`), and its raw value is its slot in ``Fields``, so reading a field
/// is an index, not a search.
protocol MappingKey: RawRepresentable<Int>, CaseIterable, Sendable {
    /// Every key of this kind, as the reader matches them.
    static var known: KnownKeys { get }
}

extension MappingKey {
    /// The key as written in YAML.
    var name: String { Self.known.names[rawValue] }

    /// The known keys of every case, in slot order; conformers store it as ``known``.
    static func knownKeys() -> KnownKeys {
        let cases = Array(allCases)
        precondition(cases.enumerated().allSatisfy { $0.offset == $0.element.rawValue }, "slots must be 0, 1, 2, …")
        return KnownKeys(cases.map { snakeCase(String(describing: $0)) })
    }

    /// `docsURL` → `docs_url`: an underscore before each capital that follows a lowercase
    /// letter, then everything lowercased.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        var previousIsLower = false
        for character in name {
            if character.isUppercase, previousIsLower { result.append("_") }
            previousIsLower = character.isLowercase
            result += character.lowercased()
        }
        return result
    }
}

/// The catalog's top level.
enum RootKey: Int, MappingKey {
    case catalog, title, summary, docsURL, caseInsensitive, categories, errors, response, exhaustive, pipeline, locale
    static let known = knownKeys()
}

/// The top level of a translation file.
enum TranslationKey: Int, MappingKey {
    case translation, locale, release, title, summary, categories, errors
    static let known = knownKeys()
}

/// A category of a translation.
enum TranslatedCategoryKey: Int, MappingKey {
    case title, summary
    static let known = knownKeys()
}

/// An entry of a translation.
enum TranslatedEntryKey: Int, MappingKey {
    case title, meaning, remedy, release, madeFrom
    static let known = knownKeys()
}

/// The fields of a translated entry's `made_from`.
enum MadeFromKey: Int, MappingKey {
    case title, meaning, remedy
    static let known = knownKeys()
}

/// An item of `categories`.
enum CategoryKey: Int, MappingKey {
    case id, title, summary
    static let known = knownKeys()
}

/// An item of `errors`.
enum EntryKey: Int, MappingKey {
    case code, name, aliases, title, category, http, meaning, remedy, retry, links, deprecated, family, catchAll, anchor
    case renamedFrom, breakingChange, params, sharedCode
    static let known = knownKeys()
}

/// A parameter of an entry's `params`, written as a mapping.
enum ParameterKey: Int, MappingKey {
    case type, description, example
    static let known = knownKeys()
}

/// An entry's `retry`, written as a mapping.
enum RetryKey: Int, MappingKey {
    case policy, attempts, window, note
    static let known = knownKeys()
}

/// An item of an entry's `links`.
enum LinkKey: Int, MappingKey {
    case title, url
    static let known = knownKeys()
}

/// The catalog's `response`.
enum ResponseKey: Int, MappingKey {
    case summary, example, fields
    static let known = knownKeys()
}

/// An item of `response.fields`.
enum ResponseFieldKey: Int, MappingKey {
    case name, type, description, required
    static let known = knownKeys()
}
