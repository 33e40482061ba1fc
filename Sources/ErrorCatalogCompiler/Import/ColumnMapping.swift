/// Which column of a table holds which field of an entry: recognised by its header
/// (`Error Code`, `HTTP`, `Description`, `Advised solutions` …), or set by `--map FIELD=COLUMN`.
struct ColumnMapping {
    /// The entry fields a column can hold.
    enum Field: String, CaseIterable {
        case code, name, title, meaning, remedy, http, category
    }

    /// Header spellings per field, compared lowercased with everything but letters and digits
    /// removed (`Error Code`, `error_code` and `errorCode` are all `errorcode`).
    static let synonyms: [Field: Set<String>] = [
        .code: [
            "code", "codes", "errorcode", "errorcodes", "errcode", "errcodes", "errorcodeid", "errorid", "wirecode",
        ],
        .http: ["http", "httpstatus", "httpstatuscode", "httpcode", "status", "statuscode"],
        .name: [
            "name", "swiftname", "casename", "identifier", "conditionname", "condition", "symbol", "constant",
            "errorname",
        ],
        .title: ["title", "label", "shortname", "discardreason", "summary"],
        .meaning: [
            "description", "meaning", "reason", "generalmeaning", "message", "errormessage", "whathappened",
            "whatitmeans",
            "explanation", "details", "detail", "cause",
        ],
        .remedy: [
            "resolution", "remedy", "solution", "solutions", "advisedsolution", "advisedsolutions", "whattodo", "fix",
            "action",
            "recommendedaction", "howtofix", "remediation",
        ],
        .category: ["category", "group", "section", "step", "area", "pipelinestep"],
    ]

    /// Column indices per field, in the order they are tried for a row (the first non-empty
    /// cell wins: JSON objects of one file may name a field differently).
    var columns: [Field: [Int]] = [:]

    static func normalized(_ header: String) -> String {
        String(
            header.lowercased().unicodeScalars.filter {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
            })
    }

    /// The mapping of `headers`: an explicit `mappings` entry (field → header text) is the
    /// field's only column; otherwise every header a synonym recognises, in header order, each
    /// column used for one field.
    init(headers: [String], mappings: [Field: String]) {
        var used = Set<Int>()
        for (field, header) in mappings {
            if let column = headers.firstIndex(where: { Self.normalized($0) == Self.normalized(header) }) {
                columns[field] = [column]
                used.insert(column)
            }
        }
        for field in Field.allCases where columns[field] == nil {
            let names = Self.synonyms[field] ?? []
            let matching = headers.indices.filter { !used.contains($0) && names.contains(Self.normalized(headers[$0])) }
            if !matching.isEmpty {
                columns[field] = matching
                used.formUnion(matching)
            }
        }
    }

    /// The field's first column.
    subscript(field: Field) -> Int? { columns[field]?.first }

    /// The field's columns, in the order they are tried.
    func all(_ field: Field) -> [Int] { columns[field] ?? [] }
}
