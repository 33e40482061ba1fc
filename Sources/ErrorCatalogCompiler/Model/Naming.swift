import ErrorCatalog

/// Rules for Swift names and documentation anchors derived from catalog text.
public enum Naming {
    /// Words Swift reserves in some position; generated code wraps them in backticks.
    public static let swiftKeywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if",
        "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil",
        "self", "Self", "super", "throws", "true", "try", "Type", "Protocol", "some", "any", "async", "actor", "each",
        "macro", "copy", "consume", "discard", "then", "get", "set", "willSet", "didSet",
    ]

    /// Case names that would clash with members every generated type has.
    public static let reservedCaseNames: Set<String> = [
        "allCases", "catchAll", "catalogName", "catalogTitle", "docsBaseURL", "Category", "Response", "_tables",
        "_index", "_allCases", "numericID", "_numericIDs", "_renamed",
    ]

    /// Case names an app cannot reach as `Foo.name`: `Foo.Type` and `Foo.Protocol` always mean
    /// the metatype, backticks or not.
    public static let metatypeNames: Set<String> = ["Type", "Protocol"]

    /// Whether `name` is an ASCII Swift identifier (`[A-Za-z_][A-Za-z0-9_]*`, not `_`).
    public static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name != "_" else { return false }
        return isIdentifierStart(first) && name.utf8.allSatisfy { isIdentifierStart($0) || _ASCII.isDigit($0) }
    }

    /// Whether `name` is a lowerCamelCase identifier: an ASCII lowercase letter, then ASCII
    /// letters and digits (a message parameter's name).
    public static func isLowerCamelIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, _ASCII.isLower(first) else { return false }
        return name.utf8.allSatisfy { _ASCII.isLetter($0) || _ASCII.isDigit($0) }
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool { _ASCII.isLetter(byte) || byte == UInt8(ascii: "_") }

    /// `name` as Swift source: in backticks when it is a keyword.
    public static func swiftIdentifier(_ name: String) -> String {
        swiftKeywords.contains(name) ? "`\(name)`" : name
    }

    /// `name` as an argument label at a call site, where only `inout`, `var` and `let` need
    /// backticks (swiftc warns of any other escaped keyword there).
    public static func argumentLabel(_ name: String) -> String {
        ["inout", "var", "let"].contains(name) ? "`\(name)`" : name
    }

    /// The words of `text`: runs of ASCII letters and digits, also split where a lowercase
    /// letter or digit meets an uppercase one (`categoryPreferences` → `category`, `Preferences`)
    /// and where an acronym ends (`ConnectorAPIError` → `Connector`, `API`, `Error`).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        for (position, byte) in bytes.enumerated() {
            guard _ASCII.isLetter(byte) || _ASCII.isDigit(byte) else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current = []
                continue
            }
            let next = position + 1 < bytes.count ? bytes[position + 1] : 0
            if _ASCII.isUpper(byte), let last = current.last,
                _ASCII.isLower(last) || _ASCII.isDigit(last) || (_ASCII.isUpper(last) && _ASCII.isLower(next))
            {
                words.append(String(decoding: current, as: UTF8.self))
                current = []
            }
            current.append(byte)
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// `lowerCamelCase` of `text` (`BAD_REQUEST` and `bad_request` → `badRequest`), or `nil`
    /// when `text` has no ASCII letter or digit.
    public static func lowerCamelCase(_ text: String) -> String? {
        let parts = words(text)
        guard !parts.isEmpty else { return nil }
        return parts.enumerated().map { index, word in
            let lowered = word.lowercased()
            guard index > 0 else { return lowered }
            return lowered.prefix(1).uppercased() + lowered.dropFirst()
        }.joined()
    }

    /// The case name derived for an entry without `name:`: from the code; from the title when
    /// the code has no letter; `code` + digits as a last resort.
    /// A derived name that every generated type already uses as a member (`allCases`) or
    /// that Swift reads as the metatype gets `Entry` appended.
    public static func derivedCaseName(code: String, title: String?) -> String {
        let name = baseCaseName(code: code, title: title)
        return reservedCaseNames.contains(name) || metatypeNames.contains(name) ? name + "Entry" : name
    }

    static func baseCaseName(code: String, title: String?) -> String {
        let fromCode = lowerCamelCase(code)
        if let fromCode, fromCode.utf8.contains(where: _ASCII.isLetter) {
            return fromCode.utf8.first.map(_ASCII.isDigit) == true ? "_" + fromCode : fromCode
        }
        if let title, let fromTitle = lowerCamelCase(title), let first = fromTitle.utf8.first, _ASCII.isLetter(first) {
            return fromTitle
        }
        return "code" + (fromCode.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "")
    }

    /// A documentation anchor: lowercase ASCII letters and digits, other runs as `-`.
    public static func slug(_ text: String) -> String {
        // The slug is never longer than the text: each dash stands for at least one byte.
        let result = [UInt8](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            var pendingDash = false
            for byte in text.utf8 {
                if _ASCII.isLetter(byte) || _ASCII.isDigit(byte) {
                    if pendingDash, count > 0 {
                        buffer[count] = UInt8(ascii: "-")
                        count += 1
                    }
                    pendingDash = false
                    buffer[count] = _ASCII.lowercased(byte)
                    count += 1
                } else {
                    pendingDash = true
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `anchor` has the form anchors take: `[a-z0-9]+(-[a-z0-9]+)*`.
    public static func isAnchor(_ anchor: String) -> Bool {
        !anchor.isEmpty && slug(anchor) == anchor
    }
}
