#!/usr/bin/env bash
# Starts the whole platform on the embedded default, no Docker: builds what it needs, then runs the document
# store (mongo-java-server on a SQLite file), a KRaft Kafka broker from the Kafka jars, a mail server (GreenMail,
# with a web view of what was sent), the auth server and every service, each as its own small JVM. Data lives under .data/ (or $MSH_DATA) and survives restarts.
# Ctrl-C stops everything cleanly: services first, then the mail server, the broker, the store.
#
# Environment: MSH_DATA (data folder), MSH_SKIP_BUILD=1 (use the jars already built), MSH_CDS=0 (no class-data
# archives; see below).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
data=$(mkdir -p "${MSH_DATA:-$root/.data}" && cd "${MSH_DATA:-$root/.data}" && pwd)
logs="$data/logs"
mkdir -p "$logs"

# name:port of every service; each service issue adds its own line here.
services=(auth:9000 projects:8081 studies:8082 funding:8083 milestones:8084 reporting:8085 portal:8080)

# Small JVMs: the serial collector, a bounded heap, the JDK's class-data archive, C1 only (fast start, enough here).
small_jvm=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xshare:auto -XX:MaxMetaspaceSize=192m -Xms32m)
local_cp="infra/local/target/classes:infra/local/target/lib/*"

names=()
pids=()

say() { printf '[msh] %s\n' "$*"; }

stop() {
  local status=${1:-0}
  trap - INT TERM EXIT
  say "stopping ..."
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    local pid=${pids[$i]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      say "${names[$i]} did not stop in 20 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    say "${names[$i]} stopped"
  done
  exit "$status"
}
trap stop INT TERM
trap 'stop 1' EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

await_port() { # name port seconds [index of its process]
  for _ in $(seq 1 $(($3 * 5))); do
    port_free "$2" || return 0
    if [ -n "${4:-}" ] && ! kill -0 "${pids[$4]}" 2>/dev/null; then
      say "$1 exited; see $logs/$1.log"
      tail -n 20 "$logs/$1.log"
      exit 1
    fi
    sleep 0.2
  done
  say "$1 did not open port $2 within $3 s; see $logs/$1.log"
  exit 1
}

await_health() { # name port seconds
  for _ in $(seq 1 $(($3 * 2))); do
    # services answer readiness at /readyz on their own port (the actuator is on port + 1000); auth at /actuator/health
    if curl -fs "http://localhost:$2/readyz" 2>/dev/null | grep -q '"UP"' ||
      curl -fs "http://localhost:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "${pids[$4]}" 2>/dev/null || { say "$1 exited; see $logs/$1.log"; tail -n 20 "$logs/$1.log"; exit 1; }
    sleep 0.5
  done
  say "$1 not healthy within $3 s; see $logs/$1.log"
  exit 1
}

launch() { # name, then the command
  local name=$1
  shift
  "$@" >"$logs/$name.log" 2>&1 &
  names+=("$name")
  pids+=($!)
}

for port in 27017 9092 9093 2525 8025 $(printf '%s\n' "${services[@]}" | cut -d: -f2); do
  port_free "$port" || { say "port $port is in use: is a stack already running?"; trap - EXIT; exit 1; }
done

if [ "${MSH_SKIP_BUILD:-0}" != 1 ]; then
  say "building (./mvnw package, tests skipped) ..."
  ./mvnw -q -B -ntp -Dmaven.test.skip=true package
fi

# Application class-data archives (AppCDS, JDK 13+): the classes of each service, parsed and verified once by a
# training start that stops right after the context refresh, then mapped by every real start. Most of a service's
# start on two cores is class loading, so this is where the time goes. Rebuilt when the service's jar changes; a
# stale or unusable archive is ignored by the JVM (-Xshare:auto), never fatal.
service_args() { # name: the arguments a service starts with
  case $1 in
    auth) echo "--msh.auth.key-file=$data/auth/jwk.json --spring.profiles.active=dev" ;; # demo users: dev only
    portal) echo "--spring.profiles.active=dev" ;; # the portal's client secret: dev only
    # milestones: the machine client's secret for the staff directory, dev only
    milestones) echo "--msh.demo-data=true --spring.profiles.active=dev" ;;
    projects | studies | funding) echo "--msh.demo-data=true" ;; # demo data, loaded once (see README)
  esac
}
cds_dir() { echo "$data/cds/$1"; }
train_cds() { # name
  local name=$1 jar="services/$1/target/msh-$1-exec.jar" dir
  dir=$(cds_dir "$name")
  [ -f "$dir/app.jsa" ] && [ ! "$jar" -nt "$dir/app.jsa" ] && return 0
  rm -rf "$dir" && mkdir -p "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >"$logs/$name-cds.log" 2>&1
  # shellcheck disable=SC2046
  java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Xmx192m "${small_jvm[@]}" -Dspring.context.exit=onRefresh \
    -jar "$dir/app/msh-$name-exec.jar" $(service_args "$name") >>"$logs/$name-cds.log" 2>&1 ||
    say "$name: no class-data archive (see $logs/$name-cds.log); it starts without one"
}
if [ "${MSH_CDS:-1}" = 1 ]; then
  say "preparing class-data archives where a jar changed ..."
  for entry in "${services[@]}"; do train_cds "${entry%%:*}" & done
  wait
fi

started=$(date +%s)
launch store java -Xmx256m "${small_jvm[@]}" -cp "$local_cp" de.msh.local.DocumentStore "$data/mongo" 127.0.0.1 27017
store_index=$((${#pids[@]} - 1))

mkdir -p "$data/kafka"
sed "s#^log.dirs=.*##" infra/local/kafka/server.properties >"$data/kafka.properties"
echo "log.dirs=$data/kafka" >>"$data/kafka.properties"
kafka_jvm=(java -Xmx320m "${small_jvm[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$local_cp")
if [ ! -f "$data/kafka/meta.properties" ]; then
  cluster=$("${kafka_jvm[@]}" kafka.tools.StorageTool random-uuid)
  "${kafka_jvm[@]}" kafka.tools.StorageTool format -t "$cluster" -c "$data/kafka.properties" >"$logs/kafka-format.log" 2>&1
fi
launch kafka "${kafka_jvm[@]}" kafka.Kafka "$data/kafka.properties"
# reminders go here and never further; what was sent is shown on the web view (kept in memory only)
launch mail java -Xmx48m "${small_jvm[@]}" -cp "$local_cp" de.msh.local.mail.MailServer 2525 8025

await_port store 27017 30 "$store_index"
await_port kafka 9092 60
await_port mail 2525 30

for entry in "${services[@]}"; do
  name=${entry%%:*}
  dir=$(cds_dir "$name")
  if [ "${MSH_CDS:-1}" = 1 ] && [ -f "$dir/app.jsa" ]; then
    run=(-XX:SharedArchiveFile="$dir/app.jsa" -jar "$dir/app/msh-$name-exec.jar")
  else
    run=(-jar "services/$name/target/msh-$name-exec.jar")
  fi
  # shellcheck disable=SC2046
  launch "$name" java -Xmx192m "${small_jvm[@]}" "${run[@]}" $(service_args "$name")
done
for i in "${!services[@]}"; do
  entry=${services[$i]}
  await_health "${entry%%:*}" "${entry##*:}" 120 $((i + 3)) # after the store, the broker and the mail server
done

rss_kb=$(ps -o rss= -p "$(IFS=,; echo "${pids[*]}")" | awk '{s += $1} END {print s}')
cat <<BANNER

  MSH structural-change tracker: ready in $(($(date +%s) - started)) s, $((rss_kb / 1024)) MiB resident in ${#pids[@]} processes.

  Portal             http://localhost:8080      <- start here; log in as a demo user below

  auth (issuer)      http://localhost:9000
  projects           http://localhost:8081/api/projects
  studies            http://localhost:8082/api/studies
  funding            http://localhost:8083/api/funding/grants
  milestones         http://localhost:8084/api/milestones
  reporting          http://localhost:8085/api/reporting/portfolio/phases
  Kafka broker       localhost:9092        document store   mongodb://localhost:27017
  mail (reminders)   http://localhost:8025  (SMTP localhost:2525; nothing leaves this machine)
  data               $data   (logs in $data/logs)

  Demo logins (development only): steering, finance, manager, auditor, admin, password msh-demo-2038
  Machine token:     curl -u msh-cli:msh-cli-secret -d grant_type=client_credentials http://localhost:9000/oauth2/token

  Ctrl-C stops everything.
BANNER

wait -n "${pids[@]}" || true
say "a process exited unexpectedly; see $logs"
stop 1
