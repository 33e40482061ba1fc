#!/usr/bin/env python3
"""Checks an import of PostgreSQL's error-codes appendix (its HTML exported to Markdown with
pandoc) against the HTML itself, read here with Python's own HTML parser, not errcat:

  import_html_compare.py APPENDIX.html IMPORTED.yaml

Every code in the table's order, each class row a category titled with the class and holding
exactly its codes, each condition name the entry's title (and its Swift name's source), the
table's caption the catalog's title.
"""
import html.parser, re, sys
import yaml


class Rows(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.row, self.cell, self.depth, self.caption, self.in_caption = [], None, None, 0, "", False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("id") == "ERRCODES-TABLE":
            self.depth = 1
        elif self.depth:
            if tag == "div":
                self.depth += 1
            if tag == "p" and attrs.get("class") == "title":
                self.in_caption = True
            if tag == "tr":
                self.row = []
            if tag in ("td", "th") and self.row is not None:
                self.cell = ""

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "div":
            self.depth -= 1
        if tag == "p":
            self.in_caption = False
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join(self.cell.split()))
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data
        if self.in_caption:
            self.caption += data


parser = Rows()
parser.feed(open(sys.argv[1], encoding="utf-8").read())
expected, classes, current = [], [], None
for row in parser.rows[1:]:  # the header row first
    if len(row) == 1:
        current = row[0]
        classes.append(current)
    else:
        expected.append((row[0], row[1], current))
catalog = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))
titles = {c["id"]: c["title"] for c in catalog["categories"]}
got = [(e["code"], e.get("title"), titles.get(e.get("category"))) for e in catalog["errors"]]
failures = []
if got != expected:
    missing = [x for x in expected if x not in got][:3]
    extra = [x for x in got if x not in expected][:3]
    failures.append(f"entries differ: {len(got)} imported, {len(expected)} in the HTML; missing {missing}, unexpected {extra}")
if [c["title"] for c in catalog["categories"]] != classes:
    failures.append(f"categories differ: {len(catalog['categories'])} imported, {len(classes)} classes in the HTML")
caption = re.sub(r"^Table\s+\S+\s+", "", " ".join(parser.caption.split()))
if catalog["title"] != caption:
    failures.append(f"title {catalog['title']!r}, caption {caption!r}")
if failures:
    sys.exit("import_html_compare: " + "; ".join(failures))
print(f"import_html_compare: {len(expected)} codes in {len(classes)} classes, condition names and caption exact")
