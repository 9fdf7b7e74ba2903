#!/usr/bin/env bash
# Runs schemathesis against a live `ntm serve --demo`, checking the API against /api/v1/openapi.yaml.
# Usage: scripts/check-openapi.sh [path/to/ntm] [max-examples]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ntm="${1:-$here/../.build/debug/ntm}"
examples="${2:-40}"
port="${NTM_CHECK_PORT:-8091}"
base="http://127.0.0.1:$port"
log="$(mktemp)"

"$ntm" serve --demo --port "$port" --log-level warning >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$log"; echo "ntm serve exited" >&2; exit 1; }
  sleep 0.5
done

# Sign in as the coordination office: it may call every endpoint, so every response shape gets checked.
session_json="$(curl -fs -D "$log.headers" -H 'Content-Type: application/json' \
  -d '{"username":"vanphong","password":"ntm-demo-2019"}' "$base/api/v1/session")"
export NTM_CSRF="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])' <<<"$session_json")"
export NTM_SESSION="$(grep -i '^set-cookie: ntm_session=' "$log.headers" | sed -E 's/^[^=]*=([^;]*).*/\1/' | tr -d '\r')"

# positive_data_acceptance is left out on purpose: the API also enforces rules a schema cannot state
# (a username already taken, a date no criteria set covers, a unit that does not exist), and answers 4xx.
# DELETE /session is left out because it would end the session the run depends on; route tests cover it.
status=0
schemathesis --config-file "$here/schemathesis.toml" run "$base/api/v1/openapi.yaml" --url "$base/api/v1" \
  --exclude-checks positive_data_acceptance --exclude-method DELETE \
  --max-examples "$examples" --seed 20190724 --generation-codec utf-8 --generation-allow-x00 false \
  --request-timeout 20 || status=$?
if ! kill -0 $server 2>/dev/null; then
  echo "ntm serve died during the run:" >&2
  cat "$log" >&2
  exit 1
fi
exit $status
