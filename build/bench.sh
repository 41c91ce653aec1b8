#!/usr/bin/env bash
# build/bench.sh [--quick] [extra options for Tiflux.Benchmarks all]
#   Installs what the benchmarks need, starts a throwaway PostgreSQL (ports from 57000), builds Release, generates
#   the data sets, runs every benchmark and prints a Markdown table (figure | ours | baseline | ratio | target | met?).
#   --quick: tiny sizes, for CI; exits non-zero only when the harness itself breaks, never on a missed target.
#   The table is also written to $BENCH_OUT (default: a temp file, path printed at the end).
source "$(dirname "$0")/lib.sh"

QUICK=""
EXTRA=()
for arg in "$@"; do
    if [ "$arg" = "--quick" ]; then QUICK="--quick"; else EXTRA+=("$arg"); fi
done

# Baselines and fonts; a package missing from the distro only costs its row ("baseline unavailable").
for pkg in fonts-liberation chromium wkhtmltopdf wrk; do
    apt_install "$pkg" || log "package $pkg unavailable: its baseline will be reported as unavailable"
done
ensure_postgres_binaries

PG_DIR="$(mktemp -d /tmp/tiflux-bench-pg.XXXXXX)"
chmod 755 "$PG_DIR"
cleanup() {
    run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
trap cleanup EXIT

init_cluster "$PG_DIR" off
PORT="$(free_port 57000)"
start_cluster "$PG_DIR" "$PORT" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c max_wal_size=4GB"
SERVER="Host=127.0.0.1;Port=$PORT;Username=postgres"
export TIFLUX_CHROMIUM_PATH="${TIFLUX_CHROMIUM_PATH:-/usr/bin/chromium}"
log "benchmark PostgreSQL on port $PORT"

cd "$REPO_ROOT"
log "building Release"
dotnet build Host/Tiflux.Web/Tiflux.Web.csproj -c Release -nologo -v quiet >/dev/null
dotnet build tests/Tiflux.Benchmarks/Tiflux.Benchmarks.csproj -c Release -nologo -v quiet >/dev/null

OUT="${BENCH_OUT:-$(mktemp /tmp/tiflux-bench.XXXXXX.md)}"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
mem="$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
log "machine: $(nproc) cores, $mem, $cpu"
log "running benchmarks${QUICK:+ (quick)}"
dotnet tests/Tiflux.Benchmarks/bin/Release/net10.0/Tiflux.Benchmarks.dll all --server "$SERVER" $QUICK \
    --host-dll "$REPO_ROOT/Host/Tiflux.Web/bin/Release/net10.0/Tiflux.Web.dll" --out "$OUT" "${EXTRA[@]}" >/dev/null

echo
echo "Machine: $(nproc) cores, $mem, $cpu"
echo "Command: build/bench.sh $*"
echo
cat "$OUT"
[ -n "$QUICK" ] && echo "(quick mode: tiny sizes, the figures only prove the harness runs)"
log "table written to $OUT"
