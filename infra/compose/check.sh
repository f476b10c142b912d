#!/usr/bin/env bash
# Validates the container stack without a Docker engine:
#   - docker-compose.yml with Debian's docker-compose 1.29.2 (`config -q`),
#   - every JSON file under infra/ (Keycloak realm, Grafana dashboards),
#   - the Prometheus and Grafana YAML files parse, and the Prometheus alert
#     rules check out if promtool happens to be installed.
# Installs Debian's docker-compose (and python3) when missing; run as root on
# Debian 12, e.g. in CI:  bash infra/compose/check.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "check.sh: '$*' missing and not running as root; install it first" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  local log
  log="$(mktemp)"
  if ! { apt-get update -qq && apt-get install -y -qq "$@"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "check.sh: could not install $*" >&2
    exit 1
  fi
  rm -f "$log"
}

if ! command -v docker-compose >/dev/null 2>&1; then
  apt_install docker-compose
fi
if ! command -v python3 >/dev/null 2>&1; then
  apt_install python3
fi

# 1. The compose file, as Debian's docker-compose 1.29.2 understands it.
docker-compose -f docker-compose.yml config -q

# 2. Every JSON file under infra/.
json_count=0
while IFS= read -r -d '' json; do
  if ! python3 -m json.tool "$json" >/dev/null; then
    echo "check.sh: invalid JSON: $json" >&2
    exit 1
  fi
  json_count=$((json_count + 1))
done < <(find infra -type f -name '*.json' -print0)

# 3. The Prometheus and Grafana YAML files parse (python3-yaml comes with
#    docker-compose). Other infra/ folders may hold templates that are not YAML.
yaml_count=0
if python3 -c 'import yaml' 2>/dev/null; then
  while IFS= read -r -d '' yml; do
    if ! python3 -c 'import sys, yaml; list(yaml.safe_load_all(open(sys.argv[1], encoding="utf-8")))' "$yml"; then
      echo "check.sh: invalid YAML: $yml" >&2
      exit 1
    fi
    yaml_count=$((yaml_count + 1))
  done < <(find infra/prometheus infra/grafana -type f \( -name '*.yml' -o -name '*.yaml' \) -print0)
fi

# 4. Prometheus alert rules, only where promtool exists (optional).
rules_note=""
if command -v promtool >/dev/null 2>&1; then
  promtool check rules infra/prometheus/alerts.yml >/dev/null
  rules_note=", alert rules"
fi

echo "OK: docker-compose.yml valid, ${json_count} JSON files under infra/ and ${yaml_count} Prometheus/Grafana YAML files valid${rules_note}"
