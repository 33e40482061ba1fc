import SizeErrors

// What a worker or tool does with the runtime: a lookup, its texts, a problem body, a
// client's reading of one, and a message with a formatted amount and date in two languages.
let code = CommandLine.arguments.dropFirst().first ?? "CARD_DECLINED"
if let error = PaymentError(code: code) {
    print(error.meaning, error.remedy, error.httpStatus ?? 0)
    let body = ProblemResponse(for: error).body
    print(String(decoding: body, as: UTF8.self))
    print(try ErrorCode<PaymentError>(problemBody: body)?.error == error)
} else {
    print("unknown code \(code)")
}
// A formatted amount, date and percentage, in the catalog's language and in German.
let declined = PaymentError.amountDeclined(
    amount: Money(minorUnits: 123_450, currency: "EUR"), share: 0.25,
    day: Timestamp(secondsSince1970: 1_796_635_800, utcOffsetMinutes: 60))
print(declined.meaning, declined.meaning(locale: "de"))
