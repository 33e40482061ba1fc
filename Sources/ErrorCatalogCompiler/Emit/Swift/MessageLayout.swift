import ErrorCatalog

/// The texts an entry shows without arguments: as written for fixed texts, and for an entry
/// with parameters each message rendered with none (placeholders as `{name}`).
struct EntryTexts {
    var title: String?
    var meaning: String
    var remedy: String
    var steps: [String]

    init(_ entry: CatalogEntry, rules: PluralRuleSet) {
        guard let messages = entry.messages else {
            self.init(title: entry.title, meaning: entry.meaning, remedy: entry.remedy.text, steps: entry.remedy.steps)
            return
        }
        let texts = messages.tableTexts.map { $0?.rendered(EntryMessages.noArguments, rules: rules) }
        self.init(
            title: texts[0], meaning: texts[1] ?? "", remedy: texts[2] ?? "", steps: texts.dropFirst(3).map { $0 ?? "" }
        )
    }

    init(title: String?, meaning: String, remedy: String, steps: [String]) {
        self.title = title
        self.meaning = meaning
        self.remedy = remedy
        self.steps = steps
    }
}

extension TableLayout {
    /// Adds an entry's message record (see ``MessageRecord``) and returns its start.
    /// `texts` are title, meaning, remedy and steps (see `EntryMessages.tableTexts`); a `nil`
    /// text is one the record does not have (its bounds are 0).
    mutating func addMessage(_ texts: [Message?], parameters: [EntryParameter]) -> Int {
        let start = self.messages.count
        self.messages += MessageRecord.encode(texts, parameters: parameters) { intern($0) }
        return start
    }
}
