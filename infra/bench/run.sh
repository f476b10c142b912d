#!/usr/bin/env bash
# The benchmark: builds the bench module (profile bench) and the projects service, and runs it with its own broker and
# store. Arguments pass through, e.g. --parts=list --projects=10000 or --events=100000 --aggregates=1000 --stores=h2
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -Pbench -pl infra/bench,services/projects,services/reporting -am install -DskipTests
cd infra/bench
exec java -Xmx10g -XX:+UseParallelGC -cp "target/classes:target/lib/*" de.msh.bench.Benchmark "$@"
