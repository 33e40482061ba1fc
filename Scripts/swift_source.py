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


def records_literal(records, indent="        "):
    """Records (lists of fields) as the body of a Swift multi-line string literal: one line per
    record, its fields parted by tabs (`\\t`), each source line at most 120 bytes (a longer record is
    continued with a backslash, a space before it escaped so that no tool trims it). A text
    literal compiles in a fraction of the time and memory an array of values takes."""
    lines = []
    for record in records:
        tokens = []
        for index, field in enumerate(record):
            if index:
                tokens.append("\\t")
            tokens += escaped(field)
        line = indent
        for token in tokens:
            if len((line + token).encode()) > 110:
                if line.endswith(" "):
                    line = line[:-1] + "\\u{20}"
                lines.append(line + "\\")
                line = indent
            line += token
        lines.append(line)
    return "\n".join(lines)
