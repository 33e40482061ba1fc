/// `errcat check`'s output: the findings as diagnostics for people and IDEs, or as JSON for
/// tools.
public enum CheckReport {
    /// Each finding as a diagnostic at its location: an unacknowledged breaking change is an
    /// error, an acknowledged one a warning, anything else a note; breaking ones carry their
    /// impact on the wire and in Swift as notes.
    public static func diagnostics(_ comparison: ReleaseComparison) -> DiagnosticList {
        var list = DiagnosticList()
        for finding in comparison.findings {
            let severity: Diagnostic.Severity =
                finding.isUnacknowledgedBreaking ? .error : finding.isBreaking ? .warning : .note
            var message = "[\(finding.rule.rawValue)] \(finding.summary); needs a \(finding.bump) release"
            if finding.rule == .codeReused, finding.acknowledgement == nil {
                message +=
                    "; a removed entry's codes and name are not used again unless the entry that takes them says why "
                    + "in 'breaking_change:' (then only in a major release)"
            } else if let acknowledgement = finding.acknowledgement {
                message += "; acknowledged by \(acknowledgement)"
            } else if finding.isBreaking {
                message += "; acknowledge it with 'breaking_change: <why>' on the entry, or deprecate before removing"
            }
            var notes: [Diagnostic] = []
            if finding.isBreaking {
                notes.append(
                    Diagnostic(
                        .note, "on the wire: \(finding.rule.wire); in Swift: \(finding.rule.source)",
                        at: finding.location))
            }
            list.append(Diagnostic(severity, message, at: finding.location, notes: notes))
        }
        return list
    }

    /// One line: how many changes, the bump they need, and what is unacknowledged.
    public static func summary(_ comparison: ReleaseComparison) -> String {
        guard let since = comparison.since else {
            return "nothing released yet: run 'errcat release VERSION' to record the first release"
        }
        let findings = comparison.findings
        guard let bump = comparison.neededBump else { return "no changes since \(since)" }
        let unacknowledged = findings.filter(\.isUnacknowledgedBreaking).count
        var text =
            "\(findings.count) "
            + "change\(findings.count == 1 ? "" : "s") since \(since); the next release must be \(bump) "
            + "(\(since.next(bump)) or above)"
        if unacknowledged > 0 {
            text += "; \(unacknowledged) breaking change\(unacknowledged == 1 ? " is" : "s are") not acknowledged"
        }
        return text
    }

    /// `{"since", "bump", "findings": [...]}`, members in a fixed order.
    public static func json(_ comparison: ReleaseComparison) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.string("since", comparison.since?.description)
        json.string("bump", comparison.since == nil ? nil : comparison.neededBump?.description ?? "none")
        json.string(
            "next", comparison.since.flatMap { since in comparison.neededBump.map { since.next($0).description } })
        json.bool("unacknowledged", comparison.hasUnacknowledgedBreakingChanges)
        json.beginArray("findings")
        for finding in comparison.findings {
            json.beginObject()
            json.string("rule", finding.rule.rawValue)
            json.string("severity", finding.bump.description)
            json.bool("breaking", finding.isBreaking)
            json.string("acknowledged", finding.acknowledgement)
            json.string("catalog", finding.catalog)
            json.string("name", finding.name)
            json.string("code", finding.code)
            json.number("id", finding.id)
            json.string("old", finding.old)
            json.string("new", finding.new)
            json.string("file", finding.location.file)
            json.number("line", finding.location.line)
            json.number("column", finding.location.column)
            json.string("wire", finding.rule.wire)
            json.string("source", finding.rule.source)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text
    }
}
