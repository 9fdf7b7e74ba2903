#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1:5432 with a password-authenticated role `ntm` that may create
# databases, and prints the URL the tests read from NTM_TEST_DATABASE_URL. Needs root (CI, dev machines).
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
conf="/etc/postgresql/${cluster% *}/${cluster#* }/postgresql.conf"
grep -q "^listen_addresses = '127.0.0.1'" "$conf" || echo "listen_addresses = '127.0.0.1'" >> "$conf"
pg_ctlcluster $cluster start >/dev/null 2>&1 || pg_ctlcluster $cluster restart >/dev/null 2>&1
for _ in $(seq 1 30); do
  su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qAtc \"DO \\\$\\\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ntm') THEN CREATE ROLE ntm LOGIN CREATEDB PASSWORD 'ntm'; END IF;
END \\\$\\\$;\"" >/dev/null
su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname = 'ntm'\" | grep -q 1 || createdb -O ntm ntm"
echo "postgres://ntm:ntm@127.0.0.1:5432/ntm"
