import SizeErrors

// What a worker or tool does with the runtime: a lookup, its texts, a problem body, and a
// client's reading of one.
let code = CommandLine.arguments.dropFirst().first ?? "CARD_DECLINED"
if let error = PaymentError(code: code) {
    print(error.meaning, error.remedy, error.httpStatus ?? 0)
    let body = ProblemResponse(for: error).body
    print(String(decoding: body, as: UTF8.self))
    print(try ErrorCode<PaymentError>(problemBody: body)?.error == error)
} else {
    print("unknown code \(code)")
}
