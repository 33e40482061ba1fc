/// A gettext `plural=` expression, the C subset gettext reads: `n`, whole numbers, `!`,
/// `* / %`, `+ -`, `< <= > >=`, `== !=`, `&&`, `||`, `?:` and parentheses. It evaluates on a
/// whole number as gettext does, and on a fraction as Python's `gettext` does (the oracle
/// translations are checked against), with `%` the remainder of truncating division.
public struct PluralFormula: Sendable {
    indirect enum Node: Sendable {
        case n
        case number(Double)
        case not(Node)
        case binary(String, Node, Node)
        case choice(Node, Node, Node)
    }

    let root: Node

    /// A formula that is not the C subset gettext reads.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        /// The offset in the expression, in bytes.
        public var offset: Int
        /// What is wrong.
        public var reason: String
        public var description: String { reason }
    }

    /// Parses `text`.
    public init(_ text: String) throws(SyntaxError) {
        var parser = Parser(bytes: Array(text.utf8))
        let root = try parser.choice()
        parser.skipSpace()
        guard parser.position == parser.bytes.count else {
            throw SyntaxError(offset: parser.position, reason: "unexpected '\(parser.rest)'")
        }
        self.root = root
    }

    /// The form index for `n`.
    public func form(_ n: Double) -> Int {
        let value = Self.evaluate(root, n)
        return value.isFinite && value >= 0 && value < 1e9 ? Int(value) : -1
    }

    static func evaluate(_ node: Node, _ n: Double) -> Double {
        switch node {
        case .n: return n
        case .number(let value): return value
        case .not(let operand): return evaluate(operand, n) == 0 ? 1 : 0
        case .choice(let test, let yes, let no): return evaluate(test, n) != 0 ? evaluate(yes, n) : evaluate(no, n)
        case .binary(let op, let left, let right):
            let a = evaluate(left, n)
            if op == "&&" { return a != 0 && evaluate(right, n) != 0 ? 1 : 0 }
            if op == "||" { return a != 0 || evaluate(right, n) != 0 ? 1 : 0 }
            return apply(op, a, evaluate(right, n))
        }
    }

    static func apply(_ op: String, _ a: Double, _ b: Double) -> Double {
        switch op {
        case "*": a * b
        case "/": b == 0 ? .nan : (a / b).rounded(.towardZero)
        case "%": b == 0 ? .nan : a.truncatingRemainder(dividingBy: b)
        case "+": a + b
        case "-": a - b
        case "<": a < b ? 1 : 0
        case "<=": a <= b ? 1 : 0
        case ">": a > b ? 1 : 0
        case ">=": a >= b ? 1 : 0
        case "==": a == b ? 1 : 0
        default: a != b ? 1 : 0
        }
    }

    /// Precedence climbing over the binary operators, loosest first.
    struct Parser {
        let bytes: [UInt8]
        var position = 0
        static let levels: [[String]] = [
            ["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"],
        ]

        var rest: String { String(decoding: bytes[position...].prefix(20), as: UTF8.self) }

        mutating func skipSpace() {
            while position < bytes.count,
                bytes[position] == 32 || bytes[position] == 9 || bytes[position] == 10 || bytes[position] == 13
            { position += 1 }
        }

        mutating func take(_ token: String) -> Bool {
            skipSpace()
            let token = Array(token.utf8)
            guard bytes[position...].starts(with: token) else { return false }
            // `<` is not `<=`, `!` is not `!=`.
            if token.count == 1, position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "="),
                "<>!=".utf8.contains(token[0])
            {
                return false
            }
            position += token.count
            return true
        }

        mutating func choice() throws(SyntaxError) -> Node {
            let test = try binary(0)
            guard take("?") else { return test }
            let yes = try choice()
            guard take(":") else { throw SyntaxError(offset: position, reason: "'?' without its ':'") }
            return .choice(test, yes, try choice())
        }

        mutating func binary(_ level: Int) throws(SyntaxError) -> Node {
            guard level < Self.levels.count else { return try unary() }
            var left = try binary(level + 1)
            while let op = Self.levels[level].first(where: { take($0) }) {
                left = .binary(op, left, try binary(level + 1))
            }
            return left
        }

        mutating func unary() throws(SyntaxError) -> Node {
            if take("!") { return .not(try unary()) }
            if take("(") {
                let inner = try choice()
                guard take(")") else { throw SyntaxError(offset: position, reason: "'(' without its ')'") }
                return inner
            }
            skipSpace()
            guard position < bytes.count else {
                throw SyntaxError(offset: position, reason: "the expression ends early")
            }
            if bytes[position] == UInt8(ascii: "n") {
                position += 1
                return .n
            }
            let start = position
            while position < bytes.count, (48...57).contains(bytes[position]) { position += 1 }
            guard position > start, let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
                throw SyntaxError(offset: position, reason: "expected n, a number or '(' at '\(rest)'")
            }
            return .number(value)
        }
    }
}
