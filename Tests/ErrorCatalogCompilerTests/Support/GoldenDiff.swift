/// What differs between a golden file and what was produced, line by line, for a failed
/// comparison's message: the first differing lines with their numbers and a few lines of
/// context, `-` for the golden file's, `+` for the output's.
enum GoldenDiff {
    static func describe(expected: String, actual: String, context: Int = 2, limit: Int = 12) -> String {
        guard expected != actual else { return "" }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < min(old.count, new.count), old[first] == new[first] { first += 1 }
        // The common tail, so an inserted or removed run shows as just that run.
        var tail = 0
        while tail < min(old.count, new.count) - first, old[old.count - 1 - tail] == new[new.count - 1 - tail] {
            tail += 1
        }
        var lines = ["golden file and output differ from line \(first + 1) (- golden, + output):"]
        for index in max(0, first - context)..<first { lines.append("  \(index + 1)  \(old[index])") }
        for index in first..<(old.count - tail) where index < first + limit {
            lines.append("- \(index + 1)  \(old[index])")
        }
        for index in first..<(new.count - tail) where index < first + limit {
            lines.append("+ \(index + 1)  \(new[index])")
        }
        return lines.joined(separator: "\n")
    }
}
