import ErrorCatalog
@testable import ErrorCatalogCompiler
import Testing

/// The CLDR date data errcat compiles in, and what its records size for it.
@Suite struct DateConventionsTests {
    /// A rendering's buffer holds any timestamp in any style of any CLDR locale: none is cut short.
    @Test func everyLocalesWidestRenderingFitsTheRecordsWidth() {
        var widest = (locale: "", bytes: 0)
        for (locale, _) in CLDRDateFormats.locales {
            let zero = NumberConventions.cldr(locale).zero
            let bytes = DateConventions.cldr(locale).widestBytes(zero: zero)
            if bytes > widest.bytes { widest = (locale, bytes) }
        }
        #expect(widest.bytes <= DateConventions.widestRendering, "\(widest)")
        #expect(widest.bytes > 100, "\(widest)")
    }

    @Test func patternsCompileToFieldsAndQuotedLiterals() {
        let pattern = DatePattern("EEEE'ที่' d MMMM G y 'o''clock' h:mm a zzzz")
        let fields = pattern.items.map { $0.field == .literal ? "'\($0.text)'" : "\($0.field)\($0.width)" }
        #expect(
            fields == [
                "weekday4", "'ที่ '", "day1", "' '", "month4", "' '", "era1", "' '", "year1", "' o'clock '",
                "hour121", "':'", "minute2", "' '", "period1", "' '", "zone4",
            ])
    }

    @Test func aRegionTakesItsLanguagesFieldsWhereItHasNone() {
        let swiss = DateConventions.cldr("de-CH").fields
        let german = DateConventions.cldr("de").fields
        #expect(swiss.months == german.months)
        #expect(DateFields.list(german.months).first == "Januar")
        #expect(DateFields.list(DateConventions.cldr("xx-YY").fields.patterns)[3] == "y-MM-dd")
    }
}
