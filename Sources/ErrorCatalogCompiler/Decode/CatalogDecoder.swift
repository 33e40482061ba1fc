import ErrorCatalog
import Foundation

/// Turns one parsed file into a ``Catalog``, checking every field's presence, type and
/// range. Checks that relate entries to each other are ``CatalogValidator``'s.
struct CatalogDecoder {
    var reader: NodeReader
    /// Finds a byte of a string in the file, for problems inside messages; without the
    /// file's text, they are reported at their string.
    let locator: ScalarLocator?
    /// The plural rules of the catalog's language, which its messages' plurals are checked against.
    var rules = PluralRuleSet.english
    /// The catalog's language.
    var language = "en"
    /// The name the file's `catalog:` key gives, once decoded (also when the file has errors).
    var declaredName: String?

    init(document: YAMLDocument, source: [UInt8]? = nil) {
        reader = NodeReader(document: document)
        locator = source.map { ScalarLocator(source: $0, file: document.file) }
    }

    var diagnostics: DiagnosticList { reader.diagnostics }

    /// Where an entry's parts are written: the nodes the checks after decoding point at.
    struct EntrySource {
        var explicitName: (name: String, node: Int)?
        var explicitAnchor: (anchor: String, node: Int)?
        var codeNode: Int
        var categoryNode: Int?
        var httpNode: Int?
        var retryNode: Int?
        var catchAllNode: Int?
        /// Where each alias is written, alias for alias.
        var aliasNodes: [Int] = []
        /// Where `shared_code: true` is written, when it is.
        var sharedCodeNode: Int?
    }

    /// Decoded entries and, index for index, where each is written.
    struct Entries {
        var entries: [CatalogEntry] = []
        var sources: [EntrySource] = []

        mutating func append(_ decoded: consuming (entry: CatalogEntry, source: EntrySource)) {
            entries.append(decoded.entry)
            sources.append(decoded.source)
        }

        mutating func append(contentsOf other: consuming Entries) {
            if entries.isEmpty {
                self = other
            } else {
                entries.append(contentsOf: other.entries)
                sources.append(contentsOf: other.sources)
            }
        }
    }

    /// The entries at `items`, decoded in order; a large list is cut into one run per core,
    /// each decoded on its own core with its own diagnostics, and the runs are joined in
    /// order, so entries and diagnostics come out exactly as one pass gives them. The first
    /// run's arrays are reserved for every entry and the others are appended to them, each
    /// freed once appended, so the entries are not copied while they are joined.
    mutating func decodeEntries(_ items: [Int]) -> Entries {
        let runs = items.count >= Parallel.minimumEntries ? ProcessInfo.processInfo.activeProcessorCount : 1
        let size = (items.count + runs - 1) / max(runs, 1)
        var decoded = Parallel.map(runs, concurrently: runs > 1) { run -> (Entries, DiagnosticList) in
            var decoder = self
            decoder.reader.diagnostics = DiagnosticList()
            var entries = Entries()
            let range = min(items.count, run * size)..<min(items.count, (run + 1) * size)
            entries.entries.reserveCapacity(run == 0 ? items.count : range.count)
            entries.sources.reserveCapacity(run == 0 ? items.count : range.count)
            for item in items[range] {
                if let entry = decoder.decodeEntry(item) { entries.append(entry) }
            }
            return (entries, decoder.diagnostics)
        }
        decoded.reverse()
        var entries = Entries()
        while let (run, diagnostics) = decoded.popLast() {
            entries.append(contentsOf: run)
            reader.diagnostics.append(contentsOf: diagnostics)
        }
        return entries
    }

    /// The decoded catalog and where each entry is written, or `nil` when the file has no
    /// usable top level.
    mutating func decode() -> (catalog: Catalog, sources: [EntrySource])? {
        let document = reader.document
        guard let root = document.root, !reader.isNull(root) else {
            reader.diagnostics.error(
                "the file is empty; a catalog needs 'catalog', 'title' and 'errors'",
                at: SourceLocation(file: document.file, line: 1, column: 1))
            return nil
        }
        guard let fields = reader.fields(of: root, as: RootKey.self, context: "the catalog") else { return nil }
        let name = reader.requiredString(fields, .catalog, context: "the catalog")
        declaredName = name
        if let name, let node = fields[.catalog] { checkCatalogName(name, node: node) }
        let title = reader.requiredString(fields, .title, context: "the catalog")
        let summary = reader.optionalString(fields, .summary)
        let docsURL = reader.optionalString(fields, .docsURL)
        if let docsURL, let node = fields[.docsURL], docsURL.contains(where: { $0.isWhitespace || $0 == "#" }) {
            reader.diagnostics.error("'docs_url' must be a URL without spaces or '#'", at: reader.location(node))
        }
        let caseInsensitive = reader.optionalBool(fields, .caseInsensitive) ?? false
        let exhaustive = reader.optionalBool(fields, .exhaustive) ?? false
        let pipeline = reader.optionalString(fields, .pipeline)
        let locale = reader.optionalString(fields, .locale)
        if let locale, let node = fields[.locale] { useLocale(locale, node: node) }
        var categories: [CatalogCategory] = []
        for item in reader.optionalList(fields, .categories) ?? [] {
            if let category = decodeCategory(item) { categories.append(category) }
        }
        var response: ResponseFormat?
        if let node = fields[.response], !reader.isNull(node) { response = decodeResponse(node) }

        var entries = Entries()
        if let node = fields[.errors], !reader.isNull(node) {
            if let items = reader.optionalList(fields, .errors) {
                if items.isEmpty {
                    reader.diagnostics.error("'errors' must list at least one error", at: reader.location(node))
                }
                entries = decodeEntries(items)
            }
        } else {
            reader.diagnostics.error(
                "the catalog is missing required key 'errors'", at: reader.location(fields[.errors] ?? root))
        }
        guard let name, let title else { return nil }
        var catalog = Catalog(
            name: name, title: title, summary: summary, docsURL: docsURL, caseInsensitive: caseInsensitive,
            categories: categories, entries: entries.entries, response: response,
            location: reader.location(fields[.catalog] ?? root))
        catalog.isExhaustive = exhaustive
        catalog.pipeline = pipeline
        catalog.locale = locale.map(LocaleTag.canonical) ?? "en"
        if pipeline != nil, categories.isEmpty, let node = fields[.pipeline] {
            reader.diagnostics.error(
                "'pipeline' names the pipeline whose steps the categories are; declare the steps as 'categories'",
                at: reader.location(node))
        }
        return (catalog, entries.sources)
    }

    /// Takes `locale` as the catalog's language: its plural rules check the messages.
    mutating func useLocale(_ locale: String, node: Int) {
        guard LocaleTag.isWellFormed(locale) else {
            reader.diagnostics.error(
                "'\(locale)' is not a BCP 47 language tag such as 'en', 'pt-BR' or 'zh-Hans'", at: reader.location(node)
            )
            return
        }
        language = LocaleTag.canonical(locale)
        if let cldr = PluralRuleSet.cldr(language) {
            rules = cldr
        } else {
            rules = PluralRuleSet.other
            reader.diagnostics.warning(
                "CLDR has no plural rules for '\(locale)': every number of its plurals takes 'other'",
                at: reader.location(node))
        }
    }

    mutating func checkCatalogName(_ name: String, node: Int) {
        if !Naming.isIdentifier(name) || !(name.utf8.first.map(_ASCII.isUpper) ?? false) {
            let suggestion =
                Naming.lowerCamelCase(name).map { " such as '\($0.prefix(1).uppercased() + $0.dropFirst())'" } ?? ""
            reader.diagnostics.error(
                "catalog name '\(name)' is not an UpperCamelCase Swift identifier; use letters and digits\(suggestion)",
                at: reader.location(node))
        } else if Naming.swiftKeywords.contains(name) || ["ErrorCatalog", "Swift"].contains(name) {
            reader.diagnostics.error(
                "catalog name '\(name)' is reserved; choose another name", at: reader.location(node))
        }
    }

    mutating func decodeCategory(_ node: Int) -> CatalogCategory? {
        guard let fields = reader.fields(of: node, as: CategoryKey.self, context: "a category") else { return nil }
        let id = reader.requiredString(fields, .id, context: "a category")
        let title = reader.requiredString(fields, .title, context: "a category")
        let summary = reader.optionalString(fields, .summary)
        guard let id, let title else { return nil }
        let swiftName = Naming.lowerCamelCase(id)
        guard let swiftName, let first = id.utf8.first, _ASCII.isLetter(first),
            id.utf8.allSatisfy({
                _ASCII.isLetter($0) || _ASCII.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
            })
        else {
            reader.diagnostics.error(
                "category id '\(id)' must start with a letter and hold only letters, digits, '-' and '_'",
                at: reader.location(fields[.id] ?? node))
            return nil
        }
        return CatalogCategory(
            id: id, swiftName: swiftName, title: title, summary: summary, location: reader.location(node))
    }

    mutating func decodeEntry(_ node: Int) -> (entry: CatalogEntry, source: EntrySource)? {
        guard let fields = reader.fields(of: node, as: EntryKey.self, context: "an error entry") else { return nil }
        let code = reader.requiredString(fields, .code, context: "an error entry")
        let title = reader.optionalString(fields, .title)
        let meaning = reader.requiredString(fields, .meaning, context: "an error entry")
        let remedy = decodeRemedy(fields)
        let aliases = reader.optionalStringList(fields, .aliases) ?? []
        let category = reader.optionalString(fields, .category)
        let http = reader.optionalInteger(fields, .http)
        if let http, !(100...599).contains(http.value) {
            reader.diagnostics.error("HTTP status \(http.value) is outside 100–599", at: reader.location(http.node))
        }
        var retry: RetryBehavior?
        if let node = fields[.retry], !reader.isNull(node) { retry = decodeRetry(node) }
        var links: [ErrorLink] = []
        for item in reader.optionalList(fields, .links) ?? [] {
            if let link = decodeLink(item) { links.append(link) }
        }
        let deprecation = reader.optionalString(fields, .deprecated)
        let isFamily = reader.optionalBool(fields, .family) ?? false
        let isCatchAll = reader.optionalBool(fields, .catchAll) ?? false
        let sharesCode = reader.optionalBool(fields, .sharedCode) ?? false
        let breakingChange = reader.optionalString(fields, .breakingChange)
        let renamedFrom = reader.optionalString(fields, .renamedFrom)
        if let renamedFrom, let renamedNode = fields[.renamedFrom], !Naming.isIdentifier(renamedFrom) {
            reader.diagnostics.error(
                "'renamed_from' must be the entry's earlier Swift name, found '\(renamedFrom)'",
                at: reader.location(renamedNode))
        }

        let explicitName = decodeName(fields)
        let explicitAnchor = decodeAnchor(fields)
        let familyTailStart = isFamily ? code.flatMap { familyTail(of: $0, node: fields[.code] ?? node) } : nil
        if isCatchAll { checkCatchAll(fields, isFamily: isFamily, hasAliases: !aliases.isEmpty, node: node) }
        // An entry with a code takes part in the cross-entry checks (category, names,
        // anchors) even when other fields are missing, so one run reports every problem; the
        // missing fields are already reported and keep the catalog from being used.
        guard let code else { return nil }
        // Derived names and anchors are proposed here, while entries are decoded in
        // parallel; the validator settles collisions.
        var entry = CatalogEntry(
            code: code, name: explicitName?.0 ?? Naming.derivedCaseName(code: code, title: title),
            nameIsDerived: explicitName == nil, aliases: aliases.map(\.text),
            title: title, category: category, httpStatus: http?.value, meaning: meaning ?? "",
            remedy: remedy ?? .text(""),
            retry: retry,
            links: links, deprecation: deprecation, familyTailStart: familyTailStart, isCatchAll: isCatchAll,
            anchor: explicitAnchor?.0 ?? Naming.slug(code), location: reader.location(node))
        entry.renamedFrom = renamedFrom
        entry.breakingChange = breakingChange
        decodeMessages(fields, into: &entry)
        let source = EntrySource(
            explicitName: explicitName, explicitAnchor: explicitAnchor, codeNode: fields[.code] ?? node,
            categoryNode: fields[.category], httpNode: http?.node, retryNode: fields[.retry],
            catchAllNode: isCatchAll ? fields[.catchAll] : nil, aliasNodes: aliases.map(\.node),
            sharedCodeNode: sharesCode ? fields[.sharedCode] : nil)
        return (entry, source)
    }

    /// The catch-all matches every unknown code, so it is neither a family nor has aliases.
    mutating func checkCatchAll(_ fields: Fields<EntryKey>, isFamily: Bool, hasAliases: Bool, node: Int) {
        if isFamily {
            reader.diagnostics.error(
                "an entry cannot be both a family and the catch-all", at: reader.location(fields[.catchAll] ?? node))
        }
        if hasAliases {
            reader.diagnostics.error(
                "the catch-all entry matches every unknown code; remove its aliases",
                at: reader.location(fields[.aliases] ?? node))
        }
    }

    /// The entry's written Swift name and its node, when it is written and usable.
    mutating func decodeName(_ fields: Fields<EntryKey>) -> (String, Int)? {
        guard let name = reader.optionalString(fields, .name), let nameNode = fields[.name] else { return nil }
        if !Naming.isIdentifier(name) {
            let fixed = Naming.derivedCaseName(code: name, title: nil)
            let suggestion = Naming.isIdentifier(fixed) ? "; for example '\(fixed)'" : ""
            reader.diagnostics.error(
                "entry name '\(name)' is not a valid Swift identifier (letters, digits and '_', not starting with a "
                    + "digit)\(suggestion)",
                at: reader.location(nameNode))
        } else if Naming.metatypeNames.contains(name) {
            reader.diagnostics.error(
                "entry name '\(name)' cannot be used: 'Catalog.\(name)' always means the metatype in Swift; use a "
                    + "name such as '\(name.lowercased())' or '\(name.lowercased())Error'",
                at: reader.location(nameNode))
        } else if Naming.reservedCaseNames.contains(name) {
            reader.diagnostics.error(
                "entry name '\(name)' is reserved: every generated type has a member of that name",
                at: reader.location(nameNode))
        } else {
            return (name, nameNode)
        }
        return nil
    }

    /// The entry's written anchor and its node, when it is written and well formed.
    mutating func decodeAnchor(_ fields: Fields<EntryKey>) -> (String, Int)? {
        guard let anchor = reader.optionalString(fields, .anchor), let anchorNode = fields[.anchor] else { return nil }
        guard Naming.isAnchor(anchor) else {
            reader.diagnostics.error(
                "anchor '\(anchor)' must be lowercase letters and digits separated by single '-', such as "
                    + "'\(Naming.slug(anchor))'",
                at: reader.location(anchorNode))
            return nil
        }
        return (anchor, anchorNode)
    }

    /// Where the pattern of the family code `code` starts, or `nil` (reported) when it has none.
    mutating func familyTail(of code: String, node: Int) -> Int? {
        guard let start = _FamilyPattern.tailStart(of: Array(code.utf8)) else {
            reader.diagnostics.error(
                "family code '\(code)' must end in a pattern of digits and 'x', such as '5xx'",
                at: reader.location(node))
            return nil
        }
        return start
    }

    mutating func decodeRemedy(_ fields: Fields<EntryKey>) -> Remedy? {
        guard let node = fields[.remedy], reader.document[node].kind == .sequence else {
            return reader.requiredString(fields, .remedy, context: "an error entry").map(Remedy.text)
        }
        let steps = reader.optionalStringList(fields, .remedy) ?? []
        if steps.isEmpty {
            reader.diagnostics.error("'remedy' must not be an empty list", at: reader.location(node))
            return nil
        }
        return .steps(steps.map(\.text))
    }

    mutating func decodeRetry(_ node: Int) -> RetryBehavior? {
        let value = reader.document[node]
        if value.kind == .scalar {
            guard let text = reader.string(node, key: "retry"), let policy = policy(text, node: node) else {
                return nil
            }
            return RetryBehavior(policy: policy)
        }
        guard let fields = reader.fields(of: node, as: RetryKey.self, context: "'retry'") else { return nil }
        var policy: RetryBehavior.Policy?
        if let text = reader.requiredString(fields, .policy, context: "'retry'"), let policyNode = fields[.policy] {
            policy = self.policy(text, node: policyNode)
        }
        let attempts = reader.optionalInteger(fields, .attempts)
        if let attempts, attempts.value < 1 {
            reader.diagnostics.error("'attempts' must be at least 1", at: reader.location(attempts.node))
        }
        var window: Int?
        if let text = reader.optionalString(fields, .window), let windowNode = fields[.window] {
            window = DurationText.seconds(text)
            if window == nil || window == 0 {
                reader.diagnostics.error(
                    "'window' must be a duration such as '30s', '15m', '4h' or '1h30m', found '\(text)'",
                    at: reader.location(windowNode))
            }
        }
        let note = reader.optionalString(fields, .note)
        guard let policy else { return nil }
        return RetryBehavior(policy: policy, maxAttempts: attempts?.value, windowSeconds: window, note: note)
    }

    mutating func policy(_ text: String, node: Int) -> RetryBehavior.Policy? {
        if let policy = RetryBehavior.Policy(rawValue: text) { return policy }
        let names = RetryBehavior.Policy.allCases.map(\.rawValue)
        reader.diagnostics.error(
            "unknown retry policy '\(text)'; use one of "
                + "\(names.joined(separator: ", "))\(Spelling.hint(for: text, among: names))",
            at: reader.location(node))
        return nil
    }

    mutating func decodeLink(_ node: Int) -> ErrorLink? {
        guard let fields = reader.fields(of: node, as: LinkKey.self, context: "a link") else { return nil }
        let title = reader.requiredString(fields, .title, context: "a link")
        let url = reader.optionalString(fields, .url)
        if let url, let urlNode = fields[.url], url.contains(where: \.isWhitespace) {
            reader.diagnostics.error("link URL must not contain spaces", at: reader.location(urlNode))
        }
        return title.map { ErrorLink(title: $0, url: url) }
    }

    mutating func decodeResponse(_ node: Int) -> ResponseFormat? {
        guard let fields = reader.fields(of: node, as: ResponseKey.self, context: "'response'") else { return nil }
        let summary = reader.optionalString(fields, .summary)
        let example = reader.optionalString(fields, .example)
        var seen: [String: Int] = [:]
        let items = reader.optionalList(fields, .fields) ?? []
        if fields[.fields] == nil {
            reader.diagnostics.error("'response' is missing required key 'fields'", at: reader.location(node))
        }
        var members: [ResponseFormat.Field] = []
        for item in items {
            guard let itemFields = reader.fields(of: item, as: ResponseFieldKey.self, context: "a response field")
            else { continue }
            let name = reader.requiredString(itemFields, .name, context: "a response field")
            let typeName = reader.requiredString(itemFields, .type, context: "a response field")
            let description = reader.optionalString(itemFields, .description)
            let required = reader.optionalBool(itemFields, .required) ?? true
            var type: ResponseFormat.FieldType?
            if let typeName {
                type = ResponseFormat.FieldType(rawValue: typeName)
                if type == nil {
                    let names = ResponseFormat.FieldType.allCases.map(\.rawValue)
                    reader.diagnostics.error(
                        "unknown field type '\(typeName)'; use one of \(names.joined(separator: ", "))",
                        at: reader.location(itemFields[.type]!))
                }
            }
            guard let name, let type else { continue }
            guard let swiftName = Naming.lowerCamelCase(name), let first = swiftName.utf8.first, !_ASCII.isDigit(first)
            else {
                reader.diagnostics.error(
                    "response field name '\(name)' has no letters to name a property after", at: reader.location(item))
                continue
            }
            if let first = seen[swiftName] {
                reader.diagnostics.error(
                    "response field '\(name)' maps to property '\(swiftName)' like an earlier field",
                    at: reader.location(item),
                    notes: [Diagnostic(.note, "the earlier field", at: reader.location(first))])
                continue
            }
            seen[swiftName] = item
            members.append(
                ResponseFormat.Field(
                    name: name, swiftName: swiftName, type: type, description: description, required: required))
        }
        if members.filter({ $0.type == .code }).count > 1 {
            reader.diagnostics.error("a response has at most one field of type 'code'", at: reader.location(node))
        }
        return ResponseFormat(summary: summary, example: example, fields: members)
    }
}
