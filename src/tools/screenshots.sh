#!/usr/bin/env bash
# Takes the README's screenshots of the real app under Xvfb (needs xvfb, imagemagick, xdotool
# and libgtk-3-0 from Debian). Usage: src/tools/screenshots.sh [OUT_DIR] [WIDTHxHEIGHT] [en|fr|ru]
# (a language other than English adds -fr or -ru to the file names)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-src/site/resources/images}
size=${2:-1280x800}
lang=${3:-en}
suffix=$([ "$lang" = en ] && echo "" || echo "-$lang")
mkdir -p "$out"
jar=target/diplotrack.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
home=$(mktemp -d)/home/researcher
mkdir -p "$home"
w=${size%x*}; h=${size#*x}
xvfb-run -a -s "-screen 0 ${w}x${h}x24" bash -c "
  java -Duser.home='$home' -jar '$jar' --lang '$lang' >/dev/null 2>&1 &
  for i in \$(seq 1 60); do xdotool search --name DiploTrack >/dev/null 2>&1 && break; sleep 0.5; done
  sleep 3
  win=\$(xdotool search --name DiploTrack | head -1)
  xdotool windowmove \$win 0 0; xdotool windowsize \$win $w $h; sleep 1.5
  # A contact row of the table (below the summary, whose height varies by language), then the timeline.
  xdotool mousemove 420 300 click 1; sleep 1
  import -window root '$out/main-window$suffix.png'
  xdotool key ctrl+2; sleep 1.5
  import -window root '$out/timeline$suffix.png'
  kill %1
"
echo "wrote $out/main-window$suffix.png and $out/timeline$suffix.png"
