#!/usr/bin/env bash
# Replay benchmark: fills a fresh database with SCENARIOS x EVENTS events, starts Jevons on it, asks for a replay
# and reports how long the rebuild of every read model took (until reads switched to the new generation).
#   PGURL=postgresql://postgres:postgres@localhost:5432/postgres infra/bench/replay.sh [scenarios 1000] [events 1000] [session 10]
# PGURL names a PostgreSQL server the script may create and drop the database jevons_bench on; psql must be on PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
scenarios=${1:-1000}; events=${2:-1000}; session=${3:-10}
pgurl=${PGURL:?set PGURL to a PostgreSQL server, e.g. postgresql://postgres:postgres@localhost:5432/postgres}
port=${PORT:-18080}
demo=f3cc8f60-92a1-3377-9c0a-27a65b809e2d
psql -q "$pgurl" -c "drop database if exists jevons_bench" -c "create database jevons_bench"
bench_url=${pgurl%/*}/jevons_bench
jdbc="jdbc:postgresql://$(echo "$bench_url" | sed -E 's|postgresql://([^@]*@)?||')"
user=$(echo "$pgurl" | sed -E 's|postgresql://([^:@]*).*|\1|'); password=$(echo "$pgurl" | sed -E 's|postgresql://[^:]*:([^@]*)@.*|\1|')
./mvnw -B -ntp -q -pl web-ui -am package -DskipTests
log=$(mktemp /tmp/jevons-replay.XXXXXX.log)
start_app() {
    java ${JAVA_OPTS:--Xms2g -Xmx2g} -jar web-ui/target/web-ui-*.jar --server.port="$port" \
        --spring.datasource.url="$jdbc" --spring.datasource.username="$user" --spring.datasource.password="$password" \
        --jevons.demo.enabled=true >> "$log" 2>&1 &
    app=$!
    for _ in $(seq 1 120); do
        curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1 && return
        sleep 1
    done
    tail -40 "$log"; exit 1
}
# 1. a first start creates the tables and the demo scenario, the template of the generated ones
start_app
until [ "$(psql -At "$bench_url" -c "select count(*) from eventstore.domain_event_entry where aggregate_identifier = '$demo'")" -ge 168 ]; do sleep 1; done
sleep 3; kill $app; wait $app || true
# 2. the events, appended directly; the serving generation is moved past them (as if it had projected them), so
#    that the replay is measured on its own rather than competing with the live processor catching up
echo "appending $scenarios scenarios x $events events (sessions of $session)..."
time psql -q -At "$bench_url" -v scenarios="$scenarios" -v events="$events" -v session="$session" -v demo="$demo" \
    -f infra/bench/replay-events.sql
psql -q "$bench_url" -c "vacuum analyze eventstore.domain_event_entry" -c "update eventstore.token_entry set owner = null,
    token = convert_to(format('{\"index\":%s,\"gaps\":[]}', (select max(global_index) from eventstore.domain_event_entry)), 'UTF8')"
# 3. the replay, timed from the request until reads switched to the rebuilt generation
start_app
trap 'kill $app 2>/dev/null' EXIT
echo "replaying..."
begin=$(date +%s.%N)
curl -fs -u admin:jevons -X POST "http://localhost:$port/api/admin/replay" > /dev/null
until curl -fs -u admin:jevons "http://localhost:$port/api/admin/replay" | grep -q '"running":false'; do sleep 0.5; done
end=$(date +%s.%N)
curl -fs -u admin:jevons "http://localhost:$port/api/admin/replay"; echo
printf 'replay of %s events: %.1f s\n' "$(psql -At "$bench_url" -c 'select count(*) from eventstore.domain_event_entry')" \
    "$(echo "$end - $begin" | bc)"
grep -E "projected [0-9]+ scenarios and switched" "$log" | tail -1
