#!/usr/bin/env python3
"""Checks a built errcat documentation site in headless Chromium (Playwright, driving the
system's chromium-headless-shell), served over loopback HTTP as a reader would get it.

  check_site.py bundled SITE      search by code, every entry and alias anchor, dark mode,
                                  the code table's filter, the pipeline view, changelog
                                  pages, and no request leaving the machine
  check_site.py fidelity SITE     every code, alias and title shown exactly as written
  check_site.py languages SITE    the language switcher, a search per language, the note on
                                  texts shown in the source language, the same anchors in each
  check_site.py screenshots SITE OUT   the README's screenshots

SITE is the folder `mkdocs build` wrote; its docs/errors.json (copied to the site root)
says what must be there.
"""
import functools
import http.server
import json
import sys
import threading
from urllib.parse import urlparse

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium-headless-shell"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def serve(root):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def page_url(base, catalog):
    return base + catalog["page"][:-3] + "/"


def open_browser(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])


def search(page, base, query, results=False):
    """The entries found by typing `query` into the page's search box (Pagefind's, in the
    header), best first, as `path#anchor`: each page found lists its matching entries, best
    first; a page without any is itself. Also returns nothing until the answer is shown."""
    page.goto(base, wait_until="networkidle")
    page.wait_for_selector(".errcat-search input", timeout=10000)
    page.fill(".errcat-search input", query)
    # Results show as placeholders first, then each with its link once its data has loaded.
    page.wait_for_function(
        "() => { const results = document.querySelectorAll('.errcat-search .pagefind-ui__result');"
        " return results.length > 0 ? Array.from(results).every(r => r.querySelector('a.pagefind-ui__result-link'))"
        " : /\\d|No results/.test(document.querySelector('.errcat-search .pagefind-ui__message')?.textContent || ''); }",
        timeout=20000)
    page.wait_for_timeout(300)
    links = page.eval_on_selector_all(
        ".errcat-search .pagefind-ui__result",
        """results => results.flatMap(result => {
            const nested = Array.from(result.querySelectorAll('.pagefind-ui__result-nested a')).map(a => a.href);
            const link = result.querySelector('a.pagefind-ui__result-link');
            return nested.length ? nested : link ? [link.href] : [];
        })""")
    return [urlparse(link).path + ("#" + urlparse(link).fragment if urlparse(link).fragment else "") for link in links]


def bundled(site):
    data = json.load(open(f"{site}/errors.json"))
    server, base = serve(site)
    with sync_playwright() as p:
        browser = open_browser(p)
        page = browser.new_page()
        outside = []
        page.on("request", lambda request: outside.append(request.url) if urlparse(request.url).hostname != "127.0.0.1" else None)

        # Every entry's and every alias's anchor is on its page.
        anchors = 0
        for catalog in data["catalogs"]:
            page.goto(page_url(base, catalog))
            ids = set(page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)"))
            for entry in catalog["errors"]:
                check(entry["anchor"] in ids, f"{catalog['name']}: no anchor #{entry['anchor']}")
                anchors += 1
                for alias in entry["aliases"]:
                    slug = "-".join("".join(c.lower() if c.isascii() and c.isalnum() else " " for c in alias).split())
                    check(slug in ids, f"{catalog['name']}: alias {alias} has no anchor #{slug}")
                    anchors += 1
        # Opening an anchor shows its entry.
        hub = next(c for c in data["catalogs"] if c["name"] == "IntegrationHubError")
        entry = hub["errors"][4]
        page.goto(page_url(base, hub) + "#" + entry["anchor"])
        page.wait_for_timeout(300)
        heading = page.locator(f"[id='{entry['anchor']}']")
        check(heading.is_visible() and entry["code"] in heading.inner_text(), "opening an entry's anchor does not show it")
        check(page.evaluate("() => window.scrollY") > 0, "opening an entry's anchor does not scroll to it")

        # Search: a whole code, part of one, an alias, a bare status.
        expectations = {
            "ERR_INTEGRATION_HUB_SVC_INVALID_INTENT": "integration-hub-error/#err-integration-hub-svc-invalid-intent",
            "INVALID_INTENT": "integration-hub-error/#err-integration-hub-svc-invalid-intent",
            "errors.awaiting-retry.429": "integration-error/#errors-awaiting-retry-429",
            "empty_batch_result": "delivery-overview-discard/#empty-batch-result",
            "FILTERED_BY_INTEGRATIONS_OBJECT": "delivery-overview-discard/#filtered-by-integrations-object",
            "errors.awaiting-retry.ECONNRESET": "integration-error/#errors-awaiting-retry-enotfound",
        }
        for query, expected in expectations.items():
            links = search(page, base, query)
            check(links and links[0] == "/" + expected.replace("/#", "/#"), f"search {query!r}: first result {links[:1]}, expected /{expected}")
        links = search(page, base, "429")
        check(links and any(links[0].endswith(suffix) for suffix in ("#429", "-429")), f"search '429': first result {links[:1]}")

        # The palette follows the system until the reader picks one: a first visit in light
        # mode, then a dark system, shows dark (on reload and on the next page); a reader who
        # picked light keeps light when the system turns dark.
        scheme = lambda p: p.get_attribute("body", "data-md-color-scheme")
        dark = browser.new_page(color_scheme="dark")
        dark.goto(base)
        check(scheme(dark) == "slate", "a dark system does not get the dark palette")
        follower = browser.new_context(color_scheme="light").new_page()
        follower.goto(base)
        check(scheme(follower) == "default", "a light system does not get the light palette")
        follower.emulate_media(color_scheme="dark")
        follower.reload()
        check(scheme(follower) == "slate", "a reader whose first visit was light keeps light after the system turned dark")
        follower.goto(page_url(base, hub))
        check(scheme(follower) == "slate", "the next page does not follow the system's dark setting")
        chooser = browser.new_context(color_scheme="light").new_page()
        chooser.goto(base)
        chooser.click("form[data-md-component=palette] label:visible")  # automatic → light, chosen
        chooser.wait_for_timeout(300)
        check(scheme(chooser) == "default", "choosing light with the toggle does not show light")
        chooser.emulate_media(color_scheme="dark")
        chooser.reload()
        check(scheme(chooser) == "default", "a reader who chose light loses it when the system turns dark")
        chooser.click("form[data-md-component=palette] label:visible")  # light → dark
        chooser.wait_for_timeout(300)
        check(scheme(chooser) == "slate", "the palette toggle does not switch to dark")

        # The code table's filter, kept in the URL.
        total = sum(len(c["errors"]) for c in data["catalogs"])
        page.goto(base)
        visible = lambda: page.eval_on_selector_all("table.errcat-codes tbody tr", "rows => rows.filter(r => !r.hidden).length")
        check(visible() == total, f"the code table shows {visible()} of {total} rows unfiltered")
        page.select_option("select[data-filter=http]", "429")
        expected = sum(1 for c in data["catalogs"] for e in c["errors"] if e["http"] == 429)
        check(visible() == expected, f"HTTP 429 filter shows {visible()} rows, expected {expected}")
        check("http=429" in page.url, f"the filter is not in the URL: {page.url}")
        page.select_option("select[data-filter=retry]", "never")
        expected = sum(1 for c in data["catalogs"] for e in c["errors"] if e["http"] == 429 and (e["retry"] or {}).get("policy") == "never")
        check(visible() == expected, f"HTTP 429 + never filter shows {visible()} rows, expected {expected}")
        page.goto(base + "?category=DeliveryOverviewDiscard/failed-delivery")
        expected = sum(1 for c in data["catalogs"] if c["name"] == "DeliveryOverviewDiscard" for e in c["errors"] if e["category"] == "failed-delivery")
        check(visible() == expected and expected > 0, f"a filter in the URL shows {visible()} rows, expected {expected}")
        check(page.input_value("select[data-filter=category]") == "DeliveryOverviewDiscard/failed-delivery", "the URL's filter is not selected")

        # The pipeline view: steps in order, counts, links to their sections.
        delivery = next(c for c in data["catalogs"] if c["name"] == "DeliveryOverviewDiscard")
        page.goto(page_url(base, delivery))
        steps = page.eval_on_selector_all(
            "nav.errcat-pipeline a.errcat-step",
            "steps => steps.map(s => [s.querySelector('.errcat-step-title').textContent, s.querySelector('.errcat-step-count').textContent, s.getAttribute('href')])")
        categories = delivery["categories"]
        check([s[0] for s in steps] == [c["title"] for c in categories], f"pipeline steps {steps}")
        for (title, count, href), category in zip(steps, categories):
            n = sum(1 for e in delivery["errors"] if e["category"] == category["id"])
            check(count == f"{n} code{'s' if n != 1 else ''}", f"pipeline step {title}: {count}, expected {n}")
            check(href.endswith("#" + category["anchor"]), f"pipeline step {title} links to {href}")
        page.click("nav.errcat-pipeline a.errcat-step >> nth=2")
        page.wait_for_timeout(300)
        check(page.url.endswith("#" + categories[2]["anchor"]), f"clicking a step went to {page.url}")

        # History: the changelog pages.
        page.goto(base + "changelog/")
        check("1.0.0" in page.inner_text("article"), "the changelog index does not list 1.0.0")
        page.goto(base + "changelog/1.0.0/")
        check("First release" in page.inner_text("article"), "release 1.0.0's page")

        check(not outside, f"requests left the machine: {sorted(set(outside))[:5]}")
        browser.close()
    server.shutdown()
    print(f"site: {anchors} anchors, {len(expectations) + 1} searches, the palette following the system until chosen, filter, pipeline, changelog checked in Chromium")


def fidelity(site):
    data = json.load(open(f"{site}/errors.json"))
    server, base = serve(site)
    checked = 0
    with sync_playwright() as p:
        browser = open_browser(p)
        page = browser.new_page()
        for catalog in data["catalogs"]:
            page.goto(page_url(base, catalog))
            for entry in catalog["errors"]:
                heading = page.eval_on_selector(
                    f"[id='{entry['anchor']}']",
                    "h => Array.from(h.childNodes).filter(n => !(n.classList && n.classList.contains('headerlink'))).map(n => n.textContent).join('')")
                expected = entry["code"].replace("\n", "↵").replace("\r", "")
                if entry["title"]:
                    expected += " — " + entry["title"].replace("\n", "↵")
                check(heading.strip() == expected.strip(), f"heading {heading!r} is not {expected!r}")
                codes = page.eval_on_selector(
                    f"[id='{entry['anchor']}']",
                    "h => { let n = h.nextElementSibling; while (n && n.tagName !== 'UL') n = n.nextElementSibling; return n ? Array.from(n.querySelectorAll('code')).map(c => c.textContent) : []; }")
                for alias in entry["aliases"]:
                    check(alias.replace("\n", "↵") in codes, f"alias {alias!r} not shown exactly among {codes}")
                check(f"{catalog['name']}.{entry['name']}" in codes, f"name {entry['name']} not shown exactly")
                checked += 1
        page.goto(base)
        cells = page.eval_on_selector_all("table.errcat-codes tbody tr td:first-child code", "cs => cs.map(c => c.textContent)")
        expected = [e["code"].replace("\n", "↵").replace("\r", "") for c in data["catalogs"] for e in c["errors"]]
        check(cells == expected, f"the index table's codes differ: {[(a, b) for a, b in zip(cells, expected) if a != b][:5]}")
        titles = page.eval_on_selector_all("table:not(.errcat-codes) tbody tr td:first-child a", "as => as.map(a => a.textContent)")
        check(titles == [c["title"] for c in data["catalogs"]], f"catalog titles {titles}")
        browser.close()
    server.shutdown()
    print(f"fidelity: {checked} entries' codes, aliases, names and titles shown exactly, in headings, tables and code")


def languages(site):
    """The site of Fixtures/docs/languages: ShopError in English, German (one entry partly
    translated) and Russian (one entry translated), CourierError only in English."""
    data = json.load(open(f"{site}/errors.json"))
    server, base = serve(site)
    shop = next(c for c in data["catalogs"] if c["name"] == "ShopError")
    with sync_playwright() as p:
        browser = open_browser(p)
        page = browser.new_page()
        english = page_url(base, shop)
        page.goto(english)
        switcher = page.eval_on_selector_all(".md-select a[hreflang]", "links => links.map(l => [l.hreflang, new URL(l.href).pathname])")
        check(dict(switcher).get("de") == "/de/" + shop["page"][:-3] + "/" and dict(switcher).get("ru") == "/ru/" + shop["page"][:-3] + "/",
              f"the language switcher links {switcher}")
        anchors = {entry["anchor"] for entry in shop["errors"]}
        for locale in ("de", "ru"):
            page.goto(base + locale + "/" + shop["page"][:-3] + "/")
            ids = set(page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)"))
            check(anchors <= ids, f"{locale}: anchors missing: {sorted(anchors - ids)}")
        page.goto(base + "de/" + shop["page"][:-3] + "/#closed")
        text = page.inner_text("article")
        check("Die Bank hat die Karte abgelehnt." in text and "Come back tomorrow." in text, "de: translated and fallback texts")
        notes = page.eval_on_selector_all(".admonition.note", "nodes => nodes.map(n => n.innerText)")
        check(len(notes) == 1 and "Auf Englisch gezeigt, noch nicht übersetzt: Abhilfe." in notes[0],
              f"de: one fallback note naming the remedy, found {notes}")
        check("Was passiert ist." in text and "What happened." not in text, "de: the page's own words are German")
        courier = next(c for c in data["catalogs"] if c["name"] == "CourierError")
        page.goto(base + "de/" + courier["page"][:-3] + "/")
        check(any("Diese Seite ist noch nicht in diese Sprache übersetzt: sie wird auf Englisch gezeigt." in n
                  for n in page.eval_on_selector_all(".admonition.note", "nodes => nodes.map(n => n.innerText)")),
              "de: an untranslated catalog's page says so, in German")
        # A German reader finds an entry by a German word of its meaning, on the German page.
        links = search(page, base + "de/", "abgelehnt", results=True)
        check(links and links[0] == "/de/" + shop["page"][:-3] + "/#card-declined", f"search 'abgelehnt' on /de/: first result {links[:1]}")
        links = search(page, base + "ru/", "отклонил", results=True)
        check(links and links[0] == "/ru/" + shop["page"][:-3] + "/#card-declined", f"search 'отклонил' on /ru/: first result {links[:1]}")
        # A code, whole, in lower case or in part, finds its entry first on the page's own
        # language, and nothing from another language.
        for language in ("de/", "ru/"):
            for query, anchor in (("CARD_DECLINED", "card-declined"), ("sold_out", "sold-out"), ("CLOSED", "closed"),
                                  ("DECLINED", "card-declined")):
                links = search(page, base + language, query)
                expected = "/" + language + shop["page"][:-3] + "/#" + anchor
                check(links and links[0] == expected, f"search {query!r} on /{language}: first result {links[:1]}, expected {expected}")
                check(all(link.startswith("/" + language) for link in links), f"search {query!r} on /{language}: other languages' pages {links}")
        links = search(page, base, "declined")
        check(links and links[0] == "/" + shop["page"][:-3] + "/#card-declined", f"search 'declined' on /: first result {links[:1]}")
        browser.close()
    server.shutdown()
    print(f"languages: the switcher, anchors in 3 languages, fallback notes, a search per language and codes searched from the German and Russian pages checked")


def screenshots(site, out):
    server, base = serve(site)
    with sync_playwright() as p:
        browser = open_browser(p)
        page = browser.new_page(viewport={"width": 1200, "height": 820})
        page.goto(base + "integration-hub-error/#err-integration-hub-svc-rate-limit-exceeded")
        page.wait_for_timeout(500)
        page.screenshot(path=f"{out}/entry-page.png")
        search(page, base, "INVALID_INTENT")
        page.screenshot(path=f"{out}/search-by-code.png")
        page.goto(base + "delivery-overview-discard/")
        page.screenshot(path=f"{out}/pipeline-view.png")
        dark = browser.new_page(viewport={"width": 1200, "height": 820}, color_scheme="dark")
        dark.goto(base + "?http=429")
        dark.locator("#every-code").scroll_into_view_if_needed()
        dark.wait_for_timeout(300)
        dark.screenshot(path=f"{out}/code-table-dark.png")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    mode, site = sys.argv[1], sys.argv[2]
    if mode == "bundled":
        bundled(site)
    elif mode == "fidelity":
        fidelity(site)
    elif mode == "screenshots":
        screenshots(site, sys.argv[3])
    elif mode == "languages":
        languages(site)
    else:
        sys.exit(__doc__)
    if failures:
        print(f"check_site: {len(failures)} failure(s)")
        sys.exit(1)
