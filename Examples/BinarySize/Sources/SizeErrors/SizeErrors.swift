@_exported import ErrorCatalog
