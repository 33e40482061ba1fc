import ErrorCatalog
import Foundation

/// Reads a ledger's text back into a ``Ledger``. Anything the writer would not have written
/// (a hand edit, merge-conflict markers, a truncated file) is a located error; the reader
/// never guesses and never repairs.
public enum LedgerReader {
    /// The default file name of a folder's ledger.
    public static let defaultFileName = "catalog.ledger"

    /// The ledger in `bytes`, or `nil` with every problem in `diagnostics`.
    public static func read(_ bytes: [UInt8], file: String, diagnostics: inout DiagnosticList) -> Ledger? {
        var parser = Parser(file: file)
        bytes.withUnsafeBufferPointer { parser.parse($0) }
        diagnostics.append(contentsOf: parser.diagnostics)
        return parser.diagnostics.hasErrors ? nil : parser.ledger
    }

    /// Line by line over the bytes.
    struct Parser {
        let file: String
        var ledger = Ledger()
        var diagnostics = DiagnosticList()
        var sawHeader = false
        var catalogNames: Set<String> = []
        var line = 0
        var lineStart = 0
        var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

        init(file: String) { self.file = file }

        mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            guard String(validating: bytes, as: UTF8.self) != nil else {
                diagnostics.error("the ledger is not valid UTF-8", at: SourceLocation(file: file, line: 1, column: 1))
                return
            }
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                line += 1
                lineStart = start
                parseLine(start, end)
                start = end + 1
            }
            if !sawHeader {
                diagnostics.error(
                    "this is not an errcat ledger: it has no 'errcat-ledger \(LedgerWriter.formatVersion)' line",
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
            finishCatalog()
        }

        func location(_ offset: Int) -> SourceLocation {
            SourceLocation(
                file: file, line: line, column: TextPosition.column(of: offset, lineStart: lineStart, in: bytes))
        }

        mutating func error(_ message: String, at offset: Int) { diagnostics.error(message, at: location(offset)) }

        mutating func parseLine(_ start: Int, _ end: Int) {
            var cursor = Cursor(bytes: bytes, position: start, end: end)
            cursor.skipSpaces()
            guard !cursor.atEnd, cursor.peek != UInt8(ascii: "#") else { return }
            for marker in ["<<<<<<<", "=======", ">>>>>>>", "|||||||"] where cursor.starts(with: marker) {
                error(
                    "merge-conflict marker in the ledger: both branches released; keep the side with the later "
                        + "release, put the other side's YAML changes back into the catalogs, and run 'errcat "
                        + "release' again",
                    at: cursor.position)
                return
            }
            let keywordStart = cursor.position
            let keyword = cursor.word()
            if !sawHeader, keyword != "errcat-ledger" {
                error(
                    "this is not an errcat ledger: it must start with 'errcat-ledger \(LedgerWriter.formatVersion)'",
                    at: keywordStart)
                sawHeader = true
                return
            }
            switch keyword {
            case "errcat-ledger":
                let versionStart = cursor.position
                if sawHeader {
                    error("a second 'errcat-ledger' line", at: keywordStart)
                } else if cursor.word() != String(LedgerWriter.formatVersion) {
                    error(
                        "ledger format version must be \(LedgerWriter.formatVersion); a newer errcat wrote this ledger",
                        at: versionStart)
                }
                sawHeader = true
            case "release": parseRelease(&cursor, keywordStart)
            case "change": parseChange(&cursor)
            case "catalog": parseCatalog(&cursor, keywordStart)
            case "entry": parseEntry(&cursor, keywordStart)
            default:
                error(
                    "unknown line '\(keyword)'; a ledger has release, change, catalog and entry lines", at: keywordStart
                )
            }
        }

        mutating func version(_ cursor: inout Cursor, what: String) -> SemanticVersion? {
            let start = cursor.position
            let text = cursor.word()
            guard let version = SemanticVersion(text) else {
                error("\(what) '\(text)' is not a version such as 1.4.0", at: start)
                return nil
            }
            return version
        }

        /// The releases by their text, so entries' versions are looked up rather than parsed.
        var releaseTexts: [String: SemanticVersion] = [:]

        mutating func releasedVersion(_ text: String, at offset: Int, what: String) -> SemanticVersion? {
            if let version = releaseTexts[text] { return version }
            guard let version = SemanticVersion(text) else {
                error("\(what) '\(text)' is not a version such as 1.4.0", at: offset)
                return nil
            }
            guard ledger.releases.contains(version) else {
                error("\(what) '\(text)' is not a release of this ledger", at: offset)
                return nil
            }
            return version
        }

        mutating func parseRelease(_ cursor: inout Cursor, _ start: Int) {
            guard ledger.catalogs.isEmpty, ledger.changes.isEmpty, current == nil else {
                error("release lines come before change and catalog lines", at: start)
                return
            }
            guard let version = version(&cursor, what: "release") else { return }
            if let last = ledger.latest, !(last < version) {
                error("release \(version) is not above the release before it (\(last))", at: start)
                return
            }
            ledger.releases.append(version)
            releaseTexts[version.description] = version
        }

        mutating func parseChange(_ cursor: inout Cursor) {
            let versionStart = cursor.position
            let versionText = cursor.word()
            guard let version = releasedVersion(versionText, at: versionStart, what: "change release") else { return }
            let catalog = cursor.word()
            let idStart = cursor.position
            guard let id = Int(cursor.word()), id > 0 else {
                error("a change names the entry's id, a positive number", at: idStart)
                return
            }
            let ruleStart = cursor.position
            let ruleText = cursor.word()
            guard let rule = ChangeRule(rawValue: ruleText) else {
                error("unknown change rule '\(ruleText)'", at: ruleStart)
                return
            }
            var change = RecordedChange(version: version, catalog: catalog, id: id, rule: rule, name: "")
            var sawName = false
            parseFields(&cursor) { parser, key, value, offset in
                switch (key, value) {
                case ("name", .bare(let name)):
                    change.name = name
                    sawName = true
                case ("old", .quoted(let text)): change.old = text
                case ("new", .quoted(let text)): change.new = text
                case ("note", .quoted(let text)): change.note = text
                default: parser.unexpected(key, value, at: offset, known: ["name", "old", "new", "note"])
                }
            }
            if !sawName { error("a change needs name=", at: ruleStart) }
            ledger.changes.append(change)
        }

        var current: (catalog: LedgerCatalog, lastID: Int, names: [String: Int])?

        mutating func finishCatalog() {
            guard let current else { return }
            ledger.catalogs.append(current.catalog)
            self.current = nil
        }

        mutating func parseCatalog(_ cursor: inout Cursor, _ start: Int) {
            finishCatalog()
            let nameStart = cursor.position
            let name = cursor.word()
            guard Naming.isIdentifier(name) else {
                error("catalog name '\(name)' is not a Swift identifier", at: nameStart)
                return
            }
            if !catalogNames.insert(name).inserted {
                error("catalog '\(name)' appears twice in the ledger", at: nameStart)
            }
            if let last = ledger.catalogs.last, !(last.name < name) {
                error("catalogs are sorted by name; '\(name)' comes after '\(last.name)'", at: nameStart)
            }
            var nextID: Int?
            parseFields(&cursor) { parser, key, value, offset in
                if key == "next", case .bare(let text) = value, let number = Int(text), number > 0 {
                    nextID = number
                } else {
                    parser.unexpected(key, value, at: offset, known: ["next"])
                }
            }
            guard let nextID else {
                error("a catalog line needs next=N, one more than the highest id issued", at: start)
                return
            }
            current = (LedgerCatalog(name: name, nextID: nextID, entries: [], location: location(start)), 0, [:])
        }

        /// An entry line's fields as read so far.
        struct EntryDraft {
            var entry: LedgerEntry
            var name: String?
            var code: String?
            var since: SemanticVersion?
            var retryPolicy: RetryBehavior.Policy?
            var attempts: Int?
            var window: Int?
            var retryNote: String?
        }

        mutating func parseEntry(_ cursor: inout Cursor, _ start: Int) {
            guard current != nil else {
                error("an entry line before any catalog line", at: start)
                return
            }
            guard let id = entryID(&cursor) else { return }
            var draft = EntryDraft(
                entry: LedgerEntry(
                    id: id, name: "", code: "", since: Self.placeholderVersion, location: location(start)))
            parseFields(&cursor) { parser, key, value, offset in parser.read(key, value, at: offset, into: &draft) }
            finish(draft, start: start)
        }

        /// The id that starts an entry line, checked to follow the one before and to have been issued.
        mutating func entryID(_ cursor: inout Cursor) -> Int? {
            let idStart = cursor.position
            guard let id = Int(cursor.word()), id > 0 else {
                error("an entry line starts with the entry's id, a positive number", at: idStart)
                return nil
            }
            let lastID = current!.lastID
            let nextID = current!.catalog.nextID
            if id <= lastID {
                error(
                    "entry id \(id) is not above the id before it (\(lastID)); ids are written in order and never "
                        + "change: was the ledger edited by hand?",
                    at: idStart)
                return nil
            }
            if id >= nextID {
                error(
                    "entry id \(id) was never issued: this catalog's ids end below next=\(nextID); was the ledger "
                        + "edited by hand?",
                    at: idStart)
                return nil
            }
            return id
        }

        /// Reads one `key=value` field of an entry line into `draft`.
        mutating func read(_ key: String, _ value: Value, at offset: Int, into draft: inout EntryDraft) {
            switch (key, value) {
            case ("name", .bare(let text)) where Naming.isIdentifier(text): draft.name = text
            case ("since", .bare(let text)): draft.since = releasedVersion(text, at: offset, what: "since")
            case ("removed", .bare(let text)): draft.entry.removed = releasedVersion(text, at: offset, what: "removed")
            case ("code", .quoted(let text)): draft.code = text
            case ("aliases", .list(let items)): draft.entry.aliases = items
            case ("kind", .bare(let text)) where LedgerEntry.Kind(rawValue: text) != nil:
                draft.entry.kind = LedgerEntry.Kind(rawValue: text)!
            case ("anchor", .bare(let text))
            where !text.isEmpty
                && text.utf8.allSatisfy({ _ASCII.isLower($0) || _ASCII.isDigit($0) || $0 == UInt8(ascii: "-") }):
                draft.entry.anchor = text
            case ("category", .quoted(let text)): draft.entry.category = text
            case ("http", .bare(let text)) where Int(text).map { (100...599).contains($0) } == true:
                draft.entry.httpStatus = Int(text)
            case ("retry", .bare(let text)) where RetryBehavior.Policy(rawValue: text) != nil:
                draft.retryPolicy = RetryBehavior.Policy(rawValue: text)
            case ("attempts", .bare(let text)) where Int(text).map { $0 > 0 } == true: draft.attempts = Int(text)
            case ("window", .bare(let text)) where Int(text).map { $0 > 0 } == true: draft.window = Int(text)
            case ("retry_note", .quoted(let text)): draft.retryNote = text
            case ("former", .list(let items)): draft.entry.formerNames += formerNames(items, at: offset)
            case ("deprecated", .quoted(let text)): draft.entry.deprecation = text
            case ("title", .quoted(let text)): draft.entry.title = text
            case ("meaning", .quoted(let text)): draft.entry.meaning = text
            case ("remedy", .quoted(let text)): draft.entry.remedy = text
            case ("params", .list(let items)) where items.allSatisfy(LedgerEntry.isParameterText):
                draft.entry.parameters = items
            case ("params", .list(let items)):
                let types = MessageParameter.Kind.allCases.map(\.description).joined(separator: ", ")
                let item = items.first { !LedgerEntry.isParameterText($0) } ?? ""
                error("'params' holds 'name:type' items, the type one of \(types); found '\(item)'", at: offset)
            default: unexpected(key, value, at: offset, known: Self.entryFields)
            }
        }

        /// The `name@version` items of a `former=` list.
        mutating func formerNames(_ items: [String], at offset: Int) -> [FormerName] {
            var names: [FormerName] = []
            for item in items {
                let parts = item.split(separator: "@", maxSplits: 1).map(String.init)
                guard parts.count == 2, Naming.isIdentifier(parts[0]),
                    let version = releasedVersion(parts[1], at: offset, what: "rename release")
                else {
                    if item.split(separator: "@").count != 2 {
                        error("former names are written name@version", at: offset)
                    }
                    continue
                }
                names.append(FormerName(name: parts[0], renamedIn: version))
            }
            return names
        }

        /// Checks a read entry line as a whole and adds the entry to the current catalog.
        mutating func finish(_ draft: EntryDraft, start: Int) {
            var entry = draft.entry
            let id = entry.id
            guard let name = draft.name, let code = draft.code, let since = draft.since else {
                error("an entry needs name=, since= and code=", at: start)
                return
            }
            if let removed = entry.removed, !(since < removed) {
                error("entry \(id) is removed in \(removed), not after it was introduced in \(since)", at: start)
            }
            if draft.retryPolicy == nil, draft.attempts != nil || draft.window != nil || draft.retryNote != nil {
                error("attempts, window and retry_note need retry=", at: start)
            }
            entry.retry = draft.retryPolicy.map {
                RetryBehavior(
                    policy: $0, maxAttempts: draft.attempts, windowSeconds: draft.window, note: draft.retryNote)
            }
            (entry.name, entry.code, entry.since) = (name, code, since)
            if entry.removed == nil {
                if let other = current!.names[name] {
                    error("two live entries (ids \(other) and \(id)) are named '\(name)'", at: start)
                }
                current!.names[name] = id
            }
            current!.lastID = id
            current!.catalog.entries.append(entry)
        }

        static let placeholderVersion = SemanticVersion("0.0.0")!
        static let entryFields = [
            "name", "since", "removed", "code", "aliases", "kind", "anchor", "category", "http", "retry", "attempts",
            "window",
            "retry_note", "former", "deprecated", "title", "meaning", "remedy", "params",
        ]

        enum Value {
            case bare(String)
            case quoted(String)
            case list([String])

            var shape: String {
                switch self {
                case .bare(let text): "'\(text)'"
                case .quoted: "a quoted string"
                case .list: "a list"
                }
            }
        }

        mutating func unexpected(_ key: String, _ value: Value, at offset: Int, known: [String]) {
            if known.contains(key) {
                error("'\(key)' cannot be \(value.shape)", at: offset)
            } else {
                error("unknown field '\(key)'\(Spelling.hint(for: key, among: known))", at: offset)
            }
        }

        /// Reads `key=value` fields to the end of the line, calling `handle` with each.
        mutating func parseFields(_ cursor: inout Cursor, _ handle: (inout Parser, String, Value, Int) -> Void) {
            // A line has a handful of fields: a list beats hashing them.
            var seen: [String] = []
            while true {
                cursor.skipSpaces()
                guard !cursor.atEnd else { return }
                let start = cursor.position
                guard let equals = bytes[start..<cursor.end].firstIndex(of: UInt8(ascii: "=")), equals > start,
                    !bytes[start..<equals].contains(UInt8(ascii: " "))
                else {
                    error("expected key=value", at: start)
                    return
                }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<equals]), as: UTF8.self)
                cursor.position = equals + 1
                let valueStart = cursor.position
                let value: Value
                do {
                    value = try cursor.value()
                } catch {
                    self.error(error.message, at: error.offset)
                    return
                }
                if seen.contains(key) {
                    self.error("'\(key)' appears twice on the line", at: start)
                    continue
                }
                seen.append(key)
                handle(&self, key, value, valueStart)
                if !cursor.atEnd, cursor.peek != UInt8(ascii: " ") {
                    error("expected a space after the value of '\(key)'", at: cursor.position)
                    return
                }
            }
        }
    }

    /// A position within one line.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int

        var atEnd: Bool { position >= end }
        var peek: UInt8 { bytes[position] }

        mutating func skipSpaces() {
            while position < end, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\r") {
                position += 1
            }
        }

        func starts(with text: String) -> Bool {
            let utf8 = Array(text.utf8)
            return end - position >= utf8.count && bytes[position..<position + utf8.count].elementsEqual(utf8)
        }

        /// The run of non-space bytes at the cursor (after any spaces).
        mutating func word() -> String {
            skipSpaces()
            let start = position
            while position < end, bytes[position] != UInt8(ascii: " "), bytes[position] != UInt8(ascii: "\r") {
                position += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        mutating func value() throws(JSONString.ReadError) -> Parser.Value {
            guard !atEnd else { return .bare("") }
            switch peek {
            case UInt8(ascii: "\""):
                let (text, next) = try JSONString.read(UnsafeBufferPointer(rebasing: bytes[..<end]), from: position)
                position = next
                return .quoted(text)
            case UInt8(ascii: "["):
                var items: [String] = []
                position += 1
                if !atEnd, peek == UInt8(ascii: "]") {
                    position += 1
                    return .list(items)
                }
                while true {
                    guard !atEnd, peek == UInt8(ascii: "\"") else {
                        throw JSONString.ReadError(
                            message: "a list holds quoted strings separated by ','", offset: position)
                    }
                    let (text, next) = try JSONString.read(UnsafeBufferPointer(rebasing: bytes[..<end]), from: position)
                    items.append(text)
                    position = next
                    guard !atEnd else {
                        throw JSONString.ReadError(message: "a list is not closed with ']'", offset: position)
                    }
                    if peek == UInt8(ascii: "]") {
                        position += 1
                        return .list(items)
                    }
                    guard peek == UInt8(ascii: ",") else {
                        throw JSONString.ReadError(
                            message: "a list holds quoted strings separated by ','", offset: position)
                    }
                    position += 1
                }
            default:
                return .bare(word())
            }
        }
    }
}

extension LedgerReader {
    /// Where the ledger of catalogs named by `paths` is by default: `catalog.ledger` in the
    /// first path when it is a folder, else beside the first file.
    public static func defaultPath(for paths: [String]) -> String {
        let first = paths.first ?? "."
        var isDirectory: ObjCBool = false
        let folder =
            FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory) && isDirectory.boolValue
            ? first : (first as NSString).deletingLastPathComponent
        return ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(defaultFileName)
    }

    /// The ledger at `path`; an empty ledger when there is no such file and `required` is
    /// false; `nil` with diagnostics when it cannot be read.
    public static func load(_ path: String, required: Bool = false, diagnostics: inout DiagnosticList) -> Ledger? {
        guard FileManager.default.fileExists(atPath: path) else {
            if required { diagnostics.error("no ledger at \(path)", at: nil) }
            return required ? nil : Ledger()
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error("cannot read the ledger \(path)", at: nil)
            return nil
        }
        return read([UInt8](data), file: path, diagnostics: &diagnostics)
    }
}
