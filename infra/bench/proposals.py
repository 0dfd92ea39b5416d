#!/usr/bin/env python3
"""Times a proposal's review and merge against a running Jevons (stdlib only).

Usage: infra/bench/proposals.py [base-url] [changes] [reads]
Creates a scenario from the default, forks it, makes `changes` single changes on the fork (demand growth, one
quarter each) and one change in ten of them on the target too (conflicts), proposes, approves as another user,
then times `reads` reads of the proposal (its impact, attribution and conflicts worked out on every read) and the
merge that settles every conflict for the target.
"""
import base64
import json
import statistics
import sys
import time
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
CHANGES = int(sys.argv[2]) if len(sys.argv) > 2 else 50
READS = int(sys.argv[3]) if len(sys.argv) > 3 else 30


def call(method, path, user, body=None, version=None):
    headers = {"Authorization": "Basic " + base64.b64encode((user + ":jevons").encode()).decode(),
               "Accept": "application/json"}
    data = None
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    if version is not None:
        headers["If-Match"] = '"%d"' % version
    request = urllib.request.Request(BASE + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as refused:
        raise SystemExit("%s %s: %d %s" % (method, path, refused.code, refused.read().decode()))


def quarters():
    return ["%dQ%d" % (year, q) for year in range(2024, 2031) for q in range(1, 5)]


target = call("POST", "/api/scenarios", "planner", {"name": "Proposal bench", "firstQuarter": "2024Q1",
                                                    "lastQuarter": "2030Q4", "fromDefault": True, "reason": "bench"})
tid, tv = target["scenarioId"], target["version"]
fork = call("POST", "/api/scenarios/%s/forks" % tid, "planner", {"name": "Proposal bench fork", "reason": "bench"})
fid, fv = fork["scenarioId"], fork["version"]
all_quarters = quarters()
for i in range(CHANGES):
    quarter = all_quarters[i % len(all_quarters)]
    fv = call("PUT", "/api/scenarios/%s/demand/growth/%s" % (fid, quarter), "planner",
              {"quarterlyGrowth": 0.01 + (i % 9) / 100, "reason": "bench %d" % i}, fv)["version"]
    if i % 10 == 0:
        tv = call("PUT", "/api/scenarios/%s/demand/growth/%s" % (tid, quarter), "analyst",
                  {"quarterlyGrowth": 0.015, "reason": "target %d" % i}, tv)["version"]
number = call("POST", "/api/scenarios/%s/proposals" % fid, "planner", {"title": "Bench proposal"})["proposal"]
fv = call("POST", "/api/scenarios/%s/proposals/%d/reviews" % (fid, number), "analyst", {"verdict": "APPROVED"})["version"]

timings = []
detail = None
for _ in range(READS):
    started = time.perf_counter()
    detail = call("GET", "/api/scenarios/%s/proposals/%d" % (fid, number), "viewer")
    timings.append((time.perf_counter() - started) * 1000)
timings.sort()
print("proposal of %d single changes, %d conflicts: read n=%d median %.0f ms, p90 %.0f ms, max %.0f ms"
      % (len(detail["changes"]), len(detail["conflicts"]), READS, statistics.median(timings),
         timings[int(READS * 0.9) - 1], timings[-1]))

resolutions = [{"item": c["item"], "take": "TARGET"} for c in detail["conflicts"]]
started = time.perf_counter()
merged = call("POST", "/api/scenarios/%s/proposals/%d/merge" % (fid, number), "planner",
              {"sourceVersion": detail["scenarioVersion"], "resolutions": resolutions, "reason": "bench"},
              detail["targetVersion"])
print("merge of %d changes as version %d: %.0f ms" % (len(detail["changes"]) - sum(len(c["proposal"])
      for c in detail["conflicts"]), merged["version"], (time.perf_counter() - started) * 1000))
