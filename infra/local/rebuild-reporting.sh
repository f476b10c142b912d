#!/usr/bin/env bash
# Rebuilds every read model of reporting from offset zero while the old ones keep answering, and waits for it.
# Logs in as the demo admin (or uses $MSH_TOKEN). Usage: infra/local/rebuild-reporting.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
reporting=${MSH_REPORTING:-http://localhost:8085}
token=${MSH_TOKEN:-$("$here/login.sh" admin)}
curl -sf -X POST -H "Authorization: Bearer $token" "$reporting/api/reporting/admin/rebuild" >/dev/null
while :; do
  status=$(curl -sf -H "Authorization: Bearer $token" "$reporting/api/reporting/admin/rebuild")
  case "$status" in
    *'"state":"RUNNING"'*) sleep 1 ;;
    *'"state":"DONE"'*) echo "$status"; exit 0 ;;
    *) echo "$status" >&2; exit 1 ;;
  esac
done
