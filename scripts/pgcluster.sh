#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the sync tests (tests/sync run repair-hq on it when
# RC_TEST_PG_URL is set). Sourced by .ci/run; by hand:
#   source scripts/pgcluster.sh && rc_start_pg_cluster   # exports RC_TEST_PG_URL
#   rc_stop_pg_cluster
# Listens on a Unix socket in a temporary folder only (no TCP), trusts local connections,
# and runs as the postgres user when started as root (PostgreSQL refuses to run as root).
# 100 connections: each repair-hq process holds its workers' and one more, and the tests run
# two at a time, some with two processes.

rc_start_pg_cluster() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL is not installed; the PostgreSQL sync tests will be skipped" >&2
        return 0
    fi
    RC_PG_DIR=$(mktemp -d /tmp/rc-pg.XXXXXX)
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$RC_PG_DIR"
        as=(runuser -u postgres --)
    fi
    local port=54329
    "${as[@]}" "$bin/initdb" -D "$RC_PG_DIR/data" -A trust -U postgres -E UTF8 >/dev/null
    "${as[@]}" "$bin/pg_ctl" -D "$RC_PG_DIR/data" -l "$RC_PG_DIR/log" -w \
        -o "-k $RC_PG_DIR -c listen_addresses='' -p $port -c fsync=off -c max_connections=100" \
        start >/dev/null
    export RC_PG_DIR RC_PG_BIN="$bin"
    export RC_TEST_PG_URL="postgres://postgres@/postgres?host=$RC_PG_DIR&port=$port"
    echo "PostgreSQL test cluster: $RC_TEST_PG_URL"
}

rc_stop_pg_cluster() {
    if [ -n "${RC_PG_DIR:-}" ] && [ -d "$RC_PG_DIR/data" ]; then
        local as=()
        if [ "$(id -u)" -eq 0 ]; then
            as=(runuser -u postgres --)
        fi
        "${as[@]}" "$RC_PG_BIN/pg_ctl" -D "$RC_PG_DIR/data" -m immediate -w stop >/dev/null || true
        rm -rf "$RC_PG_DIR"
    fi
}
