#!/usr/bin/env bash
# Restores the local stack's document store from a backup (.data/mongo/backups/), with the stack stopped. The file it
# replaces is moved to .data/mongo/damaged-<time>/, never deleted.
# Usage: ./infra/local/restore-store.sh [backup]   (default: the newest backup that passes SQLite's check)
# Environment: MSH_DATA (data folder, default .data).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
data=${MSH_DATA:-$root/.data}
if (exec 3<>/dev/tcp/127.0.0.1/27017) 2>/dev/null; then
  echo "Der Speicher läuft noch (Port 27017); erst den Stack beenden. / The store is running; stop the stack first." >&2
  exit 1
fi
[ -f infra/local/target/classes/de/msh/local/StoreRestore.class ] || ./mvnw -B -q -ntp -pl infra/local -am package -DskipTests
exec java -cp "infra/local/target/classes:infra/local/target/lib/*" de.msh.local.StoreRestore "$data/mongo" "$@"
