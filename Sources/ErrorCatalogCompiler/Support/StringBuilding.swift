import ErrorCatalog

extension String {
    /// The string of the UTF-8 bytes `build` appends: how the emitters' `append…` functions,
    /// which write into one growing byte buffer, also serve callers that want one `String`.
    init(utf8Building build: (inout [UInt8]) -> Void) {
        var bytes: [UInt8] = []
        build(&bytes)
        self.init(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The string with ASCII letters lowercased and every other byte as it is: how codes of
    /// case-insensitive catalogs compare, here as in the runtime's lookups.
    var asciiFolded: String { String(decoding: utf8.map(_ASCII.lowercased), as: UTF8.self) }
}
