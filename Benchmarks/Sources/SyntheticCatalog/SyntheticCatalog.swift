// The synthetic catalog's YAML (written by ../run) is compiled into this module by the plugin.
@_exported import ErrorCatalog
