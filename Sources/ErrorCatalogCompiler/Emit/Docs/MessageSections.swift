import ErrorCatalog

extension CatalogPage {
    /// The parameters of an entry with parameters: name, type, description and the example
    /// value its rendered example uses.
    func writeParameters(_ parameters: [EntryParameter], into page: inout PageWriter) {
        page.raw(
            "**\(labels.parameters):**\n\n| " + labels.columns.joined(separator: " | ") + " |\n|---|---|---|---|\n")
        for parameter in parameters {
            page.raw("| ")
            page.code(parameter.name)
            page.raw(" | \(parameter.kind) | ")
            page.cell(parameter.description ?? "")
            page.raw(" | ")
            page.code(parameter.example.description)
            page.raw(" |\n")
        }
        page.raw("\n")
    }

    /// A message with its placeholders marked: literal text as Markdown, each `{name}`,
    /// `plural` and `select` as code in ICU MessageFormat.
    func writeTemplate(_ message: Message, into page: inout PageWriter) {
        for part in message.parts {
            switch part {
            case .text(let text): page.cell(text)
            case .argument(let name): page.code("{\(name)}")
            case .pound: page.raw("#")
            case .plural, .ordinal, .select, .number, .date: page.code(Message([part]).icuText)
            }
        }
    }

    /// The meaning (and remedy) of an entry with parameters: each template, then the texts
    /// rendered with the parameters' examples.
    func writeMessages(_ entry: CatalogEntry, _ messages: EntryMessages, into page: inout PageWriter) {
        writeParameters(entry.parameters, into: &page)
        page.raw("**\(labels.whatHappened)** ")
        writeTemplate(messages.meaning, into: &page)
        page.raw("\n\n")
        if messages.remedyIsSteps {
            page.raw("**\(labels.whatToDo)**\n\n")
            for (position, step) in messages.remedy.enumerated() {
                page.raw("\(position + 1). ")
                writeTemplate(step, into: &page)
                page.raw("\n")
            }
            page.raw("\n")
        } else if let remedy = messages.remedy.first {
            page.raw("**\(labels.whatToDo)** ")
            writeTemplate(remedy, into: &page)
            page.raw("\n\n")
        }
        let arguments = entry.exampleArguments
        page.raw("**\(labels.example):** ")
        page.cell(messages.meaning.rendered(arguments, rules: catalog.pluralRules, locale: catalog.locale))
        page.raw("\n\n")
    }
}
