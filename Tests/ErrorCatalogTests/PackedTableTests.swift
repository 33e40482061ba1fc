import ErrorCatalog
import Testing

@Suite struct PackedTableTests {
    @Test func widthGrowsEveryFiveBits() {
        #expect(_PackedTable.width(forMaximum: 0) == 1)
        #expect(_PackedTable.width(forMaximum: 31) == 1)
        #expect(_PackedTable.width(forMaximum: 32) == 2)
        #expect(_PackedTable.width(forMaximum: 1023) == 2)
        #expect(_PackedTable.width(forMaximum: 1024) == 3)
    }

    @Test func encodedValuesReadBack() {
        let values = [0, 1, 31, 32, 999, 1023]
        let text = _PackedTable.encode(values, width: 2)
        #expect(text == "00010O10O7OO")
        let table = _PackedTable("00010O10O7OO", width: 2)
        #expect(table.count == values.count)
        #expect((0..<table.count).map { table[$0] } == values)
    }

    /// Every width reads back what it encoded, including the four-digit word read (widths
    /// 4 and 5), at each width's smallest and largest values and at digits of every value.
    @Test(arguments: 1...7)
    func everyWidthReadsBack(width: Int) {
        let largest = (1 << (5 * width)) - 1
        var values = [0, 1, 31, largest, largest - 1, largest / 3, largest / 7]
        values += (0..<32).map { digit in (0..<width).reduce(0) { value, _ in value << 5 | digit } }
        let text = _PackedTable.encode(values, width: width)
        #expect(text.utf8.count == values.count * width)
        #expect(text.utf8.allSatisfy { (0x30...0x4F).contains($0) })
        let read = Array(text.utf8).withUnsafeBufferPointer { digits in
            values.indices.map { _PackedTable.value(digits.baseAddress! + $0 * width, width: width) }
        }
        #expect(read == values)
    }

    @Test func stringTableOffsetsSkipSeparators() {
        let strings = ["", "abc", "é"]
        #expect(_StringTable.offsets(of: strings) == [0, 1, 5, 8])
        let table = _StringTable("\nabc\né", offsets: _PackedTable("0158", width: 1))
        #expect(table.count == 3)
        #expect((0..<3).map { table[$0] } == strings)
    }
}
