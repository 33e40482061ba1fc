@testable import ErrorCatalogCompiler
import ErrorCatalog
import Testing

/// Matching entries across releases, every change rule with its bump, acknowledgements,
/// ids and tombstones, and what a release refuses.
@Suite struct ReleaseComparisonTests {
    static let base = """
        - {code: CARD_DECLINED, category: payment, http: 402, retry: never, title: Declined, meaning: The card was \
        declined., remedy: Use another card.}
        - {code: RATE_LIMITED, category: limits, http: 429, retry: retry-after, meaning: Too many requests., remedy: \
        Wait.}
        - {code: GONE, category: payment, http: 410, meaning: Gone., remedy: Nothing., deprecated: Use CARD_DECLINED.}
        - {code: E5xx, family: true, category: limits, http: 500, meaning: Server error., remedy: Retry later.}
        """

    /// The checked catalog of `entries` (YAML flow mappings, one per line).
    static func catalog(_ entries: String, name: String = "Payments") throws -> Catalog {
        let yaml = """
            catalog: \(name)
            title: Payments
            categories:
              - {id: payment, title: Payment}
              - {id: limits, title: Limits}
            errors:
            \(entries.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))

            """
        var diagnostics = DiagnosticList()
        let catalog = Pipeline().identified(Array(yaml.utf8), file: "\(name).yaml", diagnostics: &diagnostics)
        #expect(diagnostics.all.map(\.description) == [])
        return try #require(catalog)
    }

    static func version(_ text: String) -> SemanticVersion { SemanticVersion(text)! }

    /// The ledger after releasing `entries` as `version` on top of `ledger`.
    static func released(_ entries: String, as version: String, on ledger: Ledger = Ledger()) throws -> Ledger {
        let comparison = ReleaseComparison([try catalog(entries)], ledger: ledger)
        #expect(comparison.refusal(for: Self.version(version)) == nil)
        return ledger.releasing(Self.version(version), with: comparison)
    }

    func compare(_ entries: String, with ledger: Ledger, next: String? = nil) throws -> ReleaseComparison {
        ReleaseComparison([try Self.catalog(entries)], ledger: ledger, next: next.map(Self.version))
    }

    func rules(_ comparison: ReleaseComparison) -> [String] {
        comparison.findings.map {
            "\($0.rule.rawValue) \($0.name) "
                + "\($0.bump)\($0.old.map { " old=\($0)" } ?? "")\($0.new.map { " new=\($0)" } ?? "")"
        }
    }

    @Test func nothingChangedFindsNothing() throws {
        let ledger = try Self.released(Self.base, as: "1.0.0")
        let comparison = try compare(Self.base, with: ledger)
        #expect(comparison.findings.isEmpty)
        #expect(comparison.neededBump == nil)
        #expect(comparison.catalogs[0].entries.map(\.id) == [1, 2, 3, 4])
        #expect(comparison.catalogs[0].entries.map(\.since) == ["1.0.0", "1.0.0", "1.0.0", "1.0.0"])
    }

    @Test(arguments: [
        // (edit of the base, expected findings)
        ("http: 402", "http: 409", ["http-changed cardDeclined major old=402 new=409"]),
        ("retry: retry-after", "retry: backoff", ["retry-changed rateLimited major old=retry-after new=backoff"]),
        (
            "category: limits, http: 429", "category: payment, http: 429",
            ["category-changed rateLimited major old=limits new=payment"]
        ),
        (
            "meaning: The card was declined.", "meaning: The issuer declined the card.",
            ["meaning-changed cardDeclined patch old=The card was declined. new=The issuer declined the card."]
        ),
        (
            "remedy: Use another card.", "remedy: Try another card.",
            ["remedy-changed cardDeclined patch old=Use another card. new=Try another card."]
        ),
        (
            "title: Declined", "title: Card declined",
            ["title-changed cardDeclined patch old=Declined new=Card declined"]
        ),
        ("remedy: Wait.}", "remedy: Wait., deprecated: Slow down.}", ["deprecated rateLimited minor new=Slow down."]),
        (
            "code: RATE_LIMITED,", "code: RATE_LIMITED, aliases: [TOO_MANY],",
            ["alias-added rateLimited minor new=TOO_MANY"]
        ),
        (
            "code: E5xx, family: true,", "code: F5xx, name: e5xx, family: true,",
            ["code-changed e5xx major old=E5xx (family) new=F5xx (family)"]
        ),
        (
            "code: CARD_DECLINED,", "code: CARD_REFUSED, name: cardDeclined, aliases: [CARD_DECLINED],",
            ["code-changed cardDeclined minor old=CARD_DECLINED new=CARD_REFUSED"]
        ),
        (
            "- {code: GONE", "- {code: NEW_ONE, category: payment, meaning: New., remedy: New.}\n- {code: GONE",
            ["entry-added newOne minor"]
        ),
    ])
    func eachChangeIsReportedWithItsBump(_ old: String, _ new: String, _ expected: [String]) throws {
        let ledger = try Self.released(Self.base, as: "1.0.0")
        let comparison = try compare(Self.base.replacingOccurrences(of: old, with: new), with: ledger)
        #expect(rules(comparison) == expected)
    }

    @Test func aRemovedAliasAndARemovedEntryAreBreaking() throws {
        let withAlias = Self.base.replacingOccurrences(
            of: "code: RATE_LIMITED,", with: "code: RATE_LIMITED, aliases: [TOO_MANY],")
        let ledger = try Self.released(withAlias, as: "1.0.0")
        let edited = Self.base.split(separator: "\n").filter { !$0.contains("code: CARD_DECLINED") }.joined(
            separator: "\n")
        let comparison = try compare(edited, with: ledger)
        #expect(
            rules(comparison) == [
                "alias-removed rateLimited major old=TOO_MANY", "entry-removed cardDeclined major old=cardDeclined",
            ])
        #expect(comparison.hasUnacknowledgedBreakingChanges)
    }

    @Test func removingAnEntryDeprecatedInTheLastReleaseIsAcknowledged() throws {
        let ledger = try Self.released(Self.base, as: "1.0.0")
        let edited = Self.base.split(separator: "\n").filter { !$0.contains("GONE") }.joined(separator: "\n")
        let comparison = try compare(edited, with: ledger)
        #expect(rules(comparison) == ["entry-removed gone major old=gone"])
        #expect(!comparison.hasUnacknowledgedBreakingChanges)
        #expect(comparison.findings[0].acknowledgement?.hasPrefix("deprecated in an earlier release") == true)
        // Still a major change: a minor release is refused.
        #expect(comparison.refusal(for: Self.version("1.1.0"))?.contains("need") == true)
        #expect(comparison.refusal(for: Self.version("2.0.0")) == nil)
    }

    @Test func breakingChangeAcknowledgesItsOwnEntryOnly() throws {
        let ledger = try Self.released(Self.base, as: "1.0.0")
        let edited = Self.base
            .replacingOccurrences(
                of: "http: 402, retry: never,",
                with: "http: 409, retry: never, breaking_change: Conflicts are 409 now.,"
            )
            .replacingOccurrences(of: "http: 429", with: "http: 503")
        let comparison = try compare(edited, with: ledger)
        let acknowledged = comparison.findings.map { "\($0.name) \($0.acknowledgement ?? "-")" }
        #expect(acknowledged == ["cardDeclined breaking_change: Conflicts are 409 now.", "rateLimited -"])
        #expect(comparison.hasUnacknowledgedBreakingChanges)
        // A major next release acknowledges every breaking change.
        #expect(!(try compare(edited, with: ledger, next: "2.0.0")).hasUnacknowledgedBreakingChanges)
        #expect((try compare(edited, with: ledger, next: "1.1.0")).hasUnacknowledgedBreakingChanges)
    }

    @Test func aStaleBreakingChangeIsAWarning() throws {
        let ledger = try Self.released(Self.base, as: "1.0.0")
        let edited = Self.base.replacingOccurrences(
            of: "title: Declined,", with: "title: Declined, breaking_change: Old news.,")
        let comparison = try compare(edited, with: ledger)
        #expect(comparison.diagnostics.all.map(\.message).contains { $0.contains("acknowledges nothing") })
    }

    @Test func renamesAreRecognisedByRenamedFromOrByCodeAndCategory() throws {
        let ledger = try Self.released(Self.base, as: "1.0.0")
        // Same code and category, new name: a rename.
        let implicit = Self.base.replacingOccurrences(
            of: "code: CARD_DECLINED,", with: "code: CARD_DECLINED, name: declined,")
        var comparison = try compare(implicit, with: ledger)
        #expect(rules(comparison) == ["entry-renamed declined minor old=cardDeclined new=declined"])
        #expect(comparison.catalogs[0].entries[0].id == 1)
        #expect(comparison.catalogs[0].entries[0].formerNames == ["cardDeclined"])
        // renamed_from wins over a code match: the entry with the old code is a new one.
        let explicit = Self.base
            .replacingOccurrences(
                of: "code: RATE_LIMITED,", with: "code: SLOW_DOWN, name: slowDown, renamed_from: rateLimited,"
            )
            .replacingOccurrences(
                of: "- {code: GONE",
                with:
                    "- {code: RATE_LIMITED, name: limitedAgain, category: limits, http: 429, retry: retry-after, "
                    + "meaning: Too many requests., remedy: Wait.}\n- {code: GONE"
            )
        comparison = try compare(explicit, with: ledger)
        #expect(
            rules(comparison).prefix(2) == [
                "entry-renamed slowDown minor old=rateLimited new=slowDown",
                "code-changed slowDown major old=RATE_LIMITED new=SLOW_DOWN",
            ])
        #expect(comparison.catalogs[0].entries.map(\.id) == [1, 2, 5, 3, 4])
        // renamed_from naming nothing is an error.
        let wrong = Self.base.replacingOccurrences(
            of: "code: RATE_LIMITED,", with: "code: RATE_LIMITED, name: limited, renamed_from: nothing,")
        #expect(try compare(wrong, with: ledger).diagnostics.hasErrors)
    }

    @Test func idsSurviveReorderingAndAreNeverReused() throws {
        let v1 = try Self.released(Self.base, as: "1.0.0")
        let lines = Self.base.split(separator: "\n").map(String.init)
        // Reordered, the first entry removed (deprecated GONE stays), one added.
        let v2Entries =
            ([lines[3], lines[2], lines[1], "- {code: NEW, category: payment, meaning: New., remedy: New.}"]).joined(
                separator: "\n")
        let comparison = try compare(v2Entries, with: v1, next: "2.0.0")
        #expect(comparison.catalogs[0].entries.map(\.id) == [4, 3, 2, 5])
        let v2 = v1.releasing(Self.version("2.0.0"), with: comparison)
        let tombstone = try #require(v2.catalog("Payments")?.entries.first { $0.id == 1 })
        #expect(tombstone.removed == Self.version("2.0.0"))
        #expect(v2.catalog("Payments")?.nextID == 6)
        // A later entry never gets id 1, and taking the removed code back is refused.
        let reuse = v2Entries + "\n- {code: CARD_DECLINED, category: limits, meaning: Again., remedy: Again.}"
        let again = try compare(reuse, with: v2)
        #expect(again.catalogs[0].entries.last?.id == 6)
        #expect(
            rules(again).contains("code-reused cardDeclined major old=cardDeclined (id 1) new=code 'CARD_DECLINED'"))
        #expect(again.refusal(for: Self.version("3.0.0"))?.contains("reuse") == true)
        #expect(again.hasUnacknowledgedBreakingChanges)
    }

    /// An upstream moved a code from a retired area to another (as AWS did with
    /// DryRunOperationException): refused as before, unless the entry that takes it says why,
    /// and then only in a major release; the release records who had it and who has it now.
    @Test func aReusedCodeWhoseEntrySaysWhyTakesAMajorRelease() throws {
        let v1 = try Self.released(Self.base, as: "1.0.0")
        let lines = Self.base.split(separator: "\n").map(String.init)
        let moved =
            "- {code: CARD_DECLINED, name: declinedAgain, category: limits, meaning: Declined by the limits "
            + "service., remedy: Wait.}"
        let refused = try compare(
            ([lines[1], lines[2], lines[3], moved]).joined(separator: "\n"), with: v1, next: "2.0.0")
        #expect(
            rules(refused).contains("code-reused declinedAgain major old=cardDeclined (id 1) new=code 'CARD_DECLINED'"))
        // --next alone acknowledges the removal, never the reuse.
        #expect(refused.findings.first { $0.rule == .codeReused }?.acknowledgement == nil)
        #expect(refused.refusal(for: Self.version("2.0.0"))?.contains("breaking_change") == true)
        let said = moved.replacingOccurrences(
            of: "remedy: Wait.}",
            with: "remedy: Wait., breaking_change: The provider moved this code to its limits service.}")
        let entries = ([lines[1], lines[2], lines[3], said]).joined(separator: "\n")
        let accepted = try compare(entries, with: v1, next: "2.0.0")
        let reuse = try #require(accepted.findings.first { $0.rule == .codeReused })
        #expect(reuse.acknowledgement == "breaking_change: The provider moved this code to its limits service.")
        #expect(!accepted.hasUnacknowledgedBreakingChanges)
        #expect(accepted.refusal(for: Self.version("2.0.0")) == nil)
        #expect(accepted.refusal(for: Self.version("1.1.0"))?.contains("major") == true)
        // Without --next the removal is not acknowledged (it was not deprecated), the reuse is.
        #expect(
            try compare(entries, with: v1).findings.filter(\.isUnacknowledgedBreaking).map(\.rule) == [.entryRemoved])
        let v2 = v1.releasing(Self.version("2.0.0"), with: accepted)
        let recorded = try #require(v2.changes.first { $0.rule == .codeReused })
        #expect(
            recorded.name == "declinedAgain" && recorded.old == "cardDeclined (id 1)"
                && recorded.note == reuse.acknowledgement)
        let notes = ChangelogEmitter.markdown(v2)
        #expect(
            notes.contains(
                "`Payments.declinedAgain` (`CARD_DECLINED`) now has code 'CARD_DECLINED', which removed entry "
                    + "`Payments.cardDeclined (id 1)` had before — **breaking**, breaking_change: The provider moved "
                    + "this code to its limits service."
            ))
        // The next comparison finds nothing reused: the entry holds the code since 2.0.0.
        let after = try compare(
            entries.replacingOccurrences(
                of: ", breaking_change: The provider moved this code to its limits service.", with: ""), with: v2)
        #expect(after.findings.isEmpty)
        // The docs' removed codes say which entry has the code now.
        let page = try #require(DocsEmitter().emit(after.catalogs, history: v2).first { $0.path == "docs/payments.md" })
            .contents
        #expect(
            page.contains(
                "- **Now used by:** [<code>Payments.declinedAgain</code>](#card-declined) (id 5) has "
                    + "<code>CARD&#95;DECLINED</code> now"
            ))
    }

    @Test func formerNamesLastUntilTheNextMajorRelease() throws {
        let v1 = try Self.released(Self.base, as: "1.0.0")
        let renamed = Self.base.replacingOccurrences(
            of: "code: CARD_DECLINED,", with: "code: CARD_DECLINED, name: declined,")
        let v11 = try Self.released(renamed, as: "1.1.0", on: v1)
        #expect(try compare(renamed, with: v11).catalogs[0].entries[0].formerNames == ["cardDeclined"])
        let v12 = try Self.released(renamed, as: "1.2.0", on: v11)
        #expect(try compare(renamed, with: v12).catalogs[0].entries[0].formerNames == ["cardDeclined"])
        let v2 = try Self.released(renamed, as: "2.0.0", on: v12)
        #expect(try compare(renamed, with: v2).catalogs[0].entries[0].formerNames == [])
        // A new entry may not take a name still kept as a deprecated member.
        let clash = renamed + "\n- {code: OTHER, name: cardDeclined, category: payment, meaning: X., remedy: Y.}"
        #expect(rules(try compare(clash, with: v12)).contains { $0.hasPrefix("code-reused cardDeclined") })
    }

    @Test func aReleaseThatIsTooSmallOrNotAboveIsRefused() throws {
        let ledger = try Self.released(Self.base, as: "1.0.0")
        let edited = Self.base.replacingOccurrences(of: "meaning: Gone.", with: "meaning: Gone for good.")
            .replacingOccurrences(of: "code: RATE_LIMITED,", with: "code: RATE_LIMITED, aliases: [TOO_MANY],")
        let comparison = try compare(edited, with: ledger)
        #expect(comparison.neededBump == .minor)
        #expect(
            comparison.refusal(for: Self.version("1.0.1"))
                == "1.0.1 is a patch release after 1.0.0, but 1 change needs a minor one (1.1.0 at least): "
                + "alias-added: Payments.rateLimited (id 2, code 'RATE_LIMITED') gains alias 'TOO_MANY'"
        )
        #expect(comparison.refusal(for: Self.version("1.0.0")) == "1.0.0 is not above the last release, 1.0.0")
        #expect(comparison.refusal(for: Self.version("0.9.0")) == "0.9.0 is not above the last release, 1.0.0")
        #expect(comparison.refusal(for: Self.version("1.1.0")) == nil)
        // The release records the changes for the changelog.
        let next = ledger.releasing(Self.version("1.1.0"), with: comparison)
        #expect(next.changes.map(\.rule) == [.aliasAdded, .meaningChanged])
        let changelog = ChangelogEmitter.markdown(next)
        #expect(
            changelog.contains(
                "## 1.1.0\n\n### Changed\n\n- `Payments.rateLimited` (`RATE_LIMITED`): alias `TOO_MANY` added\n- "
                    + "`Payments.gone` (`GONE`): meaning reworded\n"
            ))
        #expect(changelog.contains("## 1.0.0\n\nFirst release: 4 entries in 1 catalog (`Payments` 4).\n"))
    }

    @Test func anEntryAddedToAnExhaustiveCatalogIsBreaking() throws {
        let ledger = try Self.released(Self.base, as: "1.0.0")
        var catalog = try Self.catalog(Self.base + "\n- {code: NEW, category: payment, meaning: New., remedy: New.}")
        catalog.isExhaustive = true
        let comparison = ReleaseComparison([catalog], ledger: ledger)
        #expect(rules(comparison) == ["entry-added new major"])
        #expect(comparison.hasUnacknowledgedBreakingChanges)
        #expect(!(try SwiftEmitter().emit(catalog, source: "x")).contains("@nonexhaustive"))
        #expect(
            try SwiftEmitter().emit(Self.catalog(Self.base), source: "x").contains(
                "#if hasAttribute(nonexhaustive)\n@nonexhaustive\n#endif\npublic enum Payments"))
    }

    @Test func beforeAnyReleaseNothingIsFound() throws {
        let comparison = try compare(Self.base, with: Ledger())
        #expect(comparison.since == nil)
        #expect(comparison.findings.isEmpty)
        #expect(!comparison.hasUnacknowledgedBreakingChanges)
        #expect(comparison.catalogs[0].entries.map(\.id) == [1, 2, 3, 4])
        #expect(comparison.catalogs[0].entries.allSatisfy { $0.since == nil })
    }

    @Test func versionsBumpAsSemverSays() {
        let v = Self.version
        #expect(v("1.4.0").bump(to: v("2.0.0")) == .major)
        #expect(v("1.4.0").bump(to: v("1.5.0")) == .minor)
        #expect(v("1.4.0").bump(to: v("1.4.1")) == .patch)
        #expect(v("1.4.0").bump(to: v("1.4.0")) == nil)
        #expect(v("0.3.0").bump(to: v("0.4.0")) == .major)
        #expect(v("0.3.0").bump(to: v("0.3.1")) == .minor)
        #expect(v("2.0.0-rc.1") < v("2.0.0"))
        #expect(v("2.0.0-rc.2") < v("2.0.0-rc.10"))
        #expect(v("1.4.0").next(.major) == v("2.0.0"))
        #expect(v("0.4.2").next(.major) == v("0.5.0"))
        #expect(SemanticVersion("1.4") == nil)
        #expect(SemanticVersion("01.4.0") == nil)
        #expect(SemanticVersion("1.4.0+build") == nil)
    }
}
