import ErrorCodes

// The target's own catalog (Sources/Consumer/catalog/orders.yaml), compiled by the plugin.
guard let error = OrderError(code: "ORDER_NOT_FOUND") else { fatalError("ORDER_NOT_FOUND did not resolve") }
print("\(error.code): \(error.meaning)")
print("remedy: \(error.remedy)")

// A bundled catalog from the ErrorCodes library.
if let hub = IntegrationHubError(code: "ERR_RATE_LIMIT_EXCEEDED") {
    print("\(hub.code) -> HTTP \(hub.httpStatus ?? 0), retry: \(hub.retry?.policy.rawValue ?? "none")")
}
