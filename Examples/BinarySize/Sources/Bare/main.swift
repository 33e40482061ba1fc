// The baseline: a command-line tool that needs only the standard library.
let code = CommandLine.arguments.dropFirst().first ?? "CARD_DECLINED"
print("unknown code \(code)")
