import ErrorCatalog
@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// The words a docs page writes around the catalog's texts, and the notes that say truly what is
/// shown in the source language.
@Suite struct PageLabelsTests {
    @Test func everyLanguagesWordsAreItsOwnAndComplete() {
        let english = PageLabels()
        for (language, labels) in PageLabels.byLanguage {
            let mine = [
                labels.whatHappened, labels.whatToDo, labels.notTranslated, labels.pageInSource, labels.shownInSource,
                labels.catalogs, labels.everyCode, labels.all, labels.since, labels.meaning, labels.remedy,
                labels.latestRelease,
            ]
            let theirs = [
                english.whatHappened, english.whatToDo, english.notTranslated, english.pageInSource,
                english.shownInSource, english.catalogs, english.everyCode, english.all, english.since, english.meaning,
                english.remedy, english.latestRelease,
            ]
            #expect(zip(mine, theirs).allSatisfy { $0 != $1 }, "\(language)")
            #expect(labels.columns.count == 4 && labels.catalogColumns.count == 5 && labels.codeColumns.count == 7)
            #expect(labels.shownInSource.contains("{0}") && labels.pageInSource.contains("{0}"), "\(language)")
            #expect(labels.language.lowercased() == language, "\(language)")
        }
    }

    @Test func aRegionTakesItsLanguagesWordsAndAnUnknownLanguageEnglishs() {
        #expect(PageLabels.of("de-CH").whatHappened == "Was passiert ist.")
        #expect(PageLabels.of("pt-BR").whatToDo == "O que fazer.")
        #expect(PageLabels.of("zh-Hant").meaning == "含義")
        #expect(PageLabels.of("zh-TW").meaning == "含義")
        #expect(PageLabels.of("zh-Hans").meaning == "含义")
        #expect(PageLabels.of("sv").whatHappened == "What happened.")
        let note = PageLabels.of("sv").naming(PageLabels.of("sv").pageInSource, source: "en", page: "sv")
        #expect(note == "This page is not translated into Swedish yet: it is shown in English.")
    }

    /// A translation that gives every meaning but no title or remedy: one note at the top names
    /// what is in the source language, and no entry repeats it.
    @Test func aNoteNamesTheTextsShownInTheSourceLanguage() throws {
        let catalog = """
            catalog: Shop
            title: Shop
            errors:
              - {code: A, title: Title A, meaning: Meaning A., remedy: Remedy A.}
              - {code: B, title: Title B, meaning: Meaning B., remedy: Remedy B.}
            """
        let german = """
            translation: Shop
            locale: de
            errors:
              a: {meaning: Bedeutung A.}
              b: {meaning: Bedeutung B.}
            """
        let folder = try TemporaryFolder(files: ["shop.yaml": catalog, "shop.de.yaml": german])
        let walk = Pipeline().run(paths: [folder.path])
        let files = Dictionary(uniqueKeysWithValues: DocsEmitter().emit(walk.catalogs).map { ($0.path, $0.contents) })
        let page = try #require(files["docs/shop.de.md"])
        #expect(page.components(separatedBy: "!!! note").count == 2)
        #expect(page.contains("Auf Englisch gezeigt, noch nicht übersetzt&#58; Titel, Abhilfe."))
        #expect(!page.contains("Diese Seite ist noch nicht"))
        #expect(page.contains("Bedeutung A.") && page.contains("Remedy B."))
    }
}
