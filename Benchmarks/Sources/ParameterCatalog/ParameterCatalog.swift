// A 10,000-entry catalog in which every 10th entry takes parameters (written by ../run): its cases
// and entries meet through the runtime's numbers of the cases, which CaseBenchmark times.
@_exported import ErrorCatalog
