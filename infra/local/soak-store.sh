#!/usr/bin/env bash
# The document store's durability soak: writes through the MongoDB driver in the services' patterns while the store
# process is stopped normally or killed with SIGKILL, reopening each time, then checks that every acknowledged write
# is there and every unique index agrees with its collection. Prints cycles, writes acknowledged and found, file size.
# Usage: ./infra/local/soak-store.sh [cycles] [folder]   (defaults 50 and a temporary folder; not part of ./mvnw verify,
# which runs a 4-cycle version)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
./mvnw -B -q -ntp -pl infra/local -am package -DskipTests
exec java -cp "infra/local/target/classes:infra/local/target/lib/*" de.msh.local.soak.StoreSoak "$@"
