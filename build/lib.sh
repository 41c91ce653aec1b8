# Shared helpers for build/*.sh. Source it; do not run it.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN=""

log() { printf '\033[1m[tiflux]\033[0m %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
    # Installs the Debian packages given, updating the index once per run, only if some are missing.
    local missing=()
    for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

find_pg_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then PG_BIN="$dir"; return 0; fi
    done
    return 1
}

ensure_postgres_binaries() {
    find_pg_bin || { apt_install postgresql; find_pg_bin; } || { log "PostgreSQL binaries not found"; exit 1; }
}

# run_as_postgres CMD... : initdb and pg_ctl refuse to run as root.
run_as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    local port=$1
    while (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

# init_cluster DIR FSYNC(on|off): a private cluster with trust auth on loopback only.
init_cluster() {
    local dir=$1
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir" && chmod 700 "$dir"
    local sync_flag=""
    [ "${2:-on}" = off ] && sync_flag="--no-sync"
    run_as_postgres "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 $sync_flag >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
}

# start_cluster DIR PORT EXTRA_OPTS
start_cluster() {
    local dir=$1 port=$2 extra=${3:-}
    run_as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 $extra" start >/dev/null \
        || { tail -n 30 "$dir/server.log" >&2; exit 1; }
}

ensure_dotnet_tools() {
    (cd "$REPO_ROOT" && dotnet tool restore >/dev/null)
}
