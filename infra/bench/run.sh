#!/usr/bin/env bash
# Starts Jevons from the packaged jar on a fresh embedded PostgreSQL (same machine, as in docs/benchmarks.md)
# and runs one benchmark of Load.java against it.
#   infra/bench/run.sh commands [--clients 16 --seconds 30 --warmup 10]
#   infra/bench/run.sh reads [--rate 500 --seconds 30]
#   infra/bench/run.sh asof
# JAVA_OPTS sets the application's JVM options (default: a 1 GiB heap).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q -pl web-ui -am package -DskipTests
jar=$(ls web-ui/target/web-ui-*.jar | head -1)
work=$(mktemp -d /tmp/jevons-bench.XXXXXX)
port=${PORT:-18080}
java ${JAVA_OPTS:--Xms1g -Xmx1g} -jar "$jar" --server.port="$port" \
    --jevons.embedded-postgres.data-directory="$work/postgres" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1 && break
    kill -0 $app 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
    sleep 1
done
java infra/bench/Load.java "$@" --url "http://localhost:$port"
