import Foundation

/// The words a docs page writes around the catalog's own texts ("What happened.", "HTTP status",
/// "Since"), in the page's language: the site's languages with words of their own here, English
/// for any other. The catalog's texts, codes and Swift names are never translated here.
struct PageLabels: Sendable {
    /// English's words.
    init() {}

    /// The language the words are in.
    var language = "en"

    var whatHappened = "What happened."
    var whatToDo = "What to do."
    var parameters = "Parameters"
    /// The parameter table's columns: name, type, description, example.
    var columns = ["Name", "Type", "Description", "Example"]
    var example = "Example"
    var aliases = "Aliases"
    var category = "Category"
    var httpStatus = "HTTP status"
    var retry = "Retry"
    var since = "Since"
    var notYetReleased = "not yet released"
    var responseBody = "Response body"
    var inSwift = "In Swift"
    var seeAlso = "See also"
    var notTranslated = "Not translated"
    /// A page none of whose texts is translated: `{0}` is the source language's name and `{1}` the
    /// page's, in ``language``.
    var pageInSource = "This page is not translated into {1} yet: it is shown in {0}."
    /// Before the texts of a page or an entry shown in the source language (`{0}`).
    var shownInSource = "Shown in {0}, not yet translated:"
    /// The texts of an entry, as `shownInSource` lists them.
    var title = "title"
    var meaning = "meaning"
    var remedy = "remedy"
    /// The index: its headings, the catalogs table's columns, the filters and the code table's columns.
    var catalogs = "Catalogs"
    var catalogColumns = ["Catalog", "Entries", "Codes", "Categories", "Summary"]
    var everyCode = "Every code"
    var all = "All"
    var none = "none"
    var notStated = "not stated"
    var codeColumns = ["Code", "Name", "Catalog", "Category", "HTTP", "Retry", "Meaning"]
    var latestRelease = "Latest release"

    /// Words read from lines `key = value` (a list's items parted by `|`), English's where a key
    /// is absent.
    init(_ lines: String) {
        for line in lines.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            set(parts[0], parts[1])
        }
    }

    mutating func set(_ key: String, _ value: String) {
        let list = value.split(separator: "|").map(String.init)
        switch key {
        case "language": language = value
        case "whatHappened": whatHappened = value
        case "whatToDo": whatToDo = value
        case "parameters": parameters = value
        case "columns": columns = list
        case "example": example = value
        case "aliases": aliases = value
        case "category": category = value
        case "httpStatus": httpStatus = value
        case "retry": retry = value
        case "since": since = value
        case "notYetReleased": notYetReleased = value
        case "responseBody": responseBody = value
        case "inSwift": inSwift = value
        case "seeAlso": seeAlso = value
        case "notTranslated": notTranslated = value
        case "pageInSource": pageInSource = value
        case "shownInSource": shownInSource = value
        case "title": title = value
        case "meaning": meaning = value
        case "remedy": remedy = value
        case "catalogs": catalogs = value
        case "catalogColumns": catalogColumns = list
        case "everyCode": everyCode = value
        case "all": all = value
        case "none": none = value
        case "notStated": notStated = value
        case "codeColumns": codeColumns = list
        case "latestRelease": latestRelease = value
        default: preconditionFailure("unknown page label '\(key)'")
        }
    }

    /// The words of `locale`'s language (`de-CH` takes German's; `zh-Hant`, `zh-TW` and `zh-HK`
    /// Traditional Chinese's), English's when it has none here.
    static func of(_ locale: String) -> PageLabels {
        chosen.value(for: locale) { locale in
            let subtags = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.lowercased() }
            guard let language = subtags.first else { return PageLabels() }
            let traditional =
                language == "zh" && subtags.dropFirst().contains { ["hant", "tw", "hk", "mo"].contains($0) }
            return byLanguage[traditional ? "zh-hant" : language] ?? PageLabels()
        }
    }

    /// Each locale's words, chosen once: a page asks for them at every label it writes.
    private static let chosen = Memo<String, PageLabels>()

    /// An entry's texts `fields` as a note lists them (`title, remedy`).
    func list(_ fields: [EntryText]) -> String {
        fields.map { field in
            switch field {
            case .title: title
            case .meaning: meaning
            case .remedy: remedy
            }
        }.joined(separator: ", ")
    }

    /// `text` with `{0}` and `{1}` replaced by the names, in ``language``, of the languages
    /// `source` and `page`.
    func naming(_ text: String, source: String, page: String) -> String {
        text.replacingOccurrences(of: "{0}", with: DocsEmitter.languageName(source, in: language))
            .replacingOccurrences(of: "{1}", with: DocsEmitter.languageName(page, in: language))
    }

    static let byLanguage: [String: PageLabels] = [
        "de": PageLabels(
            """
            language = de
            whatHappened = Was passiert ist.
            whatToDo = Was zu tun ist.
            parameters = Parameter
            columns = Name|Typ|Beschreibung|Beispiel
            example = Beispiel
            aliases = Aliasse
            category = Kategorie
            httpStatus = HTTP-Status
            retry = Wiederholen
            since = Seit
            notYetReleased = noch nicht veröffentlicht
            responseBody = Antworttext
            inSwift = In Swift
            seeAlso = Siehe auch
            notTranslated = Nicht übersetzt
            pageInSource = Diese Seite ist noch nicht in diese Sprache übersetzt: sie wird auf {0} gezeigt.
            shownInSource = Auf {0} gezeigt, noch nicht übersetzt:
            title = Titel
            meaning = Bedeutung
            remedy = Abhilfe
            catalogs = Kataloge
            catalogColumns = Katalog|Einträge|Codes|Kategorien|Übersicht
            everyCode = Alle Codes
            all = Alle
            none = keiner
            notStated = nicht angegeben
            codeColumns = Code|Name|Katalog|Kategorie|HTTP|Wiederholen|Bedeutung
            latestRelease = Neueste Version
            """),
        "fr": PageLabels(
            """
            language = fr
            whatHappened = Ce qui s’est passé.
            whatToDo = Que faire.
            parameters = Paramètres
            columns = Nom|Type|Description|Exemple
            example = Exemple
            aliases = Alias
            category = Catégorie
            httpStatus = Statut HTTP
            retry = Nouvel essai
            since = Depuis
            notYetReleased = pas encore publié
            responseBody = Corps de la réponse
            inSwift = En Swift
            seeAlso = Voir aussi
            notTranslated = Non traduit
            pageInSource = Cette page n’est pas encore traduite dans cette langue : elle est affichée en {0}.
            shownInSource = Affiché en {0}, pas encore traduit :
            title = titre
            meaning = signification
            remedy = solution
            catalogs = Catalogues
            catalogColumns = Catalogue|Entrées|Codes|Catégories|Résumé
            everyCode = Tous les codes
            all = Tous
            none = aucun
            notStated = non précisé
            codeColumns = Code|Nom|Catalogue|Catégorie|HTTP|Nouvel essai|Signification
            latestRelease = Dernière version
            """),
        "es": PageLabels(
            """
            language = es
            whatHappened = Qué ha pasado.
            whatToDo = Qué hacer.
            parameters = Parámetros
            columns = Nombre|Tipo|Descripción|Ejemplo
            example = Ejemplo
            aliases = Alias
            category = Categoría
            httpStatus = Estado HTTP
            retry = Reintento
            since = Desde
            notYetReleased = aún no publicado
            responseBody = Cuerpo de la respuesta
            inSwift = En Swift
            seeAlso = Véase también
            notTranslated = Sin traducir
            pageInSource = Esta página aún no está traducida a este idioma: se muestra en {0}.
            shownInSource = Se muestra en {0}, aún sin traducir:
            title = título
            meaning = significado
            remedy = solución
            catalogs = Catálogos
            catalogColumns = Catálogo|Entradas|Códigos|Categorías|Resumen
            everyCode = Todos los códigos
            all = Todos
            none = ninguno
            notStated = sin indicar
            codeColumns = Código|Nombre|Catálogo|Categoría|HTTP|Reintento|Significado
            latestRelease = Última versión
            """),
        "it": PageLabels(
            """
            language = it
            whatHappened = Che cosa è successo.
            whatToDo = Che cosa fare.
            parameters = Parametri
            columns = Nome|Tipo|Descrizione|Esempio
            example = Esempio
            aliases = Alias
            category = Categoria
            httpStatus = Stato HTTP
            retry = Nuovo tentativo
            since = Da
            notYetReleased = non ancora pubblicato
            responseBody = Corpo della risposta
            inSwift = In Swift
            seeAlso = Vedi anche
            notTranslated = Non tradotto
            pageInSource = Questa pagina non è ancora tradotta in questa lingua: è mostrata in {0}.
            shownInSource = Mostrato in {0}, non ancora tradotto:
            title = titolo
            meaning = significato
            remedy = rimedio
            catalogs = Cataloghi
            catalogColumns = Catalogo|Voci|Codici|Categorie|Sommario
            everyCode = Tutti i codici
            all = Tutti
            none = nessuno
            notStated = non indicato
            codeColumns = Codice|Nome|Catalogo|Categoria|HTTP|Nuovo tentativo|Significato
            latestRelease = Ultima versione
            """),
        "pt": PageLabels(
            """
            language = pt
            whatHappened = O que aconteceu.
            whatToDo = O que fazer.
            parameters = Parâmetros
            columns = Nome|Tipo|Descrição|Exemplo
            example = Exemplo
            aliases = Aliases
            category = Categoria
            httpStatus = Status HTTP
            retry = Nova tentativa
            since = Desde
            notYetReleased = ainda não publicado
            responseBody = Corpo da resposta
            inSwift = Em Swift
            seeAlso = Veja também
            notTranslated = Não traduzido
            pageInSource = Esta página ainda não foi traduzida para este idioma: ela é mostrada em {0}.
            shownInSource = Mostrado em {0}, ainda não traduzido:
            title = título
            meaning = significado
            remedy = solução
            catalogs = Catálogos
            catalogColumns = Catálogo|Entradas|Códigos|Categorias|Resumo
            everyCode = Todos os códigos
            all = Todos
            none = nenhum
            notStated = não informado
            codeColumns = Código|Nome|Catálogo|Categoria|HTTP|Nova tentativa|Significado
            latestRelease = Versão mais recente
            """),
        "nl": PageLabels(
            """
            language = nl
            whatHappened = Wat er gebeurde.
            whatToDo = Wat te doen.
            parameters = Parameters
            columns = Naam|Type|Beschrijving|Voorbeeld
            example = Voorbeeld
            aliases = Aliassen
            category = Categorie
            httpStatus = HTTP-status
            retry = Opnieuw proberen
            since = Sinds
            notYetReleased = nog niet uitgebracht
            responseBody = Antwoordtekst
            inSwift = In Swift
            seeAlso = Zie ook
            notTranslated = Niet vertaald
            pageInSource = Deze pagina is nog niet in deze taal vertaald: ze wordt in het {0} getoond.
            shownInSource = In het {0} getoond, nog niet vertaald:
            title = titel
            meaning = betekenis
            remedy = oplossing
            catalogs = Catalogi
            catalogColumns = Catalogus|Items|Codes|Categorieën|Samenvatting
            everyCode = Alle codes
            all = Alle
            none = geen
            notStated = niet vermeld
            codeColumns = Code|Naam|Catalogus|Categorie|HTTP|Opnieuw proberen|Betekenis
            latestRelease = Nieuwste versie
            """),
        "pl": PageLabels(
            """
            language = pl
            whatHappened = Co się stało.
            whatToDo = Co zrobić.
            parameters = Parametry
            columns = Nazwa|Typ|Opis|Przykład
            example = Przykład
            aliases = Aliasy
            category = Kategoria
            httpStatus = Status HTTP
            retry = Ponowienie
            since = Od
            notYetReleased = jeszcze nie wydano
            responseBody = Treść odpowiedzi
            inSwift = W Swifcie
            seeAlso = Zobacz też
            notTranslated = Nieprzetłumaczone
            pageInSource = Ta strona nie jest jeszcze przetłumaczona na ten język: jest pokazana w oryginale ({0}).
            shownInSource = Pokazane w oryginale ({0}), jeszcze nieprzetłumaczone:
            title = tytuł
            meaning = znaczenie
            remedy = rozwiązanie
            catalogs = Katalogi
            catalogColumns = Katalog|Wpisy|Kody|Kategorie|Podsumowanie
            everyCode = Wszystkie kody
            all = Wszystkie
            none = brak
            notStated = nie podano
            codeColumns = Kod|Nazwa|Katalog|Kategoria|HTTP|Ponowienie|Znaczenie
            latestRelease = Najnowsze wydanie
            """),
        "ru": PageLabels(
            """
            language = ru
            whatHappened = Что произошло.
            whatToDo = Что делать.
            parameters = Параметры
            columns = Имя|Тип|Описание|Пример
            example = Пример
            aliases = Псевдонимы
            category = Категория
            httpStatus = HTTP-статус
            retry = Повтор
            since = С версии
            notYetReleased = ещё не выпущено
            responseBody = Тело ответа
            inSwift = В Swift
            seeAlso = См. также
            notTranslated = Не переведено
            pageInSource = Эта страница ещё не переведена на этот язык: \
            она показана на исходном языке ({0}).
            shownInSource = Показано на исходном языке ({0}), ещё не переведено:
            title = заголовок
            meaning = значение
            remedy = решение
            catalogs = Каталоги
            catalogColumns = Каталог|Записи|Коды|Категории|Описание
            everyCode = Все коды
            all = Все
            none = нет
            notStated = не указано
            codeColumns = Код|Имя|Каталог|Категория|HTTP|Повтор|Значение
            latestRelease = Последний выпуск
            """),
        "ja": PageLabels(
            """
            language = ja
            whatHappened = 何が起きたか。
            whatToDo = 対処方法。
            parameters = パラメーター
            columns = 名前|型|説明|例
            example = 例
            aliases = 別名
            category = カテゴリー
            httpStatus = HTTP ステータス
            retry = 再試行
            since = 導入
            notYetReleased = 未リリース
            responseBody = レスポンス本文
            inSwift = Swift では
            seeAlso = 関連項目
            notTranslated = 未翻訳
            pageInSource = このページはまだこの言語に翻訳されていません。\
            {0}で表示しています。
            shownInSource = {0}で表示、未翻訳:
            title = タイトル
            meaning = 意味
            remedy = 対処
            catalogs = カタログ
            catalogColumns = カタログ|項目|コード|カテゴリー|概要
            everyCode = すべてのコード
            all = すべて
            none = なし
            notStated = 指定なし
            codeColumns = コード|名前|カタログ|カテゴリー|HTTP|再試行|意味
            latestRelease = 最新リリース
            """),
        "zh": PageLabels(
            """
            language = zh
            whatHappened = 发生了什么。
            whatToDo = 如何处理。
            parameters = 参数
            columns = 名称|类型|说明|示例
            example = 示例
            aliases = 别名
            category = 类别
            httpStatus = HTTP 状态
            retry = 重试
            since = 起始版本
            notYetReleased = 尚未发布
            responseBody = 响应正文
            inSwift = 在 Swift 中
            seeAlso = 另请参阅
            notTranslated = 未翻译
            pageInSource = 本页尚未翻译成此语言：以{0}显示。
            shownInSource = 以{0}显示，尚未翻译：
            title = 标题
            meaning = 含义
            remedy = 处理方法
            catalogs = 目录
            catalogColumns = 目录|条目|代码|类别|摘要
            everyCode = 所有代码
            all = 全部
            none = 无
            notStated = 未说明
            codeColumns = 代码|名称|目录|类别|HTTP|重试|含义
            latestRelease = 最新版本
            """),
        "zh-hant": PageLabels(
            """
            language = zh-Hant
            whatHappened = 發生了什麼。
            whatToDo = 如何處理。
            parameters = 參數
            columns = 名稱|類型|說明|範例
            example = 範例
            aliases = 別名
            category = 類別
            httpStatus = HTTP 狀態
            retry = 重試
            since = 起始版本
            notYetReleased = 尚未發佈
            responseBody = 回應內文
            inSwift = 在 Swift 中
            seeAlso = 另請參閱
            notTranslated = 未翻譯
            pageInSource = 本頁尚未翻譯成此語言：以{0}顯示。
            shownInSource = 以{0}顯示，尚未翻譯：
            title = 標題
            meaning = 含義
            remedy = 處理方法
            catalogs = 目錄
            catalogColumns = 目錄|條目|代碼|類別|摘要
            everyCode = 所有代碼
            all = 全部
            none = 無
            notStated = 未說明
            codeColumns = 代碼|名稱|目錄|類別|HTTP|重試|含義
            latestRelease = 最新版本
            """),
    ]
}
