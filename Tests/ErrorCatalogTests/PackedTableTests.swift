import ErrorCatalog
import Testing

@Suite struct PackedTableTests {
    @Test func widthGrowsEveryFiveBits() {
        #expect(PackedTable.width(forMaximum: 0) == 1)
        #expect(PackedTable.width(forMaximum: 31) == 1)
        #expect(PackedTable.width(forMaximum: 32) == 2)
        #expect(PackedTable.width(forMaximum: 1023) == 2)
        #expect(PackedTable.width(forMaximum: 1024) == 3)
    }

    @Test func encodedValuesReadBack() {
        let values = [0, 1, 31, 32, 999, 1023]
        let text = PackedTable.encode(values, width: 2)
        #expect(text == "00010O10O7OO")
        let table = PackedTable("00010O10O7OO", width: 2)
        #expect(table.count == values.count)
        #expect((0..<table.count).map { table[$0] } == values)
    }

    @Test func stringTableOffsetsSkipSeparators() {
        let strings = ["", "abc", "é"]
        #expect(StringTable.offsets(of: strings) == [0, 1, 5, 8])
        let table = StringTable("\nabc\né", offsets: PackedTable("0158", width: 1))
        #expect(table.count == 3)
        #expect((0..<3).map { table[$0] } == strings)
    }
}
