extension CatalogEntry {
    /// The catalog's locales (BCP 47 tags), the source's first.
    public static var locales: [String] {
        let tables = _tables
        return (0..<tables.localeCount).map { tables.strings[tables.locales[4 * $0]] }
    }

    /// The catalog's title in `locale` (falling back as `_LocaleMatching.chain(_:in:)` says).
    public static func catalogTitle(locale: String) -> String {
        let tables = _tables
        return _LocaleMatching.first(along: locale, in: tables) { index in
            index == 0
                ? catalogTitle
                : tables.locales[4 * index + 2] == 0 ? nil : tables.strings[tables.locales[4 * index + 2]]
        } ?? catalogTitle
    }

    /// The title in `locale` (the source language when `nil`) with `arguments` in its
    /// placeholders: the most specific of the catalog's locales that `locale` falls back
    /// through and that translates it (`de-CH`, then `de`), else the source's. A missing or
    /// mistyped argument shows as `{name}`.
    public func title(locale: String? = nil, arguments: MessageArguments = [:]) -> String? {
        guard title != nil else { return nil }
        return localized(0, locale: locale, arguments: arguments) ?? title
    }

    /// The meaning in `locale` with `arguments` in its placeholders; see ``title(locale:arguments:)``.
    public func meaning(locale: String? = nil, arguments: MessageArguments = [:]) -> String {
        localized(1, locale: locale, arguments: arguments) ?? meaning
    }

    /// The remedy in `locale` with `arguments` in its placeholders; see ``title(locale:arguments:)``.
    public func remedy(locale: String? = nil, arguments: MessageArguments = [:]) -> String {
        localized(2, locale: locale, arguments: arguments) ?? remedy
    }

    /// The remedy's steps (or the remedy as one step) in `locale` with `arguments`.
    public func remedySteps(locale: String? = nil, arguments: MessageArguments = [:]) -> [String] {
        let count = Self._tables.value(_index, .stepCount)
        guard count > 0 else { return [remedy(locale: locale, arguments: arguments)] }
        let fixed = remedySteps
        return (0..<count).map { localized(3 + $0, locale: locale, arguments: arguments) ?? fixed[$0] }
    }

    /// Text `text` (0 title, 1 meaning, 2 remedy, 3… steps) from the first locale of the
    /// fallback chain of `locale` that has it; the source's when `locale` is `nil`.
    func localized(_ text: Int, locale: String?, arguments: MessageArguments) -> String? {
        guard let locale else { return sourceText(text, arguments: arguments) }
        let tables = Self._tables
        return _LocaleMatching.first(along: locale, in: tables) { index in
            index == 0
                ? sourceText(text, arguments: arguments)
                : translated(text, locale: index, arguments: arguments, tables: tables)
        }
    }

    /// Text `text` in the source locale.
    func sourceText(_ text: Int, arguments: MessageArguments) -> String? {
        if let rendered = rendered(text, arguments: arguments) { return rendered }
        switch text {
        case 0: return title
        case 1: return meaning
        case 2: return remedy
        default: return remedySteps[text - 3]
        }
    }

    /// Text `text` in translation `locale`, or `nil` when that translation leaves it out.
    func translated(_ text: Int, locale: Int, arguments: MessageArguments, tables: _CatalogTables) -> String? {
        let row = tables.locales[4 * locale + 3] + 5 * _index
        let record = tables.translations[row + 4]
        if record != 0 {
            return MessageRenderer.render(
                messages: tables.messages, strings: tables.strings,
                record: record, text: text, arguments: arguments, rules: tables.pluralRules(locale: locale))
        }
        if text < 3 {
            let string = tables.translations[row + text]
            return string == 0 ? nil : tables.strings[string]
        }
        let steps = tables.translations[row + 3]
        return steps == 0 ? nil : tables.strings[tables.lists[steps - 1 + text - 3]]
    }

    /// The title of the entry's category in `locale`, falling back like the entry's texts.
    public func categoryTitle(locale: String) -> String? {
        let tables = Self._tables
        let category = tables.value(_index, .categoryPosition)
        guard category > 0 else { return nil }
        return _LocaleMatching.first(along: locale, in: tables) { index -> String? in
            let string =
                index == 0
                ? tables.value(_index, .categoryTitle)
                : tables.translations[tables.locales[4 * index + 3] + 5 * tables.entryCount + category - 1]
            return string == 0 ? nil : tables.strings[string]
        }
    }

    /// The title in `locale` of the category at `position` (file order), or `nil` when no
    /// translation on the way has it. Not for direct use: the generated `Category` has
    /// `title(locale:)`.
    public static func _categoryTitle(_ position: Int, locale: String) -> String? {
        let tables = _tables
        return _LocaleMatching.first(along: locale, in: tables) { index -> String? in
            guard index > 0 else { return nil }
            let string = tables.translations[tables.locales[4 * index + 3] + 5 * tables.entryCount + position]
            return string == 0 ? nil : tables.strings[string]
        }
    }

}

extension CatalogError {
    /// The catalog's locales (BCP 47 tags), the source's first.
    public static var locales: [String] { Entry.locales }

    /// The catalog's title in `locale` (see ``CatalogEntry/catalogTitle(locale:)``).
    public static func catalogTitle(locale: String) -> String { Entry.catalogTitle(locale: locale) }
}
