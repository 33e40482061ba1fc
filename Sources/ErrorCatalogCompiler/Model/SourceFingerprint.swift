/// What a translated text was made from: a fingerprint of the source text at the time, which a
/// translation file records per entry as `made_from` (`errcat translations import` writes it, and
/// so can any tool that edits translation files). A source text whose fingerprint differs has
/// changed since, released or not, and the translation is reported out of date.
public enum SourceFingerprint {
    /// FNV-1a (64-bit) of the text's UTF-8 bytes, as 16 lowercase hexadecimal digits. A remedy
    /// written as steps is fingerprinted as its numbered steps joined by line feeds ("1. …\n2. …").
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Whether `text` is written as a fingerprint: 16 lowercase hexadecimal digits.
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 16 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

/// An entry's texts a translation translates, as `made_from` names them.
public enum EntryTextField: String, CaseIterable, Sendable {
    /// The title.
    case title
    /// The meaning.
    case meaning
    /// The remedy (all its steps).
    case remedy
}

/// The fingerprints of the source texts an entry's translation was made from, by field.
public struct SourceFingerprints: Sendable, Equatable {
    /// The source title's.
    public var title: String?
    /// The source meaning's.
    public var meaning: String?
    /// The source remedy's (all its steps).
    public var remedy: String?

    /// None recorded.
    public init(title: String? = nil, meaning: String? = nil, remedy: String? = nil) {
        self.title = title
        self.meaning = meaning
        self.remedy = remedy
    }

    /// Whether none is recorded.
    public var isEmpty: Bool { title == nil && meaning == nil && remedy == nil }

    /// The fingerprint recorded for a field; `nil` forgets it.
    public subscript(field: EntryTextField) -> String? {
        get {
            switch field {
            case .title: title
            case .meaning: meaning
            case .remedy: remedy
            }
        }
        set {
            switch field {
            case .title: title = newValue
            case .meaning: meaning = newValue
            case .remedy: remedy = newValue
            }
        }
    }
}
