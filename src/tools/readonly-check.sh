#!/bin/sh
# Checks read-only opening with real permissions as an unprivileged user (tests run as root in
# CI, where permissions do not stop writes, so ReadOnlyTest skips these cases there).
# Needs root (to switch to `nobody`) and `mvn compile` done. Prints readOnly=true twice.
set -e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
cp -r target/classes "$work/classes"
cp "$(find ~/.m2/repository/org/xerial/sqlite-jdbc -name "sqlite-jdbc-$(sed -n 's:.*<sqlite.version>\(.*\)</sqlite.version>.*:\1:p' pom.xml).jar")" "$work/sqlite.jar"
cp "$(find ~/.m2/repository/com/ibm/icu/icu4j -name "icu4j-$(sed -n 's:.*<icu4j.version>\(.*\)</icu4j.version>.*:\1:p' pom.xml).jar")" "$work/icu.jar"
cp src/tools/ReadOnlyCheck.java "$work/"
mkdir "$work/data"
chown -R nobody "$work"
su -s /bin/sh nobody -c "cd $work && java --enable-native-access=ALL-UNNAMED -cp classes:sqlite.jar:icu.jar ReadOnlyCheck.java $work/data" 2>&1 | grep -v SLF4J
rm -rf "$work"
