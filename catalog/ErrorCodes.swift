// The bundled catalogs' typed errors. The build plugin compiles every YAML file in this
// folder into a Swift enum of this module; this file only re-exports the runtime, so
// `import ErrorCodes` is all an app needs.
@_exported import ErrorCatalog
