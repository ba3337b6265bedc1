#!/usr/bin/env bash
# Builds DiploTrack as a native application with jlink + jpackage, for the system it runs on:
# an app-image (no JDK needed to run it), smoke-tested, then the installer of that system
# (.deb on Linux, .dmg on macOS, .msi on Windows under Git Bash with WiX on the PATH).
#
#   installer/package.sh [--app-image-only]
#
# Output in target/installer/: the app-image (DiploTrack/ or DiploTrack.app) and the package.
# Options per system live beside this script: common.args, <os>.args (app-image) and
# <os>-package.args (installer), as jpackage @argfiles.
set -euo pipefail
cd "$(dirname "$0")/.."
app_image_only=false
[ "${1:-}" = "--app-image-only" ] && app_image_only=true

case "$(uname -s)" in
  Linux)  os=linux;   sqlite_os=Linux;   lib=libsqlitejdbc.so ;;
  Darwin) os=macos;   sqlite_os=Mac;     lib=libsqlitejdbc.dylib ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; sqlite_os=Windows; lib=sqlitejdbc.dll ;;
  *) echo "package.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) sqlite_arch=x86_64 ;;
  aarch64|arm64) sqlite_arch=aarch64 ;;
  *) echo "package.sh: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
version=$(sed -n '0,/<version>/s/.*<version>\([^<]*\)<\/version>.*/\1/p' pom.xml)
app_version=${version%%-*}
out=target/installer
rm -rf "$out"
mkdir -p "$out/input/native" "$out/jar"
[ -f target/diplotrack.jar ] || mvn -B -q -DskipTests package
start=$(date +%s)

# 1. The jar, slimmed to this platform: JavaFX's native libraries go beside it (JavaFX loads
#    them from the jar's folder), SQLite's go to native/ (-Dorg.sqlite.lib.path), so nothing
#    is extracted to java.io.tmpdir at run time; other platforms' SQLite libraries are dropped.
(cd "$out/jar" && jar -xf ../../diplotrack.jar)
find "$out/jar" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
  -exec mv {} "$out/input/" \;
cp "$out/jar/org/sqlite/native/$sqlite_os/$sqlite_arch/$lib" "$out/input/native/"
rm -rf "$out/jar/org/sqlite/native"
jar --create --file "$out/input/diplotrack.jar" --manifest "$out/jar/META-INF/MANIFEST.MF" -C "$out/jar" .
rm -rf "$out/jar"

# 2. A runtime with only the modules the app needs (jdeps), plus the locale data for names.
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$out/input/diplotrack.jar")
modules="$modules,java.desktop,java.xml,java.naming,jdk.localedata"
jlink --add-modules "$modules" --include-locales en,fr,ru --strip-debug --no-header-files \
  --no-man-pages --compress=2 --output "$out/runtime"

# 3. The app-image.
jpackage --type app-image --app-version "$app_version" --dest "$out" \
  @installer/common.args @installer/$os.args

case "$os" in
  linux) launcher="$out/DiploTrack/bin/DiploTrack" ;;
  macos) launcher="$out/DiploTrack.app/Contents/MacOS/DiploTrack" ;;
  windows) launcher="$out/DiploTrack/DiploTrack.exe" ;;
esac

# 4. Smoke test: the packaged CLI, with a java.io.tmpdir that does not exist (nothing may be
#    extracted there).
check_db="$out/check.db"
got_version=$(JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=/nonexistent-tmp "$launcher" --version 2>/dev/null | head -1)
[ "$got_version" = "DiploTrack $version" ] || { echo "package.sh: --version printed '$got_version'" >&2; exit 1; }
csv=$(JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=/nonexistent-tmp "$launcher" --db "$check_db" list --dyad CA-RU --format csv 2>/dev/null)
rows=$(printf '%s\n' "$csv" | grep -c '^[0-9]*,2022-01-29,' || true)
[ "$rows" = 3 ] && printf '%s\n' "$csv" | head -1 | grep -q '^id,date,' \
  || { echo "package.sh: list printed:"; printf '%s\n' "$csv"; exit 1; } >&2
rm -f "$check_db"*
echo "app-image OK: $got_version; list --dyad CA-RU printed a header and $rows contacts"
image_size=$(du -sm "$out/DiploTrack"* | head -1 | cut -f1)
echo "app-image: $image_size MB ($(( $(date +%s) - start )) s)"

# 5. The installer of this system.
if ! $app_image_only; then
  app_image="$out/DiploTrack"; [ "$os" = macos ] && app_image="$out/DiploTrack.app"
  jpackage --app-image "$app_image" --name DiploTrack --app-version "$app_version" \
    --vendor "DiploTrack project" --description "A local record of bilateral diplomatic contacts, shown as timelines" \
    --dest "$out" @installer/$os-package.args
  ls -l "$out"/*.deb "$out"/*.dmg "$out"/*.msi 2>/dev/null || true
  echo "done in $(( $(date +%s) - start )) s"
fi
