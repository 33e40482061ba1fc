#!/usr/bin/env python3
"""Sends the 60 discards of 100 events through the Delivery Overview's pipeline to Examples/Service and asks a real
Prometheus, which scrapes the service, the README's queries.

  prometheus_counts.py check|report SERVICE_URL PROMETHEUS_URL CATALOG.yaml

check: every answer must be the exact count (exit 1 otherwise); report: print the answers.
"""
import json, sys, time, urllib.parse, urllib.request
import yaml

mode, service, prometheus, catalog_path = sys.argv[1:5]
STEPS = {"filtered-at-source": 15, "failed-on-ingest": 10, "filtered-at-destination": 20, "failed-delivery": 15}


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def query(expression, at=None):
    params = {"query": expression}
    if at is not None:
        params["time"] = repr(at)
    data = json.loads(get(f"{prometheus}/api/v1/query?" + urllib.parse.urlencode(params)))
    assert data["status"] == "success", data
    return data["data"]["result"]


def wait(what, ready, seconds=90):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if ready():
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"prometheus: timed out waiting for {what}")


wait("the service", lambda: get(f"{service}/health") == b"ok")
wait("two scrapes", lambda: any(float(r["value"][1]) >= 2 for r in query('count_over_time(up{job="errcat"}[1m])')))

# The plan: per step its count; the step's first entry takes 5 (filtered at source) or 1
# (failed delivery) of them, the rest go round the step's other entries.
entries = yaml.safe_load(open(catalog_path))["errors"]
expected = {}  # (category, code) → count
events = []
for step, count in STEPS.items():
    positions = [i for i, e in enumerate(entries) if e.get("category") == step]
    first = {"filtered-at-source": 5, "failed-delivery": 1}.get(step, 0)
    plan = [positions[0]] * first
    others = positions[1:] or positions
    plan += [others[i % len(others)] for i in range(count - first)]
    for position in plan:
        key = (step, str(entries[position]["code"]))
        expected[key] = expected.get(key, 0) + 1
        events.append(position)
assert len(events) == sum(STEPS.values()) == 60  # of 100 events, 40 delivered
# In five waves a scrape or so apart, as events arrive over time.
for number, position in enumerate(events):
    if number and number % 12 == 0:
        time.sleep(1.3)
    request = urllib.request.Request(f"{service}/discards/{position}", method="POST")
    try:
        urllib.request.urlopen(request, timeout=10)
        sys.exit("prometheus: a discard route answered without an error")
    except urllib.error.HTTPError:
        pass

# Evaluated at the last scrape's time (after every event): no extrapolation past the data.
time.sleep(3.5)
selector = 'catalog_errors_total{catalog="DeliveryOverviewDiscard"}'
at = max(float(r["value"][1]) for r in query(f"timestamp({selector})"))
by_step = {r["metric"]["category"]: float(r["value"][1]) for r in query(f"sum by (category) (increase({selector}[7d]))", at)}
source = 'catalog_errors_total{catalog="DeliveryOverviewDiscard", category="filtered-at-source"}'
by_code = {r["metric"]["code"]: float(r["value"][1]) for r in query(f"sum by (code) (increase({source}[7d]))", at)}
once = next(code for (step, code), n in expected.items() if step == "failed-delivery" and n == 1)
once_value = sum(float(r["value"][1]) for r in query(
    f'sum(increase(catalog_errors_total{{catalog="DeliveryOverviewDiscard", category="failed-delivery", code="{once}"}}[7d]))', at))

answers = [f"{step} {by_step.get(step, 0):g}" for step in STEPS]
five = next(code for (step, code), n in expected.items() if step == "filtered-at-source" and n == 5)
print(f"prometheus ({'counters made for the catalog' if mode == 'check' else 'counters made on first error'}): "
      f"per step {', '.join(answers)}; '{five}' (sent 5) {by_code.get(five, 0):g}; '{once}' (sent once) {once_value:g}")
if mode == "check":
    failures = [f"{step}: {by_step.get(step)} for {n}" for step, n in STEPS.items() if by_step.get(step) != n]
    failures += [f"{code}: {by_code.get(code)} for {n}" for (step, code), n in expected.items()
                 if step == "filtered-at-source" and by_code.get(code) != n]
    if once_value != 1:
        failures.append(f"{once}: {once_value} for 1")
    if failures:
        sys.exit("prometheus: the README's queries do not answer the exact counts: " + "; ".join(failures))
    print("prometheus: every per-step, per-code and single-event count exact")
