import ErrorCatalog
import Testing

/// A catalog large enough that `entry`, `arguments` and `init(entry:arguments:)` are generated as
/// chains of switches (`large.yaml`: 520 entries, every third with an integer, a number and a
/// string parameter): every case is reached through its chain and back.
@Suite struct LargeCatalogTests {
    func arguments(_ index: Int) -> MessageArguments {
        ["attempts": .integer(index), "ratio": .number(Double(index) / 4), "item": .string("item \(index)")]
    }

    @Test func everyEntryMakesItsCaseAndBack() throws {
        var cases: Set<LargeError> = []
        for (index, entry) in LargeError.Entry.allCases.enumerated() {
            let takesValues = index % 3 == 0
            let error = try #require(LargeError(entry: entry, arguments: takesValues ? arguments(index) : [:]))
            #expect(error.entry == entry)
            #expect(error.arguments == (takesValues ? arguments(index) : MessageArguments()))
            let mismatched = LargeError(entry: entry, arguments: takesValues ? [:] : arguments(index))
            #expect(mismatched == (takesValues ? nil : error))
            cases.insert(error)
        }
        #expect(cases.count == 520)
    }

    /// `_case` reads values by position from the arguments its shape's function checked and put in
    /// order (as given when they are): other orders, extra names and an integer for a number still
    /// make the case.
    @Test func argumentsInAnyOrderMakeTheCaseAndMistypedOnesNone() {
        let reversed: MessageArguments = ["item": "cart", "ratio": 2, "attempts": 3, "extra": "x"]
        #expect(LargeError(entry: .e516, arguments: reversed) == .e516(attempts: 3, ratio: 2, item: "cart"))
        #expect(LargeError(entry: .e516, arguments: ["item": "cart", "ratio": "2", "attempts": 3]) == nil)
        #expect(LargeError(entry: .e516, arguments: ["item": "cart", "attempts": 3]) == nil)
        #expect(LargeError(entry: .e517, arguments: reversed) == .e517)
        let inOrder: MessageArguments = ["attempts": 3, "ratio": 2, "item": "cart"]
        #expect(LargeError(entry: .e516, arguments: inOrder) == .e516(attempts: 3, ratio: 2, item: "cart"))
    }

    @Test func casesOfEveryChainMatchTheirPatterns() {
        let late = LargeError.e516(attempts: 2, ratio: 0.25, item: "cart")
        if case .e516(let attempts, _, let item) = late {
            #expect(attempts == 2 && item == "cart")
        } else {
            Issue.record("\(late) does not match its own case")
        }
        #expect(late.entry == .e516)
        #expect(late.meaning == "2 attempts at 0.25 failed for cart.")
        #expect(LargeError.e517.entry == .e517)
        #expect(LargeError(code: LargeError.e517.code) == .e517)
    }
}
