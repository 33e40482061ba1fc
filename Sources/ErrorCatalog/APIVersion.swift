/// Marks the generated-code API this runtime supports.
///
/// Each generated file declares a private type conforming to this protocol, so code
/// generated for another runtime version fails to compile with a message naming it,
/// instead of misreading tables at run time. A runtime that changes the table layout
/// replaces it with the next version's protocol. Version 3: two-multiply hash, a slot table
/// of record starts over key records in slot order, entry runs in slot order. Version 4: a
/// numeric id column in the entry table. Version 5: compiled messages and plural rules. Version 6:
/// the tables on the payload-free `Entry`, cases with associated values for parameters. Version 7:
/// formatted numbers and timestamps (operations 6 and 7), each locale's number and date conventions
/// after its plural rules. Version 8: a case made from arguments reads its values by position
/// (`MessageArguments._integerValue(at:)` and its kin, `_isNamed(_:at:)`).
public protocol ErrorCatalogGeneratedCodeVersion8 {}

/// The runtime's version facts.
public enum ErrorCatalogRuntime {
    /// The generated-code API version; generated files name it in their version check.
    public static let generatedCodeVersion = 8

    /// The ErrorCatalog package's version, which `errcat --version` prints. This is the one
    /// place it is set; a release tag of the package matches it.
    public static let version = "0.9.0"
}
