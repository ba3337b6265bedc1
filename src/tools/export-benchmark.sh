#!/usr/bin/env bash
# Issue 5's benchmark: time and file size of chart exports (PNG at 300 DPI A4 landscape, SVG,
# PDF) for 1k, 100k and 1M generated contacts of one pair, drawn in memory (no database).
# Usage: src/tools/export-benchmark.sh [OUT_DIR] [COUNTS...]   (default target/export-benchmark)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx3g -Djava.awt.headless=true \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.diplotrack.chart.export.ExportBenchmark "$@"
