#!/usr/bin/env bash
# Issue 17's benchmark: import of the Office of the Historian's travels, visits and chiefs of
# mission next to a bare StAX pass over the same XML, then the summary and timeline data of every
# pair of the United States, with and without the missions.
# Usage: src/tools/hsg-benchmark.sh [HSG_DIR] [ROUNDS]   (default ../shared/fixtures/hsg, 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
hsg=$(realpath "${1:-../shared/fixtures/hsg}")
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.diplotrack.io.HsgBenchmark "$hsg" "${2:-3}"
