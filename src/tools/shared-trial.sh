#!/usr/bin/env bash
# Issue 14's trial of a team: CLIENTS analyst processes (default 20), each logged in as its own
# editor, writing and reading one record on the tests' embedded PostgreSQL server for SECONDS
# (default 300), pausing a random 0 to 2 x PAUSE-MS (default 1000) between writes; then lost,
# duplicated and unreported writes, errors, whether every window ended on the final state, and the
# latencies (a save, a window's reads, a colleague's change to a window).
# Usage: src/tools/shared-trial.sh [CLIENTS] [SECONDS] [PAUSE-MS]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.diplotrack.store.SharedTrial "$@"
