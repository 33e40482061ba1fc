// A 10,000-entry catalog in which every 10th entry takes parameters (written by ../run): its
// `entry` is a chain of switches, which ChainBenchmark times.
@_exported import ErrorCatalog
