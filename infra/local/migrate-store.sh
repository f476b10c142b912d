#!/usr/bin/env bash
# Copies the local stack's old H2 document store (.data/mongo/store.mv) into the SQLite store
# (.data/mongo/store.sqlite), once, with the stack stopped. The old file is only read and stays where it is.
# Environment: MSH_DATA (data folder, default .data).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
data=${MSH_DATA:-$root/.data}
./mvnw -B -q -ntp -pl infra/local -am package -DskipTests
exec java -cp "infra/local/target/classes:infra/local/target/lib/*" de.msh.local.StoreMigration "$data/mongo"
