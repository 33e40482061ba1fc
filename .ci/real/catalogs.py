#!/usr/bin/env python3
"""Catalogs made from real error tables nobody here wrote, for checks that run errcat on them.

  catalogs.py errno OUT.yaml              the C library's error numbers (Python's errno, os.strerror)
  catalogs.py http OUT.yaml               HTTP statuses (Python's http.HTTPStatus: phrase, description)
  catalogs.py postgres SDIST OUT.yaml     PostgreSQL's SQLSTATE codes by class (psycopg2's errorcodes.py)

Strings are written as JSON strings, which YAML reads as double-quoted scalars.
"""
import errno, http, json, os, re, sys, tarfile


def q(text):
    return json.dumps(text)


def write(path, catalog, title, entries, categories=()):
    lines = [f"catalog: {catalog}", f"title: {q(title)}"]
    if categories:
        lines.append("categories:")
        for cid, ctitle in categories:
            lines += [f"  - id: {cid}", f"    title: {q(ctitle)}"]
    lines.append("errors:")
    for entry in entries:
        first = True
        for key, value in entry.items():
            if value is None:
                continue
            text = str(value) if isinstance(value, int) else q(value)
            lines.append(("  - " if first else "    ") + f"{key}: {text}")
            first = False
    open(path, "w").write("\n".join(lines) + "\n")


def errno_catalog(out):
    entries = []
    for number, name in sorted(errno.errorcode.items()):
        entries.append({"code": name, "aliases": None, "title": name, "meaning": os.strerror(number),
                        "remedy": f"See errno {number} ({name}) in the system's manual."})
    write(out, "ErrnoError", "C library error numbers", entries)


def http_catalog(out):
    entries = []
    for status in http.HTTPStatus:
        if status.value < 400:
            continue
        entries.append({"code": str(status.value), "name": re.sub(r"_(\w)", lambda m: m.group(1).upper(), status.name.lower()),
                        "title": status.phrase, "http": status.value, "meaning": status.description or status.phrase,
                        "remedy": "See the status's definition in the HTTP specification."})
    entries.append({"code": "5xx", "family": True, "title": "Server error", "http": 500,
                    "meaning": "Any other server error.", "remedy": "Retry later."})
    write(out, "HTTPStatusError", "HTTP error statuses", entries)


def postgres_catalog(sdist, out):
    tar = tarfile.open(sdist)
    member = next(m for m in tar.getmembers() if m.name.endswith("lib/errorcodes.py"))
    source = tar.extractfile(member).read().decode()
    categories, entries, current, seen = [], [], None, set()
    for line in source.splitlines():
        heading = re.match(r"# Class (\w\w) - (.+)", line)
        if heading:
            current = "class-" + heading.group(1).lower()
            categories.append((current, heading.group(2).strip()))
            continue
        constant = re.match(r"([A-Z_0-9]+) = '(\w{5})'$", line)
        if constant and current:
            name, code = constant.groups()
            # A condition name may stand in two classes (01004 and 22001 are both
            # string_data_right_truncation): the later one's Swift name carries its code.
            swift = re.sub(r"_(\w)", lambda m: m.group(1).upper(), name.lower())
            swift = swift + code if swift in seen else swift
            seen.add(swift)
            entries.append({"code": code, "name": swift, "title": name.replace("_", " ").lower(), "category": current,
                            "meaning": f"SQLSTATE {code}: {name.lower()}.", "remedy": "See PostgreSQL's error codes appendix."})
    write(out, "PostgresError", "PostgreSQL error codes", entries, categories)


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "errno":
        errno_catalog(sys.argv[2])
    elif kind == "http":
        http_catalog(sys.argv[2])
    elif kind == "postgres":
        postgres_catalog(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown kind {kind}")
