import ErrorCatalog

extension TranslationChecker {
    /// One entry's translation checked against its source entry; with parameters, each text
    /// is compiled against them and the translation's plural rules.
    mutating func check(
        _ entry: EntryTranslation, of source: CatalogEntry, sites: [EntryText: YAMLNode], locator: ScalarLocator?,
        translation: CatalogTranslation
    ) -> EntryTranslation {
        var entry = entry
        if entry.title != nil, source.title == nil {
            diagnostics.error("'\(source.name)' has no title to translate; remove 'title'", at: entry.title!.location)
        }
        if let remedy = entry.remedy, let first = remedy.first {
            let steps = source.remedy.steps.count
            if entry.remedyIsSteps != (steps > 0) || (steps > 0 && remedy.count != steps) {
                let want = steps > 0 ? "\(steps) step\(steps == 1 ? "" : "s")" : "one text, not steps"
                let found = entry.remedyIsSteps ? "\(remedy.count) step\(remedy.count == 1 ? "" : "s")" : "one text"
                diagnostics.error(
                    "the remedy of '\(source.name)' is \(want) in the source; its translation has \(found)",
                    at: first.location)
            }
        }
        guard let messages = source.messages else { return entry }
        let kinds = Dictionary(source.parameters.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        func compile(_ text: TranslatedText?, _ which: EntryText) -> TranslatedText? {
            guard var text else { return nil }
            var parser = MessageParser(
                text.text, parameters: kinds, rules: translation.pluralRules, language: translation.locale)
            text.message = parser.parse()
            let node = sites[which]
            func location(_ offset: Int) -> SourceLocation {
                guard let node, let locator else { return text.location }
                return locator.location(of: offset, in: ArraySlice(text.text.utf8), node: node)
            }
            for issue in parser.issues {
                if issue.isError {
                    diagnostics.error(issue.message, at: location(issue.offset))
                } else {
                    diagnostics.warning(issue.message, at: location(issue.offset))
                }
            }
            // A remedy of another shape (already reported) has no source text to compare with.
            let wanted = which.message(in: messages)?.parameterNames ?? []
            let left = wanted.filter { !parser.used.contains($0) }
            if !left.isEmpty, text.message != nil {
                diagnostics.warning(
                    "the translation leaves out "
                        + "\(left.map { "{\($0)}" }.joined(separator: ", ")), which the source's text shows",
                    at: text.location)
            }
            return text
        }
        entry.title = compile(entry.title, .title)
        entry.meaning = compile(entry.meaning, .meaning)
        let steps = entry.remedyIsSteps
        entry.remedy = entry.remedy?.enumerated().compactMap {
            compile($0.element, .remedy(step: steps ? $0.offset : nil))
        }
        return entry
    }
}
