#!/usr/bin/env python3
"""Times reads of a scenario's past against a running Jevons (stdlib only).

Usage: infra/bench/as-of.py <scenario-id> [base-url] [reads]
For `reads` versions drawn at random (seed 7) over the scenario's history: the projection as of the version, the
assumptions as of it, and the diff from version 100 to it. Prints p50, p99 and max of each, in ms.
"""
import base64
import json
import random
import sys
import time
import urllib.request

SCENARIO = sys.argv[1]
BASE = sys.argv[2] if len(sys.argv) > 2 else "http://localhost:8080"
READS = int(sys.argv[3]) if len(sys.argv) > 3 else 50
AUTH = "Basic " + base64.b64encode(b"viewer:jevons").decode()


def timed(path):
    request = urllib.request.Request(BASE + "/api/scenarios/" + SCENARIO + path,
                                     headers={"Authorization": AUTH, "Accept": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, body


_, scenario = timed("")
latest = json.loads(scenario)["version"]
versions = [random.Random(7).randint(101, latest) for _ in range(READS)]
for name, path in (("projection as of", "/projection?asOf=%d"), ("assumptions as of", "/assumptions?asOf=%d"),
                   ("diff 100 to", "/diff?from=100&to=%d")):
    timed(path % versions[0])  # warm
    times = sorted(timed(path % version)[0] for version in versions)
    print("%-18s %d events, n=%d: p50 %.0f ms, p99 %.0f ms, max %.0f ms" % (
        name, latest, READS, times[len(times) // 2], times[max(0, int(len(times) * 0.99) - 1)], times[-1]))
