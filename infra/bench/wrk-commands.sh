#!/usr/bin/env bash
# Maximum command throughput with wrk (light on the CPU it shares with Jevons): N connections, each changing its own
# scenario. Usage: infra/bench/wrk-commands.sh URL [connections] [seconds] [warm-up seconds] [commands/s in all] [runs]
# With a rate the measured runs send on a fixed schedule (see commands.lua); without, as fast as they are answered.
# The warm-up matters on 2 cores: the JIT compiler shares them with the load, and a 10 s warm-up left the first runs
# after a start at half the steady rate.
set -euo pipefail
cd "$(dirname "$0")/../.."
url=${1:-http://localhost:18080}; connections=${2:-16}; seconds=${3:-30}; warmup=${4:-90}; rate=${5:-0}; runs=${6:-1}
scenarios=$(java infra/bench/Load.java scenarios --clients "$connections" --url "$url")
auth=$(printf 'planner:jevons' | base64)
# warm-up, then the measured runs
if [ "$warmup" -gt 0 ]; then
    wrk -t"$connections" -c"$connections" -d"${warmup}s" -s infra/bench/commands.lua "$url" -- "$auth" $scenarios > /dev/null
fi
# Runs in a row after one warm-up: the JIT still compiles for minutes on two cores, and the first paced run of a
# fresh start was the slow one in every start measured (docs/benchmarks.md, "Steady state").
for run in $(seq 1 "$runs"); do
    [ "$runs" -eq 1 ] || echo "== run $run of $runs"
    # each scenario's version as the read model has it; 0 if it has none yet (a projector far behind): the first
    # command of that connection is then refused as stale, and commands.lua goes on from the version the 409 names
    scenarios=$(for pair in $scenarios; do id=${pair%%:*}
        version=$(curl -fs -u planner:jevons "$url/api/scenarios/$id" | grep -o '"version":[0-9]*' | cut -d: -f2 || true)
        printf '%s:%s ' "$id" "${version:-0}"; done)
    JEVONS_RATE=$rate wrk -t"$connections" -c"$connections" -d"${seconds}s" --latency -s infra/bench/commands.lua "$url" -- "$auth" $scenarios
done
