"""Checks that a rendered page has an element with the given id whose section holds the given texts.

Usage: check_anchor.py DOM_FILE ANCHOR TEXT...

The section is the heading with the id and everything up to the next heading of the same or a
higher level, as the browser rendered it (from chromium --dump-dom).
"""
import sys
from html.parser import HTMLParser


class Section(HTMLParser):
    def __init__(self, anchor):
        super().__init__()
        self.anchor = anchor
        self.level = None
        self.inside = False
        self.found = False
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = int(tag[1])
            if dict(attrs).get("id") == self.anchor:
                self.found, self.inside, self.level = True, True, level
            elif self.inside and level <= self.level:
                self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text.append(data)


def main():
    dom_file, anchor, *texts = sys.argv[1:]
    parser = Section(anchor)
    with open(dom_file, encoding="utf-8") as dom:
        parser.feed(dom.read())
    if not parser.found:
        sys.exit(f"no element with id '{anchor}' on the page")
    section = " ".join("".join(parser.text).split())
    missing = [text for text in texts if text not in section]
    if missing:
        sys.exit(f"section '{anchor}' lacks {missing}: {section[:300]}")
    print(f"anchor #{anchor}: found with {len(texts)} expected text(s)")


if __name__ == "__main__":
    main()
