#!/usr/bin/env bash
# The event-backbone benchmark: builds the bench module (profile bench) and runs it with its own broker and store.
# Arguments pass through, e.g. --events=100000 --aggregates=1000 --stores=h2 --lag-seconds=5
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -Pbench -pl infra/bench -am install -DskipTests
cd infra/bench
exec java -Xmx10g -XX:+UseParallelGC -cp "target/classes:target/lib/*" de.msh.bench.Benchmark "$@"
