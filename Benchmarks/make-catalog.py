#!/usr/bin/env python3
"""Writes a synthetic catalog of COUNT entries (about 270 bytes each) for benchmarks.

Usage: make-catalog.py COUNT OUT.yaml [--name TypeName] [--gperf OUT.gperf] [--params-every N]
                      [--own-shape-every M] [--formats plain|formatted]

With --params-every N, every Nth entry takes parameters (an integer, a number and a string)
that its meaning uses, one of them in a plural: a case with associated values. With
--own-shape-every M, every Mth of those takes parameters of a shape of its own (one name only it
uses; two others are the names of the generated code's own parameters, `entry` and `arguments`).
With --formats,
those entries take an amount of money, a timestamp and a number instead, written plain or
formatted as the reader's locale writes them (`{amount, number, currency}`, `{day, date, medium}`).

Codes mix the shapes real catalogs use (upper-snake, dotted, numeric, five-character),
about 28 bytes on average. Output depends only on the arguments.
"""
import argparse
import random


def codes(count, rng):
    words = ["INTEGRATION", "HUB", "SVC", "PROVIDER", "CREDENTIAL", "OAUTH", "TOKEN", "INVALID",
             "MISSING", "FAILED", "EXPIRED", "NOT_FOUND", "RATE_LIMIT", "TEMPLATE", "WEBHOOK", "QUOTA"]
    seen = set()
    index = 0
    while len(seen) < count:
        shape = index % 4
        if shape == 0:
            code = "ERR_" + "_".join(rng.choice(words) for _ in range(2)) + f"_{index}"
        elif shape == 1:
            code = f"errors.{rng.choice(['discarded', 'awaiting-retry', 'rejected'])}.{rng.choice(words).lower()}.{index}"
        elif shape == 2:
            code = str(100000000 + index * 7919)
        else:
            code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
        index += 1
        if code not in seen:
            seen.add(code)
            yield code


def entry_with_formats(i, code, formatted):
    """An entry with an amount, a day and a share: formatted as the reader's locale writes them, or
    written plain (`{amount}`, RFC 3339, `0.5`) with the same parameters."""
    if formatted:
        meaning = "{amount, number, currency} was declined on {day, date, medium}; {share, number, percent} used."
    else:
        meaning = "{amount} was declined on {day}; {share} used."
    return entry_with(i, code, meaning, [
        "amount: {type: money, example: 12.50 EUR}", "day: {type: timestamp, example: '2026-12-07T10:30:00+01:00'}",
        "share: {type: number, example: 0.5}"])


def entry_with_params(i, code):
    meaning = "{attempts, plural, one {# attempt} other {# attempts}} at {ratio} failed for {item}."
    return entry_with(i, code, meaning, [
        "attempts: {type: integer, example: 3}", "ratio: {type: number, example: 0.5}",
        "item: {type: string, example: order}"])


def entry_with_own_shape(i, code):
    meaning = f"{{retries, plural, one {{# retry}} other {{# retries}}}} at load {{entry}} failed in {{arguments}}" \
        f" at step {{step{i}}}."
    return entry_with(i, code, meaning, [
        "retries: {type: integer, example: 2}", "entry: {type: number, example: 0.75}",
        "arguments: {type: string, example: billing}", f"step{i}: {{type: integer, example: 1}}"])


def entry_with(i, code, meaning, params):
    """Entry `i` with parameters `params` (YAML lines) that its meaning uses."""
    return (
        f"  - code: \"{code}\"\n"
        f"    name: e{i}\n"
        f"    title: Synthetic error number {i}\n"
        f"    category: area{i % 10}\n"
        f"    http: {400 + i % 100}\n"
        f"    meaning: \"{meaning}\"\n"
        f"    remedy: Check condition {i}, then try again.\n"
        f"    params:\n" + "".join(f"      {line}\n" for line in params))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--name", default="SyntheticError")
    parser.add_argument("--gperf")
    parser.add_argument("--params-every", type=int, default=0)
    parser.add_argument("--own-shape-every", type=int, default=0)
    parser.add_argument("--formats", choices=["plain", "formatted"],
                        help="the entries with parameters take an amount, a day and a share, plain or formatted")
    args = parser.parse_args()
    rng = random.Random(args.count)
    keys = list(codes(args.count, rng))
    with open(args.out, "w") as out:
        out.write(f"catalog: {args.name}\ntitle: Synthetic catalog of {args.count} errors\n")
        out.write("categories:\n" + "".join(f"  - id: area{i}\n    title: Area {i}\n" for i in range(10)))
        out.write("errors:\n")
        for i, code in enumerate(keys):
            if args.params_every and i % args.params_every == 0 and args.formats:
                out.write(entry_with_formats(i, code, args.formats == "formatted"))
                continue
            own = args.own_shape_every
            if args.params_every and i % args.params_every == 0:
                with_params = i // args.params_every
                if own and with_params % own == own - 1:
                    out.write(entry_with_own_shape(i, code))
                else:
                    out.write(entry_with_params(i, code))
                continue
            out.write(
                f"  - code: \"{code}\"\n"
                f"    name: e{i}\n"
                f"    title: Synthetic error number {i}\n"
                f"    category: area{i % 10}\n"
                f"    http: {(500 if i % 3 == 0 else 400) + i % 100}\n"
                f"    retry: {'backoff' if i % 3 == 0 else 'never'}\n"
                f"    meaning: The operation failed because synthetic condition {i} was met while processing.\n"
                f"    remedy: Check the request and the configuration for condition {i}, then try again.\n")
    if args.gperf:
        with open(args.gperf, "w") as out:
            out.write("%language=ANSI-C\n%struct-type\n%readonly-tables\n%compare-lengths\n"
                      "%define lookup-function-name gperf_lookup\n%define hash-function-name gperf_hash\n"
                      "%{\n#include <stddef.h>\n#include <string.h>\n#include \"gperf_lookup.h\"\n%}\n"
                      "struct gperf_entry { const char *name; int index; };\n%%\n")
            for i, code in enumerate(keys):
                out.write(f"{code}, {i}\n")
            out.write("%%\nint gperf_index(const char *str, size_t len) {\n"
                      "    const struct gperf_entry *entry = gperf_lookup(str, len);\n"
                      "    return entry ? entry->index : -1;\n}\n")


if __name__ == "__main__":
    main()
