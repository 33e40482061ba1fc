#!/usr/bin/env python3
"""Builds the docs site of a COUNT-entry catalog translated into LOCALES (make-catalog.py,
make-translations.py), times `errcat docs` and `mkdocs build --strict` (search index included),
measures the site and its search bundle, then searches codes from the German overview in headless
Chromium: each search's bytes downloaded from the search bundle, its time from the last
keystroke to the first result, and whether the entry comes first.

Usage: docs-search.py ERRCAT VENV [COUNT] [LOCALES] [FOLDER]   (defaults: 5000, de fr es it ja ko pt-BR ru ar)
"""
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / ".ci"))
import check_site  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

here = Path(__file__).resolve().parent
errcat, venv = sys.argv[1], Path(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
locales = sys.argv[4].split() if len(sys.argv) > 4 else "de fr es it ja ko pt-BR ru ar".split()


def size(path):
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


with tempfile.TemporaryDirectory() as scratch:
    work = sys.argv[5] if len(sys.argv) > 5 else scratch  # a folder to keep the site in
    generated = built = None
    if not Path(work, "docs/site/pagefind").exists():  # a kept folder's site is searched again
        catalogs = Path(work, "catalogs")
        catalogs.mkdir()
        subprocess.run([sys.executable, here / "make-catalog.py", str(count), catalogs / "bench.yaml"], check=True)
        subprocess.run([sys.executable, here / "make-translations.py", catalogs / "bench.yaml", *locales], check=True)
        started = time.monotonic()
        subprocess.run([errcat, "docs", "--out", Path(work, "docs"), "--ledger", Path(work, "none.ledger"), catalogs],
                       check=True, stderr=subprocess.DEVNULL)
        generated = time.monotonic() - started
        started = time.monotonic()
        subprocess.run([venv / "bin/mkdocs", "build", "--strict", "-q"], cwd=Path(work, "docs"), check=True,
                       env={"NO_MKDOCS_2_WARNING": "1", "PATH": f"{venv}/bin:/usr/bin:/bin"})
        built = time.monotonic() - started
    site = Path(work, "docs/site")
    data = json.load(open(site / "errors.json"))
    catalog = data["catalogs"][0]
    # Searched from the German overview: a 5,000-entry catalog page (10 MB of HTML) takes headless
    # Chromium minutes to load here, search or not.
    start, page = "de/", "de/" + catalog["page"][:-3] + "/"
    # Codes of every shape the catalog has (upper snake, dotted, numeric, five characters), three each.
    shapes = {}
    for entry in catalog["errors"]:
        code = entry["code"]
        shape = "dotted" if "." in code else "numeric" if code.isdigit() else "snake" if "_" in code else "short"
        if len(shapes.setdefault(shape, [])) < 3:
            shapes[shape].append(entry)
    entries = [entry for group in shapes.values() for entry in group]
    server, base = check_site.serve(str(site))
    results = []
    with sync_playwright() as p:
        browser = check_site.open_browser(p)
        for entry in entries:
            tab = browser.new_page()
            tab.goto(base + start, wait_until="load", timeout=120000)
            tab.wait_for_selector(".errcat-search input", timeout=120000)
            downloaded = []
            tab.on("response", lambda r: downloaded.append(len(r.body())) if "/pagefind/" in r.url else None)
            tab.fill(".errcat-search input", entry["code"])
            typed = time.monotonic()
            tab.wait_for_selector(".errcat-search .pagefind-ui__result a.pagefind-ui__result-link", timeout=30000)
            answered = time.monotonic() - typed
            tab.wait_for_timeout(300)
            first = tab.eval_on_selector_all(
                ".errcat-search .pagefind-ui__result",
                "rs => rs.flatMap(r => Array.from(r.querySelectorAll('.pagefind-ui__result-nested a')).map(a => a.href))")
            results.append((entry["code"], bool(first) and first[0].endswith("/" + page + "#" + entry["anchor"]),
                            sum(downloaded), answered))
            tab.close()
        browser.close()
    server.shutdown()
    times = f"errcat docs {generated:.2f} s, mkdocs build --strict (with the search index) {built:.0f} s, " if built else ""
    print(f"{count} entries in {len(locales) + 1} locales: {times}site {size(site) / 1e6:.0f} MB, search bundle "
          f"{size(site / 'pagefind') / 1e6:.1f} MB")
    for code, first, downloaded, answered in results:
        print(f"  {code:40} first: {'yes' if first else 'NO '}  {downloaded / 1e3:7.0f} kB  {answered:5.2f} s")
    print(f"entry first for {sum(r[1] for r in results)} of {len(results)} codes from /{start}; "
          f"at most {max(r[2] for r in results) / 1e6:.2f} MB and {max(r[3] for r in results):.2f} s per search")
