import ErrorCatalog
import Testing

/// A large catalog with parameters (`large.yaml`, written by `Benchmarks/make-catalog.py 1400
/// large.yaml --name LargeError --params-every 2 --own-shape-every 5`: 1,400 entries, every second
/// with parameters: 560 of them an integer, a number and a string of one shape, 140 four of a shape
/// of their own, two named as the generated functions' own): every case is made from its entry and
/// arguments and back, through the runtime's numbers of the cases and the first case of each shape.
@Suite struct LargeCatalogTests {
    /// Entry `index`'s arguments: every fifth entry with parameters has a shape of its own.
    func arguments(_ index: Int) -> MessageArguments {
        guard (index / 2) % 5 == 4 else {
            return ["attempts": .integer(index), "ratio": .number(Double(index) / 4), "item": .string("item \(index)")]
        }
        return [
            "retries": .integer(index), "entry": .number(Double(index) / 4), "arguments": .string("item \(index)"),
            "step\(index)": .integer(1),
        ]
    }

    @Test func everyEntryMakesItsCaseAndBack() throws {
        var cases: Set<LargeError> = []
        for (index, entry) in LargeError.Entry.allCases.enumerated() {
            let takesValues = index % 2 == 0
            let error = try #require(LargeError(entry: entry, arguments: takesValues ? arguments(index) : [:]))
            #expect(error.entry == entry)
            #expect(error.arguments == (takesValues ? arguments(index) : MessageArguments()))
            let mismatched = LargeError(entry: entry, arguments: takesValues ? [:] : arguments(index))
            #expect(mismatched == (takesValues ? nil : error))
            cases.insert(error)
        }
        #expect(cases.count == 1400)
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
        #expect(LargeError(entry: .e1396, arguments: inOrder) == .e1396(attempts: 3, ratio: 2, item: "cart"))
        // A shape's names make its cases and only its cases.
        let own: MessageArguments = ["retries": 3, "entry": 2, "arguments": "cart", "step1398": 1]
        let made = LargeError.e1398(retries: 3, entry: 2, arguments: "cart", step1398: 1)
        #expect(LargeError(entry: .e1398, arguments: own) == made)
        #expect(LargeError(entry: .e1398, arguments: inOrder) == nil)
        #expect(LargeError(entry: .e1388, arguments: own) == nil)
        #expect(LargeError(entry: .e1396, arguments: own) == nil)
    }

    /// The case each entry makes, and the entry each case answers, go through the runtime's numbers
    /// of the cases and two generated tables; the runtime's reflection, which `print` uses for an
    /// enum without a description, names the case from the compiler's own records.
    @Test func everyEntryMakesTheCaseOfItsName() throws {
        for (index, entry) in LargeError.Entry.allCases.enumerated() {
            let error = try #require(LargeError(entry: entry, arguments: index % 2 == 0 ? arguments(index) : [:]))
            #expect(caseName(error) == "e\(index)")
        }
        let made: [(LargeError, LargeError.Entry)] = [
            (.e0(attempts: 1, ratio: 1, item: "a"), .e0), (.e1, .e1), (.e3, .e3), (.e517, .e517), (.e999, .e999),
            (.e1398(retries: 1, entry: 1, arguments: "a", step1398: 1), .e1398), (.e1399, .e1399),
        ]
        for (error, entry) in made {
            #expect(error.entry == entry)
            #expect(caseName(LargeError(entry: entry, arguments: error.arguments)!) == caseName(error))
        }
    }

    @Test func casesOfEveryShapeMatchTheirPatterns() {
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
        #expect(LargeError(code: LargeError.e1399.code) == .e1399)
        let own = LargeError.e1178(retries: 1, entry: 0.5, arguments: "billing", step1178: 2)
        #expect(own.entry == .e1178)
        #expect(own.arguments == ["retries": 1, "entry": 0.5, "arguments": "billing", "step1178": 2])
        #expect(own.meaning == "1 retry at load 0.5 failed in billing at step 2.")
    }
}

/// The name of `value`'s case, from the runtime's reflection records.
func caseName<Enum>(_ value: Enum) -> String? {
    swiftEnumCaseName(value).map { String(cString: $0) }
}

/// The runtime's reflection of an enum value's case name, as the standard library declares it.
@_silgen_name("swift_EnumCaseName")
private func swiftEnumCaseName<Enum>(_ value: Enum) -> UnsafePointer<CChar>?
