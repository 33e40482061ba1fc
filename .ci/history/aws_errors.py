#!/usr/bin/env python3
"""Real catalog histories for errcat's evolution checks: the error shapes of AWS services as
two botocore releases (wheels from PyPI) model them.

  aws_errors.py catalog WHEEL SERVICE OUT.yaml   write the service's errors as a catalog
  aws_errors.py expect OLD.whl NEW.whl SERVICE   print the changes errcat check must find,
                                                 one "rule name [old -> new]" per line
  aws_errors.py table WHEEL SERVICE FORMAT OUT   write the errors as a csv, tsv or markdown
                                                 table (for errcat import), and as
                                                 OUT.expected.json what the import must give

The expectation is computed from the two models directly, not from errcat's output.
"""
import gzip, html, json, re, sys, zipfile


def model(wheel, service):
    z = zipfile.ZipFile(wheel)
    names = sorted(n for n in z.namelist() if f"/data/{service}/" in n and "/service-2.json" in n)
    # The newest API version of the service.
    name = names[-1]
    data = z.read(name)
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return json.loads(data)


def text(doc):
    doc = re.sub(r"<[^>]+>", " ", doc or "")
    return re.sub(r"\s+", " ", html.unescape(doc)).strip()


def errors(wheel, service):
    shapes = model(wheel, service)["shapes"]
    result = {}
    for shape, value in sorted(shapes.items()):
        if not value.get("exception"):
            continue
        error = value.get("error", {})
        code = error.get("code", shape)
        result[code] = {
            "name": derived_name(code),
            "http": error.get("httpStatusCode"),
            "category": "client" if error.get("senderFault") else "server",
            "meaning": text(value.get("documentation")) or code,
        }
    return result


def derived_name(code):
    # errcat's rule: words of ASCII letters and digits, split at lower→upper and acronym ends.
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+", code)
    name = "".join(w.lower() if i == 0 else w[:1].upper() + w[1:].lower() for i, w in enumerate(words))
    return name


def quoted(value):
    return json.dumps(value, ensure_ascii=False)


def write_catalog(wheel, service, out):
    entries = errors(wheel, service)
    type_name = "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", service) if w) + "Error"
    lines = [
        f"catalog: {type_name}",
        f"title: {quoted(service + ' errors')}",
        "categories:",
        "  - {id: client, title: Client errors}",
        "  - {id: server, title: Server errors}",
        "errors:",
    ]
    for code, entry in entries.items():
        lines.append(f"  - code: {quoted(code)}")
        lines.append(f"    category: {entry['category']}")
        if entry["http"]:
            lines.append(f"    http: {entry['http']}")
        lines.append(f"    meaning: {quoted(entry['meaning'])}")
        lines.append("    remedy: See the service's API reference.")
    open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")


def expect(old_wheel, new_wheel, service):
    old, new = errors(old_wheel, service), errors(new_wheel, service)
    out = []
    for code in new:
        if code not in old:
            out.append(f"entry-added {new[code]['name']}")
    for code in old:
        if code not in new:
            out.append(f"entry-removed {old[code]['name']}")
    for code in new:
        if code not in old:
            continue
        a, b = old[code], new[code]
        if a["http"] != b["http"]:
            out.append(f"http-changed {b['name']} {a['http']} -> {b['http']}")
        if a["category"] != b["category"]:
            out.append(f"category-changed {b['name']} {a['category']} -> {b['category']}")
        if a["meaning"] != b["meaning"]:
            out.append(f"meaning-changed {b['name']}")
    print("\n".join(sorted(out)))


def table(wheel, service, fmt, out):
    import csv
    entries = errors(wheel, service)
    rows = [(code, e["http"] or "", e["category"], e["meaning"]) for code, e in entries.items()]
    if fmt in ("csv", "tsv"):
        with open(out, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, delimiter="," if fmt == "csv" else "\t", lineterminator="\r\n")
            writer.writerow(["Error Code", "HTTP Status", "Category", "Description"])
            writer.writerows(rows)
    else:
        with open(out, "w", encoding="utf-8") as f:
            f.write(f"# {service} errors\n\n| Error Code | HTTP Status | Category | Description |\n|---|---|---|---|\n")
            for code, status, category, meaning in rows:
                cells = [str(x).replace("|", "\\|").replace("\n", " ") for x in (code, status, category, meaning)]
                f.write("| " + " | ".join(cells) + " |\n")
    json.dump({code: {"http": e["http"], "meaning": e["meaning"] if fmt != "markdown" else e["meaning"].replace("\n", " ")}
               for code, e in entries.items()}, open(out + ".expected.json", "w"))


if __name__ == "__main__":
    if sys.argv[1] == "table":
        table(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif sys.argv[1] == "catalog":
        write_catalog(sys.argv[2], sys.argv[3], sys.argv[4])
    elif sys.argv[1] == "expect":
        expect(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
