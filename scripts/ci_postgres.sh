#!/usr/bin/env bash
# Install PostgreSQL from Debian packages if needed, start it on 127.0.0.1 and create the
# test database.  The last line printed is the one to eval:
#   eval "$(bash scripts/ci_postgres.sh | tail -n 1)"
set -euo pipefail

DB="${HADATH_PG_DB:-hadath_test}"
PASSWORD="${HADATH_PG_PASSWORD:-hadath}"
PORT="${HADATH_PG_PORT:-5432}"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$VERSION" main start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p $PORT" && break
  sleep 1
done
su postgres -c "psql -q -p $PORT -c \"ALTER USER postgres PASSWORD '$PASSWORD'\"" >&2
if ! su postgres -c "psql -p $PORT -tAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -qx 1; then
  su postgres -c "createdb -p $PORT $DB" >&2
fi
echo "export HADATH_TEST_PG=postgresql://postgres:$PASSWORD@127.0.0.1:$PORT/$DB"
