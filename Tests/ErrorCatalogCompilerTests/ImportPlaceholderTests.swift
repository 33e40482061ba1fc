@testable import ErrorCatalogCompiler
import ErrorCatalog
import Testing

/// `errcat import` makes parameters of printf-style and `{name}` placeholders, and the
/// messages render what printf would have printed.
@Suite struct ImportPlaceholderTests {
    static let table = """
        code,meaning,remedy
        ER_CANT_CREATE_TABLE,Can't create table '%s' (errno: %d),Check the disk; 100%% full?
        ER_TOO_LONG,Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).,Shorten \
        {field_name}.
        ER_RATIO,Ratio %.2f is too high,None.
        ER_BRACES,A { "json": true } body with 100% of 'quotes',None.
        """

    @Test func placeholdersBecomeTypedParameters() throws {
        let result = CatalogImporter(catalogName: "MySQLError", title: "MySQL").outcome(
            Array(Self.table.utf8), file: "t.csv", format: .csv)
        let yaml = try #require(result.yaml)
        var diagnostics = DiagnosticList()
        let catalog = try #require(
            Pipeline().identified(Array(yaml.utf8), file: "imported.yaml", diagnostics: &diagnostics),
            "\(diagnostics.sorted)")
        let entries = catalog.entries
        #expect(
            entries.map { $0.parameters.map { "\($0.name):\($0.kind)" } } == [
                ["arg1:string", "arg2:integer"], ["limitValue:integer", "showValue:integer", "fieldName:string"],
                ["arg1:number"], [],
            ])
        func meaning(_ index: Int, _ arguments: MessageArguments) -> String? {
            entries[index].messages?.meaning.rendered(arguments, rules: .english)
        }
        #expect(meaning(0, ["arg1": "users", "arg2": 28]) == "Can't create table 'users' (errno: 28)")
        #expect(entries[0].remedy.text == "Check the disk; 100% full?")
        #expect(
            meaning(1, ["limitValue": 10, "showValue": 12])
                == "Ensure this value has at most 10 characters (it has 12).")
        #expect(entries[1].messages?.remedy.first?.rendered(["fieldName": "name"], rules: .english) == "Shorten name.")
        #expect(meaning(2, ["arg1": 1.5]) == "Ratio 1.5 is too high")
        // Without placeholders a text stays plain, braces, percent signs and apostrophes included.
        #expect(entries[3].messages == nil)
        #expect(entries[3].meaning == #"A { "json": true } body with 100% of 'quotes'"#)
    }

    @Test(arguments: [
        "It's {name}'s turn", "'{name}'", "Braces '{' and '}' around {name}",
        "Two '' and {n, plural, one {# '#'} other {#}}", "'' {name}",
    ])
    func icuTextParsesBackToTheSameMessage(_ text: String) throws {
        var parser = MessageParser(text, parameters: ["name": .string, "n": .integer], rules: .english)
        let parsed = parser.parse()
        let message = try #require(parsed)
        var again = MessageParser(message.icuText, parameters: ["name": .string, "n": .integer], rules: .english)
        let reparsed = again.parse()
        #expect(reparsed == message, "\(message.icuText)")
    }

    /// A printf text, converted to ICU, renders what printf prints: apostrophes before, after
    /// and between placeholders, braces, `%%`, positional and named placeholders.
    @Test(arguments: [
        ("més d'%(max)d caràcter", "més d'7 caràcter"),
        ("l'%s d'%s", "l'abc d'abc"),
        ("'%s'", "'abc'"),
        ("%s'' { x } '{' 100%%", "abc'' { x } '{' 100%"),
        ("it's %(max)d%%'s '#' {", "it's 7%'s '#' {"),
        ("''%d''", "''7''"),
        ("%(max)d'%(max)d'", "7'7'"),
        // An apostrophe right after a quoted brace (found by the fuzzer).
        ("%d mte}'s car}'s car", "7 mte}'s car}'s car"),
        ("{'s %s '{'", "{'s abc '{'"),
    ])
    func printfTextsRenderBackExactly(_ printf: String, _ printed: String) throws {
        let scan = Placeholders.scan(printf)
        let icu = Message(scan.parts).icuText
        let kinds = Dictionary(uniqueKeysWithValues: scan.parameters.map { ($0.name, $0.kind) })
        var parser = MessageParser(icu, parameters: kinds, rules: .english)
        let parsed = parser.parse()
        let message = try #require(parsed, "\(icu): \(parser.issues)")
        let arguments = MessageArguments(
            scan.parameters.map { parameter in
                MessageArguments.Argument(
                    parameter.name, parameter.kind == .integer ? MessageArgument.integer(7) : .string("abc"))
            })
        #expect(message.rendered(arguments, rules: .english) == printed, "\(icu)")
    }

    /// A plural form's count becomes `#`: an apostrophe before it is doubled, not a quote.
    @Test func anApostropheBeforeAPluralsCountStaysAnApostrophe() throws {
        let parts = Placeholders.scan("més d'%(max)d caràcter").parts
        let one = Message(parts.map { $0 == .argument("max") ? .pound : $0 })
        let icu = "{max, plural, one {\(one.icuText(inPlural: true))} other {# caràcters}}"
        var parser = MessageParser(icu, parameters: ["max": .integer], rules: .english)
        let parsed = parser.parse()
        let message = try #require(parsed, "\(icu): \(parser.issues)")
        #expect(message.rendered(["max": 1], rules: .english) == "més d'1 caràcter", "\(icu)")
    }
}
