import Foundation
import HubClient

// A problem body as the server integrations send it, decoded through the generated types: the
// code is the catalog's type, known or not.
let known =
    #"{"type":"about:blank","title":"RATE_LIMIT_EXCEEDED","status":429,"#
    + #""code":"ERR_INTEGRATION_HUB_SVC_RATE_LIMIT_EXCEEDED","detail":"Per-minute rate limit exceeded for executions"}"#
let problem = try JSONDecoder().decode(Components.Schemas.IntegrationHubErrorProblem.self, from: Data(known.utf8))
guard problem.code?.entry == .rateLimitExceeded else {
    fatalError("the code did not resolve: \(String(describing: problem.code))")
}
let unknown = #"{"type":"about:blank","title":"New","code":"ERR_FROM_A_NEWER_SERVER"}"#
let newer = try JSONDecoder().decode(Components.Schemas.IntegrationHubErrorProblem.self, from: Data(unknown.utf8))
guard newer.code?.rawValue == "ERR_FROM_A_NEWER_SERVER", newer.code?.entry == nil else {
    fatalError("an unknown code was not kept")
}
print(
    "openapi client: problem code \(problem.code!.rawValue) resolves to "
        + "IntegrationHubError.\(problem.code!.entry!.name); an unknown code is kept"
)
