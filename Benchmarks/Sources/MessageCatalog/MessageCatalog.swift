// The build plugin compiles messages.yaml into this module (SwiftPM needs one Swift file).
@_exported import ErrorCatalog
