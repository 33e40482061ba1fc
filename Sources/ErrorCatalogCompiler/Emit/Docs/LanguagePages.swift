import ErrorCatalog
import Foundation

/// A site in every language the catalogs are translated into, with mkdocs-static-i18n: each
/// page again as `page.LOCALE.md` (its `suffix` structure) with the translated texts, the same
/// codes and anchors, and a note where a text is shown in the source language; a language
/// switcher, and each language's pages searched in that language.
extension DocsEmitter {
    /// The locales of every catalog's translations, sorted.
    static func siteLocales(_ catalogs: [Catalog]) -> [String] {
        Set(catalogs.flatMap { $0.translations.map(\.locale) }).sorted()
    }

    /// The index and every catalog page, in each translated locale.
    func localizedFiles(_ catalogs: [Catalog]) -> [OutputFile] {
        var files: [OutputFile] = []
        for locale in Self.siteLocales(catalogs) {
            let localized = catalogs.map { $0.localized(to: locale) }
            files.append(
                OutputFile(path: "docs/index.\(locale).md", weight: catalogs.entryCount) { [self] in
                    IndexPage(emitter: self, catalogs: localized.map(\.catalog)).write(into: &$0)
                })
            for (catalog, fallback) in localized {
                let path = "docs/" + Self.pageName(catalog).dropLast(3) + ".\(locale).md"
                files.append(
                    OutputFile(path: path, weight: catalog.entries.count) { [self] in
                        CatalogPage(emitter: self, catalog: catalog, fallback: fallback).write(into: &$0)
                    })
            }
        }
        return files
    }

    /// The `i18n` plugin of `mkdocs.yml`: the source language as the default, then each
    /// locale with its name in its own language and the catalogs' titles for the navigation.
    func languagesPlugin(_ catalogs: [Catalog], locales: [String]) -> String {
        let source = catalogs.first?.locale ?? "en"
        var out = """
              - i18n:
                  docs_structure: suffix
                  fallback_to_default: true
                  reconfigure_material: true
                  reconfigure_search: false
                  languages:
                    - locale: \(source)
                      default: true
                      name: \(YAMLText.quoted(Self.languageName(source)))
                      build: true

            """
        out += Self.themeLanguage(source)
        for locale in locales {
            out +=
                "        - locale: \(locale)\n          name: \(YAMLText.quoted(Self.languageName(locale)))\n        "
                + "  build: true\n" + Self.themeLanguage(locale)
            let titles = catalogs.compactMap { catalog in
                catalog.translations.first { $0.locale == locale }?.title.map {
                    (MarkdownText.tableCell(catalog.title), MarkdownText.tableCell($0))
                }
            }
            guard !titles.isEmpty else { continue }
            out += "          nav_translations:\n"
            for (title, translated) in titles {
                out += "            \(YAMLText.quoted(title)): \(YAMLText.quoted(translated))\n"
            }
        }
        return out
    }

    /// The languages Material for MkDocs (the release `requirements.txt` pins) has its own texts in:
    /// the values its documentation lists for `theme.language`.
    static let materialLanguages: Set<String> = [
        "af", "ar", "az", "be", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et", "eu", "fa",
        "fi", "fr", "gl", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kn", "ko", "ku-IQ", "lb", "lt",
        "lv", "mk", "mn", "ms", "my", "nb", "nl", "nn", "pl", "pt", "pt-BR", "ro", "ru", "sa", "sh", "si", "sk", "sl",
        "sq", "sr", "sv", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz", "vi", "zh", "zh-Hant", "zh-TW",
    ]

    /// The `theme:` of a locale's entry when Material has no texts of its own for the locale's tag:
    /// its language's (`zh-Hans` → `zh`, `de-CH` → `de`), else English's. Without it the build
    /// stops, as the i18n plugin gives Material the tag itself.
    static func themeLanguage(_ locale: String) -> String {
        guard !materialLanguages.contains(locale) else { return "" }
        let language = String(locale.prefix { $0 != "-" && $0 != "_" })
        let theme = materialLanguages.contains(language) ? language : "en"
        return "          theme:\n            language: \(theme)\n"
    }

    /// A language's name in that language (`Deutsch`), or its tag when unknown.
    static func languageName(_ locale: String) -> String {
        let name = Locale(identifier: locale).localizedString(forIdentifier: locale) ?? locale
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// The name of `locale`'s language in `language`, as a sentence of that language writes it
    /// (`Englisch`, `anglais`, `英語`).
    static func languageName(_ locale: String, in language: String) -> String {
        Locale(identifier: language).localizedString(forIdentifier: locale) ?? locale
    }
}

/// What a page in a translated language says about texts left in the source language.
struct LanguageFallback {
    /// The source language.
    var sourceLocale: String
    /// Per entry (by Swift name) that shows a text in the source language, which texts.
    var untranslated: [String: [EntryText]] = [:]
    /// Whether the translation gives the page any text: its title, introduction or an entry's.
    var translatesAnything = false

    /// The texts every entry shows in the source language, when it is the same for all and some
    /// text of the page is translated: the page says it once. `nil` when it differs.
    func sharedGap(of entries: [CatalogEntry]) -> [EntryText]? {
        let gaps = entries.map { untranslated[$0.name] ?? [] }
        guard let first = gaps.first, !first.isEmpty, gaps.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
