#!/usr/bin/env bash
# Fault test: what do readers see while Redis or PostgreSQL is away?
#
#     bash benchmarks/faults.sh                    # about 2 minutes
#     bash benchmarks/faults.sh --shared-postgres  # restart the machine's own
#                                                  # PostgreSQL cluster instead
#
# Sets up the site with benchmarks/load.py --setup-only (production settings,
# gunicorn with 2 workers, page cache on, its own redis-server on a spare
# port). By default it also creates a throw-away PostgreSQL cluster on a spare
# port, so restarting "PostgreSQL" never breaks anyone else's tests on a
# shared machine; --shared-postgres uses the main cluster on 5432 and restarts
# *that* (pg_ctlcluster <version> main restart).
#
# While wrk loads a cached page (an explainer) and an uncached one (search) and
# curl polls /healthz once a second, it
#   (a) stops Redis for 10 s, then starts it again;
#   (b) restarts PostgreSQL;
# and prints, per window (before, during, after), requests, errors and the
# /healthz answers. Everything is stopped and removed at the end, also after
# an error or Ctrl-C. Needs wrk (apt-get install wrk), redis-server and, for
# the own cluster, pg_createcluster (postgresql-common) run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED_PG=0
[ "${1:-}" = "--shared-postgres" ] && SHARED_PG=1

for tool in wrk redis-server redis-cli curl psql pg_ctlcluster; do
    if ! command -v "$tool" >/dev/null; then
        echo "faults.sh: $tool not found." >&2
        [ "$tool" = wrk ] && echo "Install it with: apt-get install wrk" >&2
        exit 2
    fi
done

PY=.venv/bin/python
STATE_DIR="${TMPDIR:-/tmp}/wijkwijzer-faults"
PG_VERSION="$(ls /etc/postgresql | sort -n | tail -1)"
WINDOW="${FAULT_WINDOW:-10}"   # seconds per measuring window
WRK_TIMEOUT="${FAULT_WRK_TIMEOUT:-5s}"
RESULTS="$(mktemp -d)"
STATUS_SCRIPT="$PWD/benchmarks/status_codes.lua"   # counts responses per status
CLUSTER=""
SUMMARY=()

cleanup() {
    set +e
    jobs -p | xargs -r kill 2>/dev/null
    wait 2>/dev/null
    "$PY" benchmarks/load.py --teardown --state-dir "$STATE_DIR"
    if [ -n "$CLUSTER" ]; then
        pg_dropcluster "$PG_VERSION" "$CLUSTER" --stop >/dev/null 2>&1 &&
            echo "[faults] dropped PostgreSQL cluster $PG_VERSION/$CLUSTER" >&2
    fi
    rm -rf "$RESULTS"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port=$1
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

if [ "$SHARED_PG" = 1 ]; then
    CLUSTER_NAME=main
    PG_PORT=5432
else
    command -v pg_createcluster >/dev/null || {
        echo "faults.sh: pg_createcluster not found (or use --shared-postgres)" >&2
        exit 2
    }
    CLUSTER_NAME="wwfaults$$"
    PG_PORT="$(free_port 5499)"
    echo "[faults] own PostgreSQL $PG_VERSION cluster $CLUSTER_NAME on port $PG_PORT" >&2
    pg_createcluster "$PG_VERSION" "$CLUSTER_NAME" --port "$PG_PORT" --start \
        -- --auth-local=trust --auth-host=trust >/dev/null
    CLUSTER="$CLUSTER_NAME"
fi

EXTRA=()
# FAULT_MAX_REQUESTS=0: never recycle gunicorn workers (see the README).
[ -n "${FAULT_MAX_REQUESTS:-}" ] && EXTRA+=(--max-requests "$FAULT_MAX_REQUESTS")
BENCH_PG="postgres://postgres@127.0.0.1:$PG_PORT" "$PY" benchmarks/load.py \
    "${EXTRA[@]}" --setup-only --state-dir "$STATE_DIR" --db wijkwijzer_bench_faults \
    --port "$(free_port 8078)" --redis-port "$(free_port 6392)" >/dev/null
# shellcheck disable=SC1091
source "$STATE_DIR/state.env"
BASE="http://127.0.0.1:$BENCH_PORT"
CACHED="$URL_EXPLAINER"
UNCACHED="$URL_SEARCH"

status_of() {
    curl -s -o /dev/null -m 5 -H "X-Forwarded-Proto: https" -w '%{http_code}' "$BASE$1" || true
}

start_redis() {
    redis-server --port "$BENCH_REDIS_PORT" --bind 127.0.0.1 --save '' \
        --appendonly no --maxmemory 256mb --maxmemory-policy allkeys-lru \
        --daemonize yes --pidfile "$BENCH_DIR/redis.pid" \
        --logfile "$BENCH_DIR/redis.log"
    until [ "$(redis-cli -p "$BENCH_REDIS_PORT" ping 2>/dev/null)" = PONG ]; do sleep 0.1; done
}

# wrk output -> "requests socket-errors non-2xx/3xx kinds statuses", kinds
# such as "read:2,timeout:1" (connect/read/write/timeout) or "-", statuses
# such as "200×812,503×17" (from status_codes.lua)
wrk_numbers() {
    awk '/requests in/ {r=$1}
         /Socket errors/ {
             k = ""; split("connect read write timeout", names, " ")
             line = $0; gsub(/[^0-9 ]/, "", line); split(line, v, " ")
             for (i = 1; i <= 4; i++) if (v[i] > 0) {
                 k = k (k ? "," : "") names[i] ":" v[i]
             }
             s = v[1] + v[2] + v[3] + v[4]
         }
         /Non-2xx or 3xx/ {n=$NF}
         /^Statuses:/ {$1 = ""; c = substr($0, 2); gsub(/ /, ",", c)}
         END {printf "%d %d %d %s %s", r, s, n, (k ? k : "-"), (c ? c : "-")}' "$1"
}

# window LABEL SECONDS: wrk on the cached and the uncached URL plus a /healthz
# poll, all for SECONDS; prints one line per URL.
window() {
    local label=$1 seconds=$2 tag
    tag="$(echo "$label" | tr ' /' '__')"
    wrk -t1 -c4 -d"${seconds}s" --timeout "$WRK_TIMEOUT" -H "X-Forwarded-Proto: https" \
        -s "$STATUS_SCRIPT" "$BASE$CACHED" >"$RESULTS/$tag.cached" 2>&1 &
    local w1=$!
    wrk -t1 -c2 -d"${seconds}s" --timeout "$WRK_TIMEOUT" -H "X-Forwarded-Proto: https" \
        -s "$STATUS_SCRIPT" "$BASE$UNCACHED" >"$RESULTS/$tag.uncached" 2>&1 &
    local w2=$!
    : >"$RESULTS/$tag.healthz"
    local end=$((SECONDS + seconds))
    while [ "$SECONDS" -lt "$end" ]; do
        status_of /healthz >>"$RESULTS/$tag.healthz"
        echo >>"$RESULTS/$tag.healthz"
        sleep 1
    done
    wait "$w1" "$w2" || true
    local health
    health="$(grep -v '^$' "$RESULTS/$tag.healthz" | sort | uniq -c |
        awk '{printf "%s%s×%s", sep, $2, $1; sep=" "}')"
    for kind in cached uncached; do
        local url=$CACHED
        [ "$kind" = uncached ] && url=$UNCACHED
        read -r req sock bad kinds codes <<<"$(wrk_numbers "$RESULTS/$tag.$kind")"
        SUMMARY+=("| $label | $kind \`$url\` | $req | $sock ($kinds) | $bad | $codes | ${health:-?} |")
        echo "[faults] $label: $kind $url: $req requests, socket errors $sock ($kinds), non-2xx/3xx $bad, statuses $codes; healthz ${health:-?}" >&2
    done
}

echo "[faults] warming up" >&2
status_of "$CACHED" >/dev/null
status_of "$UNCACHED" >/dev/null
window "baseline" 5

# (a) Redis away for WINDOW seconds.
redis-cli -p "$BENCH_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
echo "[faults] Redis stopped; explainer answers $(status_of "$CACHED"), healthz $(status_of /healthz)" >&2
window "Redis down" "$WINDOW"
start_redis
echo "[faults] Redis started again" >&2
sleep 1
window "Redis back" "$WINDOW"

# (b) PostgreSQL restart while the load runs.
window "PostgreSQL restart" "$WINDOW" &
WIN=$!
sleep 2
T0=$(date +%s.%N)
pg_ctlcluster "$PG_VERSION" "$CLUSTER_NAME" restart
RESTART_S="$(printf "%.1f" "$(echo "$(date +%s.%N) - $T0" | bc)")"
echo "[faults] pg_ctlcluster $PG_VERSION $CLUSTER_NAME restart took ${RESTART_S} s" >&2
wait "$WIN"
# window ran in a subshell: re-read its lines from the log files below.
SUMMARY_PG=()
for kind in cached uncached; do
    url=$CACHED
    [ "$kind" = uncached ] && url=$UNCACHED
    read -r req sock bad kinds codes <<<"$(wrk_numbers "$RESULTS/PostgreSQL_restart.$kind")"
    health="$(grep -v '^$' "$RESULTS/PostgreSQL_restart.healthz" | sort | uniq -c |
        awk '{printf "%s%s×%s", sep, $2, $1; sep=" "}')"
    SUMMARY_PG+=("| PostgreSQL restart (${RESTART_S} s) | $kind \`$url\` | $req | $sock ($kinds) | $bad | $codes | $health |")
done
SUMMARY+=("${SUMMARY_PG[@]}")
window "PostgreSQL back" "$WINDOW"

echo
echo "## Wijkwijzer fault test"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- gunicorn 2 workers × 4 threads, max_requests ${FAULT_MAX_REQUESTS:-default}, page cache on; Redis $(redis-server --version | awk '{print $3}' | tr -d 'v='), PostgreSQL $PG_VERSION ($([ "$SHARED_PG" = 1 ] && echo 'shared main cluster' || echo 'own cluster'))"
echo "- wrk: cached page -c4, uncached page (search) -c2, --timeout $WRK_TIMEOUT; windows of ${WINDOW} s; /healthz polled every second"
echo
echo "| window | url | requests | socket errors (kind) | non-2xx/3xx | statuses | /healthz |"
echo "| --- | --- | ---: | ---: | ---: | --- | --- |"
printf '%s\n' "${SUMMARY[@]}"
