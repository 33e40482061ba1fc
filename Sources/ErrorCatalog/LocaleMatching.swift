/// Which of a catalog's locales answers a requested language: BCP 47 tags compared without
/// regard to case (`_` read as `-`), with RFC 4647 "lookup": a tag that matches no locale is
/// shortened subtag by subtag (`de-CH-1996` → `de-CH` → `de`) until one does. A language no
/// locale names on its own is then answered by a regional locale of it, the first by tag
/// (`bg` → `bg-BG`, as Apple's and CLDR's language matching do), before the source.
public enum _LocaleMatching {
    /// The locales of `tables` that `tag` falls back through, most specific first, ending in
    /// the source (0): `de-CH` in a catalog with `de-CH` and `de` gives both, then the source.
    public static func chain(_ tag: String, in tables: _CatalogTables) -> [Int] {
        var chain: [Int] = []
        _ = first(along: tag, in: tables) { index -> Bool? in
            chain.append(index)
            return nil
        }
        return chain
    }

    /// The first non-`nil` result of `body` for the locales `tag` falls back through (see
    /// ``chain(_:in:)``), without building the chain: what every localized text reads through.
    @inlinable
    public static func first<T>(along tag: String, in tables: _CatalogTables, _ body: (Int) -> T?) -> T? {
        var tag = tag
        return tag.withUTF8 { bytes -> T? in
            var end = bytes.count
            var namesSource = false
            while end > 0 {
                if let index = index(of: UnsafeBufferPointer(rebasing: bytes[..<end]), in: tables) {
                    if index == 0 { namesSource = true } else if let found = body(index) { return found }
                }
                guard let cut = bytes[..<end].lastIndex(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
                else { break }
                end = cut
                // A single-letter subtag (an extension's singleton) goes with what follows it.
                if let last = bytes[..<end].lastIndex(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }),
                    end - last == 2
                {
                    end = last
                }
            }
            if !namesSource {
                var locale = 1
                while locale < tables.localeCount {
                    if isRegional(locale, of: bytes, in: tables), let found = body(locale) { return found }
                    locale += 1
                }
            }
            return body(0)
        }
    }

    /// Whether locale `locale` is a regional form of `tag`'s language (`bg-BG` for `bg` or
    /// `bg-XX`) that the lookup along `tag` did not visit already (`bg-BG` for `bg-BG-x`).
    @usableFromInline
    static func isRegional(_ locale: Int, of tag: UnsafeBufferPointer<UInt8>, in tables: _CatalogTables) -> Bool {
        let candidate = tables.strings.bytes(tables.locales[4 &* locale])
        let isSeparator = { (byte: UInt8) in byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") }
        let language = tag.firstIndex(where: isSeparator) ?? tag.count
        guard candidate.count > language, isSeparator(candidate[candidate.startIndex &+ language]),
            zip(candidate.prefix(language), tag.prefix(language)).allSatisfy({ fold($0) == fold($1) })
        else { return false }
        let visited =
            candidate.count <= tag.count
            && (candidate.count == tag.count || isSeparator(tag[candidate.count]))
            && zip(candidate, tag).allSatisfy { fold($0) == fold($1) }
        return !visited
    }

    /// The locale whose tag is `tag` (ignoring case, `_` as `-`), if the catalog has it.
    @usableFromInline
    static func index(of tag: UnsafeBufferPointer<UInt8>, in tables: _CatalogTables) -> Int? {
        var locale = 0
        while locale < tables.localeCount {
            let candidate = tables.strings.bytes(tables.locales[4 &* locale])
            if candidate.count == tag.count, zip(candidate, tag).allSatisfy({ fold($0) == fold($1) }) { return locale }
            locale += 1
        }
        return nil
    }

    /// The locale whose tag is `tag`, if the catalog has it.
    static func index(of tag: Substring, in tables: _CatalogTables) -> Int? {
        var tag = String(tag)
        return tag.withUTF8 { index(of: $0, in: tables) }
    }

    @usableFromInline
    static func fold(_ byte: UInt8) -> UInt8 {
        byte == UInt8(ascii: "_") ? UInt8(ascii: "-") : _ASCII.lowercased(byte)
    }

    /// The locale an `Accept-Language` header (RFC 9110) asks for: its language ranges in
    /// order of `q` (ties in the header's order, `q=0` excluded), each looked up as RFC 4647
    /// says; the first that finds a locale (the source's included) wins, else the source (0).
    /// `*` matches the source.
    public static func negotiate(_ acceptLanguage: String, in tables: _CatalogTables) -> Int {
        for range in ranges(acceptLanguage) {
            if range == "*" { return 0 }
            if let found = lookup(range, in: tables) { return found }
        }
        return 0
    }

    /// The first locale `tag` or one of its prefixes names, most specific first.
    /// Then, for a language no locale names on its own, its first regional locale.
    static func lookup(_ tag: String, in tables: _CatalogTables) -> Int? {
        var candidate = Substring(tag)
        while !candidate.isEmpty {
            if let found = index(of: candidate, in: tables) { return found }
            guard let cut = candidate.lastIndex(where: { $0 == "-" || $0 == "_" }) else { break }
            candidate = candidate[..<cut]
        }
        var tag = tag
        return tag.withUTF8 { bytes in
            (1..<max(tables.localeCount, 1)).first { isRegional($0, of: bytes, in: tables) }
        }
    }

    /// The language ranges of an `Accept-Language` value by descending `q` (stable), without
    /// those of `q=0` and without malformed ones.
    public static func ranges(_ header: String) -> [String] {
        var weighted: [(range: String, q: Int, position: Int)] = []
        for (position, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";")
            guard let first = parts.first else { continue }
            let range = first.filter { $0 != " " && $0 != "\t" }
            guard !range.isEmpty,
                range == "*" || range.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { continue }
            var q = 1000
            for parameter in parts.dropFirst() {
                let pair = parameter.filter { $0 != " " && $0 != "\t" }
                if pair.hasPrefix("q=") || pair.hasPrefix("Q=") { q = quality(pair.dropFirst(2)) ?? 0 }
            }
            if q > 0 { weighted.append((String(range), q, position)) }
        }
        return weighted.sorted { ($0.q, -$0.position) > ($1.q, -$1.position) }.map(\.range)
    }

    /// A `qvalue` (`0`, `0.5`, `1.000`) in thousandths; `nil` when malformed.
    static func quality(_ text: Substring) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = parts.first, whole == "0" || whole == "1", parts.count <= 2 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 3, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var digits = String(fraction)
        while digits.count < 3 { digits += "0" }
        let thousandths = Int(digits) ?? 0
        let value = (whole == "1" ? 1000 : 0) + thousandths
        return value <= 1000 ? value : nil
    }
}
