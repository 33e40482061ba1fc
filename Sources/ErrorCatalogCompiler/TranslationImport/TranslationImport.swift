import ErrorCatalog

/// The translation import stage: translators' files → the translation YAML files they change,
/// after identify (a confirmed text is made from the last release, a stale one stays stale).
///
/// ```
/// [translators' file] ─ TranslatorsFileReader ─▶ ImportedFile ─ TranslationMerger ─▶ [CatalogTranslation]
///   [CatalogTranslation] ─ attach (checked as a translation file is) ─▶ [OutputFile] (YAML) ─ write
/// ```
///
/// Every file is read and placed, and every imported text checked against its catalog's
/// parameters and its locale's plural rules, before anything is returned: on any error the
/// result is `nil`, so the write stage writes all of the files or none.
public struct TranslationImport: Sendable {
    /// The files' locale, in place of the one their headers say.
    public var locale: String?
    /// Whether another project's translations replace translations the catalogs have.
    public var overwrite: Bool
    /// Bounds on each file read.
    public var limits: ParseLimits

    /// An import with the given options.
    public init(locale: String? = nil, overwrite: Bool = false, limits: ParseLimits = .default) {
        self.locale = locale.map(LocaleTag.canonical)
        self.overwrite = overwrite
        self.limits = limits
    }

    /// What an import changes.
    public struct Result: Sendable {
        /// The translation YAML files that change, at their paths (beside each catalog).
        public var files: [OutputFile]
        /// The translations they hold, in the files' order.
        public var translations: [CatalogTranslation]
    }

    /// Imports the translators' files at `paths` into `identified`'s catalogs; `nil` when any
    /// file or any imported text has an error. Everything the import has to say is reported into
    /// `diagnostics`, whether it succeeds or not: each problem, located, and a note per file read
    /// of how many of its texts were placed.
    public func run(paths: [String], into identified: IdentifiedCatalogs, diagnostics: inout DiagnosticList) -> Result?
    {
        let files = paths.compactMap { path in
            SourceFiles.read(path, limit: limits.maxFileBytes, diagnostics: &diagnostics).map { (path, $0) }
        }
        return run(files, into: identified, diagnostics: &diagnostics)
    }

    /// Imports translators' files given as their names and bytes (see ``run(paths:into:diagnostics:)``).
    public func run(
        _ files: [(name: String, bytes: [UInt8])], into identified: IdentifiedCatalogs,
        diagnostics: inout DiagnosticList
    ) -> Result? {
        var mergers: [String: TranslationMerger] = [:]
        var changed: [String: [(path: String, translation: CatalogTranslation)]] = [:]
        for (name, bytes) in files {
            guard let read = TranslatorsFileReader.read(bytes, file: name, locale: locale, diagnostics: &diagnostics),
                let fileLocale = self.locale(of: read, diagnostics: &diagnostics)
            else { continue }
            var merger = mergers[fileLocale] ?? merger(into: identified, locale: fileLocale)
            let before = merger.placed
            changed[fileLocale] = merger.merge(read, locale: fileLocale)
            diagnostics.append(
                Diagnostic(.note, "\(name): \(merger.placed - before) of \(read.units.count) texts placed", at: nil))
            mergers[fileLocale] = merger
        }
        for merger in mergers.values { diagnostics.append(contentsOf: merger.diagnostics) }
        let imported = changed.values.flatMap { $0 }.sorted { $0.path < $1.path }
        guard attach(imported.map(\.translation), to: identified.catalogs, diagnostics: &diagnostics),
            !diagnostics.hasErrors
        else { return nil }
        let outputs = imported.compactMap { path, translation -> OutputFile? in
            guard let catalog = identified.catalogs.first(where: { $0.name == translation.catalogName }) else {
                return nil
            }
            return OutputFile(path: path, contents: TranslationYAMLWriter.write(translation, of: catalog))
        }
        return Result(files: outputs, translations: imported.map(\.translation))
    }

    /// The locale a file's texts are in: the one given, or its header's; `nil` with an error
    /// at the header when neither names a BCP 47 tag.
    func locale(of file: ImportedFile, diagnostics: inout DiagnosticList) -> String? {
        guard let fileLocale = locale ?? file.locale else {
            diagnostics.error("the file does not say its language; pass --locale", at: file.headerLocation)
            return nil
        }
        // A header's own spelling (WTForms' Persian says 'persian') would name a file lint refuses.
        guard LocaleTag.isWellFormed(fileLocale) else {
            let tag = "a BCP 47 tag such as 'de', 'pt-BR' or 'fa'"
            diagnostics.error(
                "the file's language '\(fileLocale)' is not \(tag); pass --locale", at: file.headerLocation)
            return nil
        }
        return fileLocale
    }

    /// A merger into `locale`, knowing which of its texts are stale now.
    func merger(into identified: IdentifiedCatalogs, locale: String) -> TranslationMerger {
        var merger = TranslationMerger(
            catalogs: identified.catalogs, release: identified.history.releases.last, overwrite: overwrite)
        merger.stale = Set(identified.staleTexts.keys.filter { $0.locale == locale }.map(\.key))
        return merger
    }

    /// Checks imported translations against their catalogs as a translation file is checked
    /// (their texts located in the translators' file); `false` when any has errors.
    func attach(_ translations: [CatalogTranslation], to catalogs: [Catalog], diagnostics: inout DiagnosticList) -> Bool
    {
        let locales = Set(translations.map(\.locale))
        let bare = catalogs.map { catalog in
            var catalog = catalog
            catalog.translations.removeAll { locales.contains($0.locale) }
            return catalog
        }
        var checker = TranslationChecker()
        _ = checker.attach(translations.map(DecodedTranslation.init(imported:)), to: bare)
        diagnostics.append(contentsOf: checker.diagnostics)
        return !checker.diagnostics.hasErrors
    }
}

extension DecodedTranslation {
    /// A translation an importer made: complete, its texts located where the importer read them.
    init(imported translation: CatalogTranslation) {
        self.init(
            translation: translation, isComplete: true, sites: Array(repeating: [:], count: translation.entries.count),
            locator: nil)
    }
}
