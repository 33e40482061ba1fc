/// Everything a generated catalog type reads at run time, as constant data.
///
/// Generated code builds this value from string literals in a computed property; it is
/// never stored, so there is nothing to initialise at start-up and nothing to allocate.
@frozen
public struct _CatalogTables: Sendable {
    /// Every string of the catalog; string 0 is empty.
    public let strings: _StringTable
    /// `_EntryField.allCases.count` values per entry, in file order.
    public let entries: _PackedTable
    /// String indices referenced by the entries' list columns.
    public let lists: _PackedTable
    /// Wire code (and alias) → key index.
    public let lookup: _PerfectHashTable
    /// Per slot of ``lookup``, the start of its key's run in ``matches`` (empty for an empty
    /// slot); one extra value ends the last run.
    public let slotMatches: _PackedTable
    /// Entry indices matched by each key, runs in slot order, each run in file order.
    public let matches: _PackedTable
    /// Pairs of (entry index, start of the code's pattern tail), in file order.
    public let families: _PackedTable
    /// The catch-all entry's index, or -1.
    public let catchAll: Int
    /// The compiled messages of the entries that declare parameters (see the entry's
    /// `message` column); value 0 is a placeholder, so 0 in the column means "no parameters".
    public let messages: _PackedTable
    /// The compiled CLDR plural rules of every locale (see `_PluralRules`), one after another.
    public let plurals: _PackedTable
    /// Per locale, the source's first: its tag (a string index), the start of its plural
    /// rules in ``plurals``, the catalog's title in it (0: untranslated) and the start of its
    /// texts in ``translations``.
    public let locales: _PackedTable
    /// Per translation, per entry in file order: title, meaning and remedy (string indices,
    /// 0 for untranslated), the start of the steps in ``lists`` plus one (0: untranslated), and
    /// the entry's message record in ``messages`` (0: none); then per category in file order
    /// its title (0: untranslated).
    public let translations: _PackedTable

    /// Tables over generated data.
    @inlinable
    public init(
        strings: _StringTable, entries: _PackedTable, lists: _PackedTable, lookup: _PerfectHashTable,
        slotMatches: _PackedTable, matches: _PackedTable, families: _PackedTable, catchAll: Int,
        messages: _PackedTable, plurals: _PackedTable, locales: _PackedTable, translations: _PackedTable
    ) {
        self.strings = strings
        self.entries = entries
        self.lists = lists
        self.lookup = lookup
        self.slotMatches = slotMatches
        self.matches = matches
        self.families = families
        self.catchAll = catchAll
        self.messages = messages
        self.plurals = plurals
        self.locales = locales
        self.translations = translations
    }

    /// The plural rules of the catalog's source language.
    public var pluralRules: _PluralRules { pluralRules(locale: 0) }

    /// The plural rules of locale `locale` (an index into ``locales``).
    @inlinable
    public func pluralRules(locale: Int) -> _PluralRules { _PluralRules(plurals, start: locales[4 &* locale &+ 1]) }

    /// The number of locales, the source's included.
    @inlinable
    public var localeCount: Int { locales.count / 4 }

    /// The number of entries.
    @inlinable
    public var entryCount: Int { entries.count / _EntryField.allCases.count }

    /// The value of `field` for entry `entry`.
    @inlinable
    public func value(_ entry: Int, _ field: _EntryField) -> Int {
        entries[entry &* _EntryField.allCases.count &+ field.rawValue]
    }

    /// The string in column `field` of entry `entry`.
    @inlinable
    public func string(_ entry: Int, _ field: _EntryField) -> String {
        strings[value(entry, field)]
    }

    /// The string in column `field`, or `nil` when absent.
    @inlinable
    public func optionalString(_ entry: Int, _ field: _EntryField) -> String? {
        let index = value(entry, field)
        return index == 0 ? nil : strings[index]
    }

    /// The strings of a list column (`start`, followed by its count column).
    @inlinable
    public func strings(_ entry: Int, start: _EntryField, count: _EntryField) -> [String] {
        let first = value(entry, start)
        return (0..<value(entry, count)).map { strings[lists[first + $0]] }
    }

    /// Every entry for `code`: all exact and alias matches in file order, or when there are
    /// none, every family that matches.
    @inlinable
    public func allMatches(_ code: String) -> [Int] {
        Self.withBytes(code) { bytes in
            if let slot = lookup.slot(of: bytes) {
                return (slotMatches[slot]..<slotMatches[slot + 1]).map { matches[$0] }
            }
            return stride(from: 0, to: families.count, by: 2).compactMap { pair in
                familyMatches(pair, bytes) ? families[pair] : nil
            }
        }
    }

    /// The first family (file order) whose pattern matches `bytes`, or `nil`.
    @inlinable
    public func firstFamily(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var pair = 0
        while pair < families.count {
            if familyMatches(pair, bytes) { return families[pair] }
            pair += 2
        }
        return nil
    }

    /// Whether the family at `pair` matches `key`.
    @inlinable
    func familyMatches(_ pair: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        _FamilyPattern.matches(
            key, pattern: strings.bytes(value(families[pair], .code)), tailStart: families[pair + 1],
            foldCase: lookup.foldsCase)
    }

    /// Calls `body` with the UTF-8 bytes of `string`, without copying native strings.
    @inlinable @inline(__always)
    public static func withBytes<R>(_ string: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(string.utf8).withUnsafeBytes(body)
    }
}
