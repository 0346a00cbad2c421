#!/usr/bin/env bash
# Install PostgreSQL from Debian packages (when missing), start it, and create the
# test role and database for the database tests (tests/io/test_db.py).
#
# Prints one line on stdout, to be evaluated by the caller:
#   eval "$(bash .ci/install-postgres.sh)"
#   -> export SEPAKAT_TEST_POSTGRES_URL=postgresql://sepakat:sepakat@localhost:PORT/sepakat_test
# Everything else goes to stderr. Safe to run again: each step checks first. Needs root.
set -euo pipefail

ROLE=sepakat
PASSWORD=sepakat
DATABASE=sepakat_test

log() { echo "install-postgres: $*" >&2; }
as_postgres() { runuser -u postgres -- "$@"; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing the postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1 " " $2}' | grep -qx "$VERSION main"; then
    log "creating cluster $VERSION/main"
    pg_createcluster "$VERSION" main >&2
fi
PORT=$(pg_lsclusters -h | awk -v version="$VERSION" '$1 == version && $2 == "main" {print $3}')

if ! pg_lsclusters -h | awk -v version="$VERSION" '$1 == version && $2 == "main" {print $4}' | grep -qx online; then
    log "starting cluster $VERSION/main on port $PORT"
    pg_ctlcluster "$VERSION" main start >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q -h localhost -p "$PORT" && break
    sleep 1
done
pg_isready -h localhost -p "$PORT" >&2

as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -q >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
END \$\$;
SQL
if ! as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -qx 1; then
    log "creating database $DATABASE"
    as_postgres createdb -p "$PORT" -O "$ROLE" "$DATABASE"
fi

echo "export SEPAKAT_TEST_POSTGRES_URL=postgresql://$ROLE:$PASSWORD@localhost:$PORT/$DATABASE"
