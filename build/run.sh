#!/usr/bin/env bash
# build/run.sh        - run Tiflux on http://127.0.0.1:5080 with a private PostgreSQL under .data/ and demo data
# build/run.sh stop   - stop the private PostgreSQL cluster
# build/run.sh token <e-mail> [--name N] - print a new personal API token for that user (for provisioning scripts)
# Environment: TIFLUX_DB (use this database instead of the private cluster), TIFLUX_ADMIN_EMAIL, TIFLUX_ADMIN_PASSWORD,
#              TIFLUX_URL (default http://127.0.0.1:5080), TIFLUX_DEMO_DATA (default true).
source "$(dirname "$0")/lib.sh"

DATA_DIR="$REPO_ROOT/.data"
PG_DIR="$DATA_DIR/pg"
PG_PORT_FILE="$DATA_DIR/pg.port"

stop_cluster() {
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
        ensure_postgres_binaries
        run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null && log "PostgreSQL stopped."
    else
        log "PostgreSQL is not running."
    fi
}

private_database() {
    ensure_postgres_binaries
    mkdir -p "$DATA_DIR"
    chmod 755 "$DATA_DIR"
    if [ ! -d "$PG_DIR/data" ]; then
        log "creating the private PostgreSQL cluster in .data/pg"
        init_cluster "$PG_DIR" on
    fi
    local port
    if [ -f "$PG_DIR/data/postmaster.pid" ] && run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
        port=$(cat "$PG_PORT_FILE")
    else
        rm -f "$PG_DIR/data/postmaster.pid"
        port=$(free_port 55433)
        start_cluster "$PG_DIR" "$port"
        echo "$port" >"$PG_PORT_FILE"
    fi
    if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='tiflux'" | grep -q 1; then
        "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE tiflux" >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$port;Database=tiflux;Username=postgres"
}

admin_credentials() {
    export TIFLUX_ADMIN_EMAIL="${TIFLUX_ADMIN_EMAIL:-admin@tiflux.local}"
    if [ -z "${TIFLUX_ADMIN_PASSWORD:-}" ]; then
        local file="$DATA_DIR/admin-password"
        if [ ! -s "$file" ]; then
            mkdir -p "$DATA_DIR"
            (umask 077; printf 'Tf-%s-9a' "$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | cut -c1-16)" >"$file")
        fi
        TIFLUX_ADMIN_PASSWORD="$(cat "$file")"
        export TIFLUX_ADMIN_PASSWORD
    fi
}

case "${1:-run}" in
    stop) stop_cluster; exit 0 ;;
    run) ;;
    token) [ $# -ge 2 ] || { echo "usage: build/run.sh token <e-mail> [--name <token name>]" >&2; exit 2; } ;;
    *) echo "usage: build/run.sh [run|stop|token <e-mail>]" >&2; exit 2 ;;
esac

if [ -z "${TIFLUX_DB:-}" ]; then TIFLUX_DB="$(private_database)"; fi
export TIFLUX_DB
admin_credentials
export Tiflux__DemoData="${TIFLUX_DEMO_DATA:-true}"
export Tiflux__KeysPath="${Tiflux__KeysPath:-$DATA_DIR/keys}"
URL="${TIFLUX_URL:-http://127.0.0.1:5080}"

log "building"
dotnet build "$REPO_ROOT/Host/Tiflux.Web/Tiflux.Web.csproj" -c Release -nologo -v quiet >/dev/null
if [ "${1:-run}" = token ]; then
    shift
    cd "$REPO_ROOT/Host/Tiflux.Web"
    exec dotnet run -c Release --no-build --no-launch-profile -- token "$@"
fi
cat >&2 <<MSG

  Tiflux: $URL
  Admin:  $TIFLUX_ADMIN_EMAIL
  Senha:  $TIFLUX_ADMIN_PASSWORD   (kept in .data/admin-password)
  Demo users (same password): financeiro@tiflux.local, tecnico@tiflux.local
  Stop the database later with: build/run.sh stop

MSG
cd "$REPO_ROOT/Host/Tiflux.Web"
exec dotnet run -c Release --no-build --no-launch-profile -- --urls "$URL" --environment Production
