// The generated client (Client, Components, Operations) comes from openapi.json.
@_exported import ErrorCatalog
@_exported import ErrorCodes
