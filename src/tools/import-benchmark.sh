#!/usr/bin/env bash
# Issue 6's benchmark: generate a GDELT-1.0-shaped file of ROWS rows (default 1,000,000) from
# the shape of the real GDELT sample (src/test/resources/fixtures/gdelt2-sample.tsv, reduced to 1.0's 58
# columns), with about 20% contact-family event codes; import it with our CLI (-Xmx256m, fresh
# database); load the same file with the sqlite3 shell's .import into a plain table; print both
# times, the ratio and the peak heap (from the GC log).
# Usage: [MERGE=events|none] [JAR=FILE] src/tools/import-benchmark.sh [ROWS] [WORKDIR]   (needs sqlite3 on the PATH;
# JAR: another build to compare, default target/diplotrack.jar)
# MERGE=none imports with --merge none (a contact per row); unset, the import's default (merging,
# one contact per event, decision 0025); MERGE=events says so, for builds where it was not the default.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
WORK=${2:-/tmp/diplotrack-import-benchmark}
SAMPLE=src/test/resources/fixtures/gdelt2-sample.tsv
JAR=${JAR:-target/diplotrack.jar}
HEAP=${HEAP:-256m}
mkdir -p "$WORK"
FILE="$WORK/gdelt1-$ROWS.export.CSV"

command -v sqlite3 >/dev/null || { echo "sqlite3 is missing (Debian: apt-get install -y sqlite3)" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
  if command -v flock >/dev/null; then flock /tmp/mvn.lock mvn -o -q -B -DskipTests package
  else mvn -q -B -DskipTests package; fi
fi

if [ ! -f "$FILE" ]; then
  echo "generating $ROWS rows into $FILE ..." >&2
  # Rows are copies of sample rows with a fresh event id and date. One row in five gets a
  # contact-family code and is copied from a sample row whose two actors have country codes (so
  # most of those become contacts, the heavy path); the others get a non-contact code.
  awk -v rows="$ROWS" 'BEGIN { FS = OFS = "\t"; srand(42)
      nc = split("036 040 041 042 043 0431 044 045 046 0461 125", C, " ")
      no = split("010 020 051 057 0211 112 173 190 013 0841", O, " ") }
    { n++; line[n] = $0; if ($8 != "" && $18 != "" && $8 != $18) { p++; pool[p] = n } }
    END {
      for (k = 0; k < rows; k++) {
        contact = rand() < 0.2
        r = contact ? pool[1 + int(rand() * p)] : 1 + int(rand() * n)
        split(line[r], f, "\t")
        code = contact ? C[1 + int(rand() * nc)] : O[1 + int(rand() * no)]
        y = 2015 + int(rand() * 5); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
        f[1] = 500000000 + k; f[2] = sprintf("%04d%02d%02d", y, m, d); f[3] = sprintf("%04d%02d", y, m)
        f[4] = y; f[5] = sprintf("%.4f", y + (m - 1) / 12 + (d - 1) / 365)
        f[27] = code; f[28] = substr(code, 1, 3); f[29] = substr(code, 1, 2)
        out = f[1]
        for (i = 2; i <= 61; i++) if (i != 40 && i != 48 && i != 56) out = out OFS f[i]
        print out
      } }' "$SAMPLE" > "$FILE.tmp"
  mv "$FILE.tmp" "$FILE"
fi
BYTES=$(stat -c %s "$FILE")
COLS=$(head -1 "$FILE" | awk -F'\t' '{ print NF }')
CONTACT_CODES=$(awk -F'\t' '$27 ~ /^(036|04[0-6]|125)/ { c++ } END { print c + 0 }' "$FILE")
echo "file: $FILE ($ROWS rows, $COLS columns, $BYTES bytes, $CONTACT_CODES rows with a contact-family code)"

now() { date +%s.%N; }

# The floor: the same bytes into a plain table by the sqlite3 shell (no parsing beyond tabs).
rm -f "$WORK/plain.db"
COLUMNS=$(seq -s, 1 58 | sed 's/\([0-9]*\)/c\1 TEXT/g')
T0=$(now)
sqlite3 "$WORK/plain.db" <<SQL
CREATE TABLE events($COLUMNS);
.mode ascii
.separator "\t" "\n"
.import $FILE events
SQL
T1=$(now)
PLAIN_ROWS=$(sqlite3 "$WORK/plain.db" "SELECT count(*) FROM events")
SQLITE_S=$(echo "$T1 - $T0" | bc -l)

# DiploTrack: parsing, mapping, dedup, indexes, search index and pair stats, one transaction.
rm -f "$WORK/bench.db" "$WORK/bench.db-wal" "$WORK/bench.db-shm" "$WORK/gc.log"
T0=$(now)
java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --db "$WORK/bench.db" import ${MERGE:+--merge "$MERGE"} "$FILE" > "$WORK/report.txt"
T1=$(now)
IMPORT_S=$(echo "$T1 - $T0" | bc -l)
cat "$WORK/report.txt"
# Peak heap in use: the largest "before" figure of a collection in the GC log.
PEAK=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | cut -dM -f1 | sort -n | tail -1)

printf 'sqlite3 .import of %s rows into a plain table: %.2f s\n' "$PLAIN_ROWS" "$SQLITE_S"
printf 'diplotrack import (-Xmx%s, JVM start included): %.2f s\n' "$HEAP" "$IMPORT_S"
printf 'ratio: %.2fx (target <= 2x)\n' "$(echo "$IMPORT_S / $SQLITE_S" | bc -l)"
printf 'peak heap in use: %s MB (limit %s)\n' "${PEAK:-?}" "$HEAP"
