#!/usr/bin/env bash
# Smoke test of the README's start command on the built jars: the stack starts, a steering user logged in through
# the real auth server registers a project that reaches reporting through Kafka, a machine token may read but not
# write, Ctrl-C stops every process, and after a restart the data is still there. Run after ./mvnw verify.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export MSH_DATA=${MSH_DATA:-$(mktemp -d /tmp/msh-smoke.XXXXXX)}
export MSH_SKIP_BUILD=1
log="$MSH_DATA/start-output.log"
pid=

fail() { echo "smoke: FAILED: $*" >&2; [ -f "$log" ] && tail -n 30 "$log" >&2; [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; exit 1; }

start() {
  # A background job of a script ignores SIGINT; reset it so the stack sees Ctrl-C as from a terminal.
  python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])' \
    infra/local/start.sh >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 360); do
    grep -q 'ready in' "$log" 2>/dev/null && { grep 'ready in' "$log"; return 0; }
    kill -0 "$pid" 2>/dev/null || fail "start.sh exited"
    sleep 0.5
  done
  fail "not ready within 180 s"
}

stop() {
  kill -INT "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && fail "still running 60 s after Ctrl-C"
  wait "$pid" || true
  for port in 27017 9092 2525 8025 9000 8081 8082 8083 8084 8085 8080; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "port $port still open after stop"
  done
  echo "smoke: stopped cleanly"
}

status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
concepts() { curl -fs -H "Authorization: Bearer $1" http://localhost:8085/api/reporting/portfolio/phases |
  python3 -c 'import sys, json; print(next(p["count"] for p in json.load(sys.stdin)["phases"] if p["phase"] == "CONCEPT"))'; }
projects() { curl -fs -H "Authorization: Bearer $1" 'http://localhost:8081/api/projects?size=200' |
  python3 -c 'import sys, json; print(json.load(sys.stdin)["totalItems"])'; }
studies() { curl -fs -H "Authorization: Bearer $1" 'http://localhost:8082/api/studies?size=1' |
  python3 -c 'import sys, json; print(json.load(sys.stdin)["totalItems"])'; }
# Money, as "<grants> <statements> <booked in> <matched>": the demo grants load once their projects are known.
money() { curl -fs -H "Authorization: Bearer $1" http://localhost:8083/api/funding/grants |
  python3 -c 'import sys, json; print(len(json.load(sys.stdin)), end=" ")' &&
  curl -fs -H "Authorization: Bearer $1" http://localhost:8083/api/funding/reconciliation/summary |
  python3 -c 'import sys, json; t = json.load(sys.stdin, parse_float=str)["total"]; print(t["bookings"], t["moneyIn"], t["counts"]["MATCHED"])'; }
# Milestones of a kind, across the portfolio.
milestones() { curl -fs -H "Authorization: Bearer $1" "http://localhost:8084/api/milestones?kind=$2" |
  python3 -c 'import sys, json; print(len(json.load(sys.stdin)))'; }
# Sends the due reminders; prints how many went out now.
remind() { curl -fs -X POST -H "Authorization: Bearer $1" http://localhost:8084/api/milestones/reminders |
  python3 -c 'import sys, json; print(json.load(sys.stdin)["sent"])'; }
# The demo data holds 9 projects of the office's text, one of them (the mobility stations) in CONCEPT, the 25
# placeholder studies, 4 demo grants and one demo statement of 6 bookings (136,250.00 EUR in, 2 matched).
demo_projects=9
demo_studies=25
demo_money="4 6 136250.00 2"

start
steering=$(infra/local/login.sh steering) || fail "steering could not log in"
machine=$(curl -fs -u msh-cli:msh-cli-secret -d grant_type=client_credentials http://localhost:9000/oauth2/token |
  python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])') || fail "no machine token"

smoke_project=$(curl -fs -H "Authorization: Bearer $steering" -H 'Content-Type: application/json' \
  -d '{"code":"SMOKE-1","title":"Kupferspuren Radweg","phase":"CONCEPT"}' http://localhost:8081/api/projects |
  python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])') || fail "steering could not register"
[ "$(projects "$steering")" = $((demo_projects + 1)) ] || fail "the demo projects are not all there"
[ "$(status_of -H "Authorization: Bearer $machine" -H 'Content-Type: application/json' \
  -d '{"code":"SMOKE-2","title":"x"}' http://localhost:8081/api/projects)" = 403 ] || fail "machine client could write"
[ "$(status_of http://localhost:8081/api/projects)" = 401 ] || fail "anonymous read was not 401"
curl -fs http://localhost:8080/readyz | grep -q '"UP"' || fail "the portal is not ready"
[ "$(curl -s -o /dev/null -w '%{redirect_url}' -H 'Accept: text/html' http://localhost:8080/projekte)" = \
  http://localhost:8080/oauth2/authorization/msh ] || fail "the portal does not send people to the login"
[ "$(status_of -H "Authorization: Bearer $steering" -H 'Content-Type: application/json' \
  -d '{"catalogueNumber":"SMOKE-S1","study":{"title":"Bedarfsuntersuchung","kind":"NEEDS_ASSESSMENT","field":"ENERGY"}}' \
  http://localhost:8082/api/studies)" = 201 ] || fail "steering could not register a study"
[ "$(studies "$steering")" = $((demo_studies + 1)) ] || fail "the demo studies are not all there"
[ "$(status_of -H "Authorization: Bearer $machine" http://localhost:8083/api/funding/programmes)" = 200 ] ||
  fail "the funding programmes are not readable"
for _ in $(seq 1 60); do [ "$(concepts "$machine")" = 2 ] && break; sleep 0.5; done
[ "$(concepts "$machine")" = 2 ] || fail "reporting did not count the project"
echo "smoke: registered project reached reporting"
for _ in $(seq 1 60); do [ "$(money "$machine")" = "$demo_money" ] && break; sleep 1; done
[ "$(money "$machine")" = "$demo_money" ] || fail "the demo grants and statement are not there: $(money "$machine")"
echo "smoke: demo grants matched against the demo statement"
for _ in $(seq 1 60); do [ "$(milestones "$machine" FUNDING_DEADLINE)" -gt 0 ] && break; sleep 0.5; done
[ "$(milestones "$machine" FUNDING_DEADLINE)" -gt 0 ] || fail "the demo grants planned no funding deadlines"
gates=$(milestones "$machine" PHASE_GATE)
[ "$gates" -gt 0 ] || fail "entering their phases planned no gates"
echo "smoke: milestones planned themselves ($gates gates, $(milestones "$machine" FUNDING_DEADLINE) funding deadlines)"
tomorrow=$(date -d tomorrow +%F)
for _ in $(seq 1 60); do
  [ "$(status_of -H "Authorization: Bearer $steering" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Smoke-Erinnerung\",\"kind\":\"DELIVERABLE\",\"on\":\"$tomorrow\"}" \
    "http://localhost:8084/api/milestones/projects/$smoke_project")" = 201 ] && break
  sleep 0.5
done
[ "$(remind "$steering")" -gt 0 ] || fail "no reminder was sent"
curl -fs http://localhost:8025/api/messages | python3 -c '
import sys, json
mails = [m for m in json.load(sys.stdin) if "Smoke-Erinnerung" in m["subject"]]
assert len(mails) == 1 and mails[0]["to"] == ["steering@msh.example"], mails' || fail "the reminder is not in the mail view"
echo "smoke: a reminder reached the steering office through the staff directory and SMTP"
stop

start
steering=$(infra/local/login.sh steering) || fail "steering could not log in after restart"
curl -fs -H "Authorization: Bearer $steering" http://localhost:8081/api/projects | grep -q SMOKE-1 || fail "project lost in restart"
curl -fs -H "Authorization: Bearer $steering" http://localhost:8082/api/studies?q=SMOKE-S1 | grep -q SMOKE-S1 ||
  fail "study lost in restart"
[ "$(studies "$steering")" = $((demo_studies + 1)) ] || fail "the restart changed the number of studies"
[ "$(projects "$steering")" = $((demo_projects + 1)) ] || fail "the restart changed the number of projects"
[ "$(concepts "$steering")" = 2 ] || fail "reporting count changed across the restart"
sleep 3 # the demo loader runs again in the background; it must change nothing
[ "$(money "$steering")" = "$demo_money" ] || fail "the restart changed the money: $(money "$steering")"
[ "$(milestones "$steering" PHASE_GATE)" = "$gates" ] || fail "the restart changed the gates"
[ "$(remind "$steering")" = 0 ] || fail "a reminder was sent twice across the restart"
echo "smoke: data survived the restart"
stop
echo "smoke: OK"
