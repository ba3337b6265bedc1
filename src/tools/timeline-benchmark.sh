#!/usr/bin/env bash
# Issue 4's benchmark: one timeline frame at 1600x900 for 1k..1M contacts, whole range and a
# one-year zoom, next to a JavaFX ScatterChart of 1k and 10k points; with DB, also the time and
# heap to load that database's contacts into the timeline. Runs headless (Monocle, software
# rendering, as CI and the tests do). Usage: src/tools/timeline-benchmark.sh [DB [--load-only]]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx4g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1080-32 \
  -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.diplotrack.ui.timeline.TimelineBenchmark "$@"
