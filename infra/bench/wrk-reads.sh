#!/usr/bin/env bash
# Projection reads with wrk at a fixed rate: a 40-quarter scenario, N connections pausing between requests.
# Usage: infra/bench/wrk-reads.sh URL [rate 500] [seconds 30] [connections 8]
set -euo pipefail
cd "$(dirname "$0")/../.."
url=${1:-http://localhost:18080}; rate=${2:-500}; seconds=${3:-30}; connections=${4:-8}
scenario=$(java infra/bench/Load.java scenarios --clients 1 --url "$url" | cut -d: -f1)
auth=$(printf 'viewer:jevons' | base64)
path="$url/api/scenarios/$scenario/projection"
wrk -t2 -c"$connections" -d10s -s infra/bench/reads.lua "$path" -- "$auth" "$rate" "$connections" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s infra/bench/reads.lua "$path" -- "$auth" "$rate" "$connections"
