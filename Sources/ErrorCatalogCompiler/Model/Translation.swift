import ErrorCatalog

/// A catalog's texts in another language: `integration-hub.de.yaml` beside
/// `integration-hub.yaml`. Every field is optional; an untranslated field falls back alone to
/// the source's.
public struct CatalogTranslation: Sendable {
    /// The Swift type name of the catalog it translates (`translation:`).
    public var catalogName: String
    /// The BCP 47 tag of its language (`locale:`), as written.
    public var locale: String
    /// The source release the translation was made from (`release:`), for knowing which
    /// translations are out of date; `nil` when the file does not say.
    public var release: SemanticVersion?
    /// The catalog's title.
    public var title: String?
    /// The catalog's introduction.
    public var summary: String?
    /// Category titles and introductions by category id.
    public var categories: [String: CategoryTranslation]
    /// Entries' texts, in file order.
    public var entries: [EntryTranslation]
    /// Where `translation:` is written.
    public var location: SourceLocation

    /// The translation of the entry named `name` (a search: for many, use ``entriesByName``).
    public func entry(_ name: String) -> EntryTranslation? { entries.first { $0.name == name } }

    /// The entries' translations by Swift name (the first, when a name is given twice).
    public var entriesByName: [String: EntryTranslation] {
        Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A category's title and introduction in a translation.
public struct CategoryTranslation: Sendable {
    /// The title.
    public var title: String?
    /// The introduction.
    public var summary: String?
    /// Where the category's key is written.
    public var location: SourceLocation
}

/// One entry's texts in a translation, under its Swift case name.
public struct EntryTranslation: Sendable {
    /// The entry's Swift case name.
    public var name: String
    /// The title.
    public var title: TranslatedText?
    /// The meaning.
    public var meaning: TranslatedText?
    /// The remedy: one text, or one per step as in the source.
    public var remedy: [TranslatedText]?
    /// Whether the remedy is written as steps.
    public var remedyIsSteps = false
    /// The source release this entry's translation was made from, when it differs from the file's.
    public var release: SemanticVersion?
    /// The fingerprints of the source texts each field was translated from (`made_from`).
    public var madeFrom = SourceFingerprints()
    /// Where the entry's key is written.
    public var location: SourceLocation
}

/// One translated text: as written, with its compiled message when the entry has parameters.
public struct TranslatedText: Sendable {
    /// The text as written.
    public var text: String
    /// The compiled message, for an entry with parameters (set by the check stage).
    public var message: Message?
    /// Where the string is written.
    public var location: SourceLocation
}

/// A locale tag as the compiler compares them: BCP 47, case-insensitive, `_` read as `-`.
public enum LocaleTag {
    /// `tag` in canonical case: language lowercase, script title case, region uppercase
    /// (`pt-br` → `pt-BR`, `zh_hans` → `zh-Hans`).
    public static func canonical(_ tag: String) -> String {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        return parts.enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 4, part.allSatisfy(\.isLetter) {
                return part.prefix(1).uppercased() + part.dropFirst().lowercased()
            }
            if part.count == 2, part.allSatisfy(\.isLetter) { return part.uppercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    /// Whether `tag` is a well-formed BCP 47 tag of the shape catalogs use: a 2–3 letter
    /// language, then subtags of 2–8 letters or digits.
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

extension Catalog {
    /// The CLDR plural rules of the catalog's language (every number `other` for a language
    /// CLDR does not know).
    public var pluralRules: PluralRuleSet { PluralRuleSet.cldr(locale) ?? .other }
}

extension CatalogTranslation {
    /// The CLDR plural rules of the translation's language.
    public var pluralRules: PluralRuleSet { PluralRuleSet.cldr(locale) ?? .other }
}

extension EntryTranslation {
    /// Whether this translation of `entry` leaves it (partly) untranslated: without a meaning or a
    /// remedy, or without the title the entry has. The one rule `lint`'s coverage and the docs'
    /// "not translated" notes follow.
    public func leavesUntranslated(_ entry: CatalogEntry) -> Bool {
        !untranslatedFields(of: entry).isEmpty
    }

    /// The texts of `entry` this translation leaves out, in page order: its title (when the
    /// entry has one), meaning and remedy.
    public func untranslatedFields(of entry: CatalogEntry) -> [EntryText] {
        (entry.title != nil && title == nil ? [.title] : []) + (meaning == nil ? [.meaning] : [])
            + (remedy == nil ? [.remedy(step: nil)] : [])
    }
}

extension Catalog {
    /// Whether any message of the catalog or of its translations uses `selectordinal`: the
    /// generated tables then hold each language's ordinal rules.
    public var usesOrdinals: Bool { anyMessage(\.usesOrdinal) }

    /// Whether any message of the catalog or of its translations formats a number: the
    /// generated tables then hold each locale's number conventions after its ordinal rules.
    public var formatsNumbers: Bool { anyMessage(\.formatsNumbers) }

    /// Whether any message of the catalog or of its translations formats a timestamp: the
    /// generated tables then hold each locale's number conventions (its digits) and its date
    /// conventions after them.
    public var formatsDates: Bool { anyMessage(\.formatsDates) }

    /// Whether any message of the catalog or of its translations satisfies `test`.
    func anyMessage(_ test: (Message) -> Bool) -> Bool {
        entries.contains { $0.messages?.tableTexts.contains { $0.map(test) == true } == true }
            || translations.contains { translation in
                translation.entries.contains { entry in
                    ([entry.title, entry.meaning] + (entry.remedy ?? [])).contains { $0?.message.map(test) == true }
                }
            }
    }
}
