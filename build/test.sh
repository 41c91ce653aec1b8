#!/usr/bin/env bash
# build/test.sh [extra dotnet test args] - runs every test against a throwaway PostgreSQL server, then removes it.
source "$(dirname "$0")/lib.sh"

apt_install chromium fonts-liberation
ensure_postgres_binaries
ensure_dotnet_tools

PG_DIR="$(mktemp -d /tmp/tiflux-test-pg.XXXXXX)"
chmod 755 "$PG_DIR"
RESULTS_DIR="$(mktemp -d /tmp/tiflux-test-results.XXXXXX)"
cleanup() {
    run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR" "$RESULTS_DIR"
}
trap cleanup EXIT

init_cluster "$PG_DIR" off
PORT="$(free_port 55432)"
start_cluster "$PG_DIR" "$PORT" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
export TIFLUX_TEST_PG="Host=127.0.0.1;Port=$PORT;Database=postgres;Username=postgres;Include Error Detail=true"
export TIFLUX_CHROMIUM_PATH="${TIFLUX_CHROMIUM_PATH:-/usr/bin/chromium}"
log "test PostgreSQL on port $PORT"

cd "$REPO_ROOT"
dotnet build Tiflux.sln -nologo -v quiet
set +e
dotnet test Tiflux.sln --no-build --logger "trx;LogFilePrefix=tiflux" --results-directory "$RESULTS_DIR" "$@"
status=$?
set -e

passed=0; failed=0
for trx in "$RESULTS_DIR"/*.trx; do
    [ -f "$trx" ] || continue
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n1)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "$passed passed, $failed failed" | tee -a "${TIFLUX_TEST_SUMMARY:-/dev/null}"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
