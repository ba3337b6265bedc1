#!/usr/bin/env bash
# Start-up time of the GUI: from JVM start to the first frame painted after the seed contacts
# reach the table (database open, quick_check and schema check included). In the same run,
# interleaved so that machine noise hits all alike, it times
#   - an empty JavaFX window of the same size (the floor: JVM + JavaFX toolkit + one frame),
#   - DiploTrack as `java -jar target/diplotrack.jar` starts it (default JVM flags),
#   - DiploTrack with an application class-data-sharing archive (AppCDS, made here by one
#     training run), as a packaged launcher can ship it.
# Usage: src/tools/startup-benchmark.sh [RUNS]   (default 9; needs xvfb and libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}
jar=target/diplotrack.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
work=$(mktemp -d)
db=$work/bench.db
java -jar "$jar" --db "$db" list >/dev/null   # create and seed once: we time a normal start
xvfb-run -a -s "-screen 0 1600x1000x24" bash -s "$jar" "$db" "$runs" "$work/app.jsa" <<'INNER'
jar=$1; db=$2; runs=$3; jsa=$4
time_of() { java "$@" 2>/dev/null | sed -n 's/startup-ms=//p'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
java -XX:ArchiveClassesAtExit="$jsa" -Ddiplotrack.startupBenchmark=app -jar "$jar" --db "$db" >/dev/null 2>&1
base=(); app=(); cds=()
for i in $(seq 1 "$runs"); do
  base+=("$(time_of -Ddiplotrack.startupBenchmark=baseline -jar "$jar")")
  app+=("$(time_of -Ddiplotrack.startupBenchmark=app -jar "$jar" --db "$db")")
  cds+=("$(time_of -XX:SharedArchiveFile="$jsa" -Ddiplotrack.startupBenchmark=app -jar "$jar" --db "$db")")
done
b=$(printf '%s\n' "${base[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
c=$(printf '%s\n' "${cds[@]}" | median)
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {printf "%.2f", x/y}'; }
echo "runs: $runs (ms from JVM start to first painted frame)"
echo "empty JavaFX window:       ${base[*]}"
echo "diplotrack, java -jar:     ${app[*]}"
echo "diplotrack, with AppCDS:   ${cds[*]}"
echo "median: empty window $b ms | diplotrack $a ms ($(ratio "$a" "$b")x the empty window)" \
     "| diplotrack with AppCDS $c ms ($(ratio "$c" "$b")x; $(ratio "$c" "$a") of plain)"
INNER
