/// Durations as catalogs write them: `1d`, `4h`, `90m`, `30s` or combinations in that order
/// such as `1h30m`. One table of units serves reading and writing, so the two never disagree.
enum DurationText {
    /// The units, largest first, with their length in seconds.
    static let units: [(symbol: Character, seconds: Int)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]

    /// The number of seconds `text` stands for, or `nil` when it is not a duration.
    static func seconds(_ text: String) -> Int? {
        var total = 0
        var digits = ""
        var nextUnit = 0
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                guard digits.count <= 9 else { return nil }
                continue
            }
            guard let position = units[nextUnit...].firstIndex(where: { $0.symbol == character }),
                let number = Int(digits)
            else { return nil }
            total += number * units[position].seconds
            nextUnit = position + 1
            digits = ""
        }
        return digits.isEmpty && !text.isEmpty ? total : nil
    }

    /// `seconds` written with the largest units first (`4h`, `1h30m`, `90s` → `1m30s`); `0s` for zero.
    static func text(_ seconds: Int) -> String {
        var rest = seconds
        var text = ""
        for (symbol, size) in units where rest >= size {
            text += "\(rest / size)\(symbol)"
            rest %= size
        }
        return text.isEmpty ? "0s" : text
    }
}
