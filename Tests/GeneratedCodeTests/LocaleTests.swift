import ErrorCatalog
import Testing

/// Translations beside `messages.yaml` (de, de-CH, pt-BR, ru) as generated code renders them.
@Suite struct LocaleTests {
    @Test func theCatalogListsItsLocalesSourceFirst() {
        #expect(MessageError.locales == ["en", "de", "de-CH", "pt-BR", "ru"])
        #expect(MessageError.catalogTitle(locale: "de") == "Meldungen mit Parametern")
        #expect(MessageError.catalogTitle(locale: "de-CH") == "Meldungen mit Parametern")
        #expect(MessageError.catalogTitle(locale: "fr") == "Messages with parameters")
    }

    @Test func textsComeInTheLocaleWithTheirArguments() {
        let failure = MessageError.quotaExceeded(limit: 1000, used: 1)
        #expect(failure.meaning(locale: "de") == "1 Anfrage wurde in dieser Stunde gestellt; die Grenze ist 1000.")
        #expect(failure.title(locale: "de") == "Kontingent von 1000 überschritten")
        #expect(
            MessageError.quotaExceeded(limit: 5, used: 0).meaning(locale: "de")
                == "Keine Anfrage wurde in dieser Stunde gestellt; die Grenze ist 5.")
        #expect(failure.meaning == "1 request was made this hour; the limit is 1000.")
        let steps = MessageError.invalidField(field: "email", reason: "tooLong").remedySteps(locale: "de")
        #expect(steps == ["Korrigieren Sie 'email'.", "Senden Sie die Anfrage erneut."])
        #expect(
            MessageError.invalidField(field: "email", reason: "x").remedy(locale: "de")
                == "1. Korrigieren Sie 'email'.\n2. Senden Sie die Anfrage erneut.")
        #expect(
            MessageError.plain.meaning(locale: "de") == "Ein fester Text mit {Klammern}, die keine Platzhalter sind.")
        #expect(MessageError.plain.remedy(locale: "de") == "None.")
    }

    @Test func eachFieldFallsBackAloneThroughTheChain() {
        let failure = MessageError.quotaExceeded(limit: 1000, used: 2)
        // de-CH has only the remedy; its meaning and title come from de, then en.
        #expect(failure.remedy(locale: "de-CH") == "Warten Sie, oder beantragen Sie eine Limite über 1000.")
        #expect(failure.meaning(locale: "de-CH") == "2 Anfragen wurden in dieser Stunde gestellt; die Grenze ist 1000.")
        #expect(failure.meaning(locale: "de-AT") == failure.meaning(locale: "de"))
        #expect(failure.meaning(locale: "de_CH") == failure.meaning(locale: "de-CH"))
        #expect(failure.meaning(locale: "DE-ch-1996") == failure.meaning(locale: "de-CH"))
        #expect(failure.meaning(locale: "fr-FR") == failure.meaning)
        // ru translates the meaning only: title and remedy stay English.
        #expect(failure.title(locale: "ru") == "Quota of 1000 exceeded")
        #expect(failure.remedy(locale: "ru") == failure.remedy)
    }

    @Test func russianPluralsUseRussianRules() {
        func meaning(_ used: Int) -> String { MessageError.quotaExceeded(limit: 10, used: used).meaning(locale: "ru") }
        #expect(meaning(1) == "Сделан 1 запрос за этот час; предел — 10.")
        #expect(meaning(3) == "Сделано 3 запроса за этот час; предел — 10.")
        #expect(meaning(5) == "Сделано 5 запросов за этот час; предел — 10.")
        #expect(meaning(11) == "Сделано 11 запросов за этот час; предел — 10.")
        #expect(meaning(21) == "Сделан 21 запрос за этот час; предел — 10.")
        #expect(meaning(22) == "Сделано 22 запроса за этот час; предел — 10.")
        // A decimal is 'other' in Russian.
        #expect(
            MessageError.retryLater(seconds: 1.5, attempt: 2).meaning(locale: "ru")
                == "Попытка 2 не удалась; повторите через 1.5 секунды.")
        #expect(
            MessageError.retryLater(seconds: 21, attempt: 2).meaning(locale: "ru")
                == "Попытка 2 не удалась; повторите через 21 секунду.")
    }

    /// A language no locale names on its own falls back to a regional locale of it, not to
    /// the source: `pt` and `pt-PT` read the `pt-BR` translation; a language the source or a
    /// translation names keeps its own (`en-US` the source, `de-AT` German).
    @Test func aLanguageWithoutItsOwnLocaleReadsARegionalOne() {
        let failure = MessageError.quotaExceeded(limit: 1000, used: 2)
        #expect(failure.title(locale: "pt") == "Cota de 1000 excedida")
        #expect(failure.title(locale: "pt-PT") == "Cota de 1000 excedida")
        #expect(failure.title(locale: "PT_pt") == "Cota de 1000 excedida")
        #expect(failure.meaning(locale: "pt") == failure.meaning)
        #expect(MessageError.catalogTitle(locale: "pt") == "Mensagens com parâmetros")
        #expect(failure.title(locale: "en-US") == failure.title)
        #expect(failure.title(locale: "ptx") == failure.title)
        #expect(_LocaleMatching.chain("pt", in: MessageError.Entry._tables) == [3, 0])
        #expect(_LocaleMatching.chain("pt-BR-x-y", in: MessageError.Entry._tables) == [3, 0])
        let tables = MessageError.Entry._tables
        func pick(_ header: String) -> String { MessageError.locales[_LocaleMatching.negotiate(header, in: tables)] }
        #expect(pick("pt") == "pt-BR")
        #expect(pick("pt-PT, en;q=0.5") == "pt-BR")
        #expect(pick("en-GB, pt") == "en")
        #expect(pick("de-AT, pt") == "de")
    }

    @Test func acceptLanguagePicksTheLocale() throws {
        let tables = MessageError.Entry._tables
        func pick(_ header: String) -> String { MessageError.locales[_LocaleMatching.negotiate(header, in: tables)] }
        #expect(pick("de-CH, de;q=0.9, en;q=0.8") == "de-CH")
        #expect(pick("fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5") == "de")
        #expect(pick("de-AT") == "de")
        #expect(pick("ru;q=0.2, de;q=0.5") == "de")
        #expect(pick("de;q=0, ru") == "ru")
        #expect(pick("fr, ja") == "en")
        #expect(pick("en-US, de") == "en")
        #expect(pick("*") == "en")
        #expect(pick("") == "en")
        #expect(pick("de;q=1.5, ru;q=abc, de-CH;q=0.001") == "de-CH")

        let response = ProblemResponse(
            for: MessageError.quotaExceeded(limit: 3, used: 2), acceptLanguage: "de-DE,de;q=0.9")
        #expect(
            response.headers.map { "\($0.name): \($0.value)" } == [
                "Content-Type: application/problem+json", "Content-Language: de", "Vary: Accept-Language",
            ])
        #expect(response.problem.detail == "2 Anfragen wurden in dieser Stunde gestellt; die Grenze ist 3.")
        #expect(response.problem.title == "Kontingent von 3 überschritten")
        #expect(response.problem.arguments == ["limit": 3, "used": 2])
        #expect(response.problem.code == "QUOTA_EXCEEDED")
    }
}
