@testable import ErrorCatalog
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The languages a Linux process's locale environment names, as gettext reads them.
@Suite struct PreferredLanguagesTests {
    @Test(arguments: [
        (["LANG": "de_CH.UTF-8"], ["de-CH"]),
        (["LANGUAGE": "fr:de_AT", "LANG": "en_US.UTF-8"], ["fr", "de-AT", "en-US"]),
        (["LC_ALL": "pt_BR.UTF-8@latin", "LANG": "de_DE.UTF-8"], ["pt-BR"]),
        (["LC_MESSAGES": "sr_RS@latin", "LANG": "de_DE"], ["sr-RS"]),
        (["LANG": "C.UTF-8", "LANGUAGE": "de"], []),
        (["LANG": "POSIX"], []),
        ([:], []),
        (["LANGUAGE": "ru", "LANG": "ca_ES.UTF-8"], ["ru", "ca-ES"]),
    ])
    func environmentNamesTheLanguages(_ environment: [String: String], _ expected: [String]) {
        #expect(PreferredLanguages.fromEnvironment(environment) == expected)
    }

    /// The process's own environment is read without Foundation (the default traits link none).
    @Test func theProcessEnvironmentIsReadWithoutFoundation() {
        let saved = PreferredLanguages.environmentVariables.map { name in
            (name, getenv(name).map { String(cString: $0) })
        }
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
        }
        for name in PreferredLanguages.environmentVariables { unsetenv(name) }
        setenv("LANG", "de_DE.UTF-8", 1)
        #expect(PreferredLanguages.current == ["de-DE"])
        setenv("LANGUAGE", "fr:de", 1)
        #expect(PreferredLanguages.current == ["fr", "de", "de-DE"])
    }
}
