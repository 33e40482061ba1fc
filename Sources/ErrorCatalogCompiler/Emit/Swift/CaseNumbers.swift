/// How the Swift runtime numbers the cases of a catalog's type with parameters, and the tables
/// generated code reads them through (``_EnumCases``): the cases with values first, in the
/// catalog's order, then the others.
struct CaseNumbers {
    /// The shapes of the catalog's parameter lists.
    let shapes: ParameterShapes
    /// How many cases have values.
    let withValues: Int
    /// Whether some entries have no values.
    var someWithoutValues: Bool { withValues < entryOfCase.count }
    /// The entry index of each case, by number.
    let entryOfCase: [Int]
    /// The number of each entry's case, by entry index.
    let caseOfEntry: [Int]
    /// The number of the first case of each case's shape, by number, for the cases with values.
    let shapeCaseOfCase: [Int]
    /// The entry index of each shape's first entry, by shape.
    let firstOfShape: [Int]

    init(_ entries: [CatalogEntry]) {
        let shapes = ParameterShapes(entries)
        self.shapes = shapes
        let valued = entries.indices.filter { !entries[$0].parameters.isEmpty }
        withValues = valued.count
        entryOfCase = valued + entries.indices.filter { entries[$0].parameters.isEmpty }
        var caseOfEntry = [Int](repeating: 0, count: entries.count)
        for (number, entry) in entryOfCase.enumerated() { caseOfEntry[entry] = number }
        self.caseOfEntry = caseOfEntry
        // Shapes are numbered in the order entries first use them: a shape's first entry is the one
        // whose shape number is the count of shapes seen so far.
        let shapeOfCase = valued.map { shapes.number(of: entries[$0]) }
        var firstOfShape: [Int] = []
        for (index, shape) in zip(valued, shapeOfCase) where shape == firstOfShape.count {
            firstOfShape.append(index)
        }
        self.firstOfShape = firstOfShape
        shapeCaseOfCase = shapeOfCase.map { caseOfEntry[firstOfShape[$0]] }
    }
}

/// The distinct shapes of the catalog's parameter lists (names and kinds in order), numbered in the
/// order entries first use them.
struct ParameterShapes {
    private(set) var list: [[EntryParameter]] = []
    private var numbers: [String: Int] = [:]

    init(_ entries: [CatalogEntry]) {
        for entry in entries where !entry.parameters.isEmpty {
            let key = Self.key(entry.parameters)
            if numbers[key] == nil {
                numbers[key] = list.count
                list.append(entry.parameters)
            }
        }
    }

    func number(of entry: CatalogEntry) -> Int { numbers[Self.key(entry.parameters)]! }

    private static func key(_ parameters: [EntryParameter]) -> String {
        parameters.map { "\($0.name):\($0.kind.description)" }.joined(separator: ",")
    }
}
