#!/usr/bin/env bash
# Issue 3's benchmark: search and filter times on a generated database of CONTACTS contacts
# (default 1,000,000; generated once into DB and reused), next to the obvious alternatives, and
# the heap the window's state holds. Usage: src/tools/search-benchmark.sh [CONTACTS] [DB]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx6g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.diplotrack.store.SearchBenchmark "$@"
