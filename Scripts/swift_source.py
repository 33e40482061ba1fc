"""What the CLDR scripts share to write Swift source: string literal text."""
import unicodedata


def escaped(text):
    """`text` as the pieces of a Swift string literal's body, one per character: quotes and
    backslashes escaped, controls, formatting characters, marks and non-ASCII spaces as `\\u{…}`,
    so a reader (and a diff) sees every invisible character."""
    out = []
    for character in text:
        if character in '"\\':
            out.append("\\" + character)
        elif ord(character) < 0x20 or unicodedata.category(character) in ("Cf", "Zs", "Mn") and character != " ":
            out.append("\\u{%X}" % ord(character))
        else:
            out.append(character)
    return out


def literal(text):
    """A one-line Swift string literal of `text`."""
    return '"' + "".join(escaped(text)) + '"'
