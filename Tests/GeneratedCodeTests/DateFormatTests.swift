import ErrorCatalog
import Foundation
import Testing

/// `{t, date, …}` and `{t, time, …}` of a `timestamp` parameter, as the reader's locale writes them:
/// the expected texts are ICU 72's MessageFormat renderings of the same patterns (Debian's PyICU,
/// Gregorian calendar, the zone at the timestamp's offset), in locales whose CLDR date data has not
/// changed since (see `.ci/messages/date_oracle.py`, which compares 30 locales).
@Suite struct DateFormatTests {
    /// 2026-12-07T10:30:00+01:00.
    let departure = Timestamp(secondsSince1970: 1_796_635_800, utcOffsetMinutes: 60)

    func texts(_ locale: String, at timestamp: Timestamp? = nil) -> [String] {
        let error = BookingError.departureChanged(departure: timestamp ?? departure)
        let meaning = error.meaning(locale: locale).components(separatedBy: " | ")
        let remedy = error.remedy(locale: locale).components(separatedBy: " | ")
        return meaning + remedy
    }

    @Test func theSourceRendersItsLocalesDateAndTime() {
        let error = BookingError.departureChanged(departure: departure)
        #expect(error.meaning == "The train now leaves on Monday, December 7, 2026 at 10:30\u{202F}AM.")
        #expect(error.remedy.hasPrefix("Board by 10:30:00\u{202F}AM GMT+01:00; the ticket stays valid on 12/7/26"))
        #expect(
            error.remedy.hasSuffix("(December 7, 2026; Dec 7, 2026; 10:30:00\u{202F}AM GMT+1; 10:30:00\u{202F}AM)."))
    }

    /// full date, short time, full time, short date, long date, medium date, long time, medium time.
    @Test func eachStyleAsICUWritesIt() {
        #expect(
            texts("de") == [
                "Montag, 7. Dezember 2026", "10:30", "10:30:00 GMT+01:00", "07.12.26", "7. Dezember 2026",
                "07.12.2026", "10:30:00 GMT+1", "10:30:00",
            ])
        #expect(
            texts("fi") == [
                "maanantai 7. joulukuuta 2026", "10.30", "10.30.00 UTC+01.00", "7.12.2026", "7. joulukuuta 2026",
                "7.12.2026", "10.30.00 UTC+1", "10.30.00",
            ])
        #expect(
            texts("fa") == [
                "دوشنبه ۷ دسامبر ۲۰۲۶", "۱۰:۳۰",
                "۱۰:۳۰:۰۰ (\u{200E}+۰۱:۰۰ گرینویچ)", "۲۰۲۶/۱۲/۷",
                "۷ دسامبر ۲۰۲۶", "۷ دسامبر ۲۰۲۶",
                "۱۰:۳۰:۰۰ (\u{200E}+۱ گرینویچ)", "۱۰:۳۰:۰۰",
            ])
        #expect(
            texts("zh-Hant") == [
                "2026年12月7日 星期一", "上午10:30", "上午10:30:00 [GMT+01:00]", "2026/12/7",
                "2026年12月7日", "2026年12月7日", "上午10:30:00 [GMT+1]", "上午10:30:00",
            ])
    }

    @Test func anEraAndQuotedTextInThePattern() {
        let thai = texts("th")
        #expect(thai[0] == "วันจันทร์ที่ 7 ธันวาคม ค.ศ. 2026")
        #expect(thai[2] == "10 นาฬิกา 30 นาที 00 วินาที GMT+01:00")
    }

    @Test func utcHasItsNameAndAnOffsetItsHoursAndMinutes() {
        let utc = Timestamp(secondsSince1970: 1_796_639_400)
        #expect(texts("de", at: utc)[2] == "10:30:00 Koordinierte Weltzeit")
        #expect(texts("de", at: utc)[6] == "10:30:00 UTC")
        let west = Timestamp(secondsSince1970: 1_796_639_400, utcOffsetMinutes: -570)
        #expect(texts("de", at: west)[2] == "01:00:00 GMT-09:30")
        #expect(texts("de", at: west)[6] == "01:00:00 GMT-9:30")
    }

    @Test func theDayBeforeAndAfterAnOffsetAndBeforeTheCommonEra() {
        // 00:30 UTC on January 1 is still December 31 at −01:00.
        let newYear = Timestamp(rfc3339: "2000-01-01T00:30:00-01:00")!
        #expect(texts("de", at: newYear)[0] == "Samstag, 1. Januar 2000")
        #expect(texts("de", at: Timestamp(rfc3339: "1999-12-31T23:30:00-01:00")!)[0] == "Freitag, 31. Dezember 1999")
        #expect(texts("de", at: Timestamp(rfc3339: "2000-02-29T12:00:00Z")!)[0] == "Dienstag, 29. Februar 2000")
        let leapDay1600 = Timestamp(secondsSince1970: -11_670_998_400)
        #expect(leapDay1600.description == "1600-02-29T00:00:00Z")
        #expect(Timestamp(secondsSince1970: -62_198_755_200).description == "-0001-01-01T00:00:00Z")
    }

    @Test func rfc3339ReadsAndWritesTheSameInstant() throws {
        let text = "2026-12-07T10:30:00.25+01:00"
        let timestamp = try #require(Timestamp(rfc3339: text))
        #expect(timestamp.secondsSince1970 == 1_796_635_800)
        #expect(timestamp.nanoseconds == 250_000_000)
        #expect(timestamp.utcOffsetMinutes == 60)
        #expect(timestamp.description == "2026-12-07T10:30:00.25+01:00")
        #expect(Timestamp(rfc3339: "2026-12-07t09:30:00z")?.description == "2026-12-07T09:30:00Z")
        for bad in [
            "2026-02-29T10:00:00Z", "2026-12-07T24:00:00Z", "2026-12-07T10:30:00", "2026-12-07T10:30:00+1:00",
            "2026-12-07", "2026-13-01T00:00:00Z", "2026-12-07T10:30:00.Z", "2026-12-07T10:30:60Z",
        ] {
            #expect(Timestamp(rfc3339: bad) == nil, "\(bad)")
        }
        let json = try JSONEncoder().encode(timestamp)
        #expect(String(decoding: json, as: UTF8.self) == "\"2026-12-07T10:30:00.25+01:00\"")
        #expect(try JSONDecoder().decode(Timestamp.self, from: json) == timestamp)
    }

    /// The problem body carries the RFC 3339 text; the client reads it back into the typed case.
    @Test func aProblemBodyCarriesTheTimestampAndTheClientReadsItBack() throws {
        let error = BookingError.departureChanged(departure: departure)
        let response = ProblemResponse(for: error)
        #expect(String(decoding: response.body, as: UTF8.self).contains(#""departure":"2026-12-07T10:30:00+01:00""#))
        #expect(try BookingError(problemBody: response.body) == error)
    }

    /// Every value of a style the records size their buffers for: no rendering is cut short.
    @Test func aTimestampFarFromTodayRendersWhole() {
        let far = Timestamp(secondsSince1970: 253_402_300_799, utcOffsetMinutes: -1439)
        #expect(far.description == "9999-12-31T00:00:59-23:59")
        #expect(texts("fa", at: far)[2] == "۰:۰۰:۵۹ (\u{200E}−۲۳:۵۹ گرینویچ)")
    }
}
