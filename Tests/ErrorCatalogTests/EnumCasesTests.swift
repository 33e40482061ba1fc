import ErrorCatalog
import Testing

/// The runtime's numbers of enum cases, read and made through the value witnesses, against what
/// the compiler's own `switch` says of the same values.
@Suite struct EnumCasesTests {
    enum Mixed: Equatable {
        case first
        case limit(count: Int, label: String)
        case second
        case ratio(Double)
        case third
        case text(String)

        /// The number the runtime gives the case: those with values first, in declaration order.
        var expectedNumber: Int {
            switch self {
            case .limit: 0
            case .ratio: 1
            case .text: 2
            case .first: 3
            case .second: 4
            case .third: 5
            }
        }
    }

    indirect enum Boxed: Equatable {
        case plain
        case nested(Boxed, Int)
        case other
        case named(String)
    }

    enum OneWithValues: Equatable {
        case a, b
        case c(Int)
        case d
    }

    enum Bare: Equatable { case a, b, c }

    @Test func numbersFollowTheCasesWithValuesThenTheOthers() {
        let values: [Mixed] = [
            .first, .limit(count: 3, label: String(repeating: "long ", count: 10)), .second, .ratio(0.5), .third,
            .text("short"),
        ]
        for value in values {
            #expect(_EnumCases.number(of: value) == value.expectedNumber, "\(value)")
        }
        #expect(
            [.plain, .nested(.other, 2), .other, .named("x")].map(_EnumCases<Boxed>.number(of:)) == [2, 0, 3, 1])
        #expect([.a, .b, .c(7), .d].map(_EnumCases<OneWithValues>.number(of:)) == [1, 2, 0, 3])
        #expect([.a, .b, .c].map(_EnumCases<Bare>.number(of:)) == [0, 1, 2])
    }

    @Test func payloadFreeCasesAreMadeFromTheirNumbers() {
        #expect((3...5).map(_EnumCases<Mixed>.payloadFreeCase(number:)) == [.first, .second, .third])
        #expect([2, 3].map(_EnumCases<Boxed>.payloadFreeCase(number:)) == [.plain, .other])
        #expect([1, 2, 3].map(_EnumCases<OneWithValues>.payloadFreeCase(number:)) == [.a, .b, .d])
        #expect((0...2).map(_EnumCases<Bare>.payloadFreeCase(number:)) == [.a, .b, .c])
    }

    enum Pair: Equatable {
        case none
        case first(Int, String)
        case second(Int, String)
        case labelled(count: Int, name: String)
    }

    indirect enum BoxedPair: Equatable {
        case none
        case first(Int, String)
        case second(count: Int, name: String)
    }

    /// Cases whose values are of the same types differ only in their number: the values move.
    @Test func valuesMoveBetweenCasesOfOneShape() {
        let long = String(repeating: "long ", count: 20)
        let first = Pair.first(1, long)
        #expect(_EnumCases.moving(first, toCase: 1) == .second(1, long))
        #expect(_EnumCases.moving(first, toCase: 2) == .labelled(count: 1, name: long))
        #expect(_EnumCases.moving(first, toCase: 0) == first)
        #expect(first == .first(1, long))
        let boxed = BoxedPair.first(2, long)
        #expect(_EnumCases.moving(boxed, toCase: 1) == .second(count: 2, name: long))
        #expect(_EnumCases.moving(_EnumCases.moving(boxed, toCase: 1), toCase: 0) == boxed)
    }

    /// A made case is a whole value: copied, compared and released like one the compiler made.
    @Test func madeCasesLiveLikeAnyOther() {
        var made: [Mixed] = []
        for round in 0..<1_000 { made.append(_EnumCases<Mixed>.payloadFreeCase(number: 3 + round % 3)) }
        made.append(.text(String(repeating: "x", count: 100)))
        #expect(made.filter { $0 == .second }.count == 333)
        #expect(Set(made.map(_EnumCases.number(of:))) == [2, 3, 4, 5])
    }

    @Test func anythingButAnEnumTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = _EnumCases<Int>.number(of: 3)
        }
        await #expect(processExitsWith: .failure) {
            _ = _EnumCases<Int?>.number(of: 3)
        }
    }
}
