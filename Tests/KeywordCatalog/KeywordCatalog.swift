// The keyword catalog is generated into this module of its own, so the tests reach its cases
// from another module, as apps do.
@_exported import ErrorCatalog
