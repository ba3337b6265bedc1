#!/usr/bin/env bash
# Issue 14's benchmark: the window's reads on CONTACTS generated contacts (default 1,000,000) on a
# SQLite file (generated once into DB and reused) and on a PostgreSQL copy of it (the tests'
# embedded server, started for the run), side by side, and the copy's time.
# Usage: src/tools/shared-benchmark.sh [CONTACTS] [DB [SERVER]]   (SERVER: a postgresql:// address that
# holds a copy of DB already, e.g. from an earlier run, instead of copying it again)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx6g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.diplotrack.store.SharedBenchmark "$@"
