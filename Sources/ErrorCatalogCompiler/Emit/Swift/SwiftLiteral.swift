/// Swift source text for string literals and comments, escaped so that any catalog text
/// compiles and round-trips byte for byte.
public enum SwiftLiteral {
    /// `text` escaped for the inside of a `"…"` or `"""…"""` literal: backslashes, quotes,
    /// control characters, and invisible or direction-changing characters are escaped;
    /// everything else is kept as written.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if needsEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A one-line `"…"` literal of `text`.
    public static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

    /// One line of a multi-line literal holding `text`: escaped, with trailing white space
    /// escaped too so that editors that trim lines cannot change the value.
    public static func multilineRow(_ text: String) -> String {
        var row = escaped(text)
        var trailing = ""
        while let last = row.last, last == " " {
            row.removeLast()
            trailing += "\\u{20}"
        }
        return row + trailing
    }

    /// `text` made safe for one `///` comment line: line breaks and invisible characters
    /// become spaces, and it is cut to `limit` characters.
    public static func commentText(_ text: String, limit: Int = 110) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(needsEscape(scalar) || scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
        }
        let line = String(result)
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: true
        default: false
        }
    }
}
