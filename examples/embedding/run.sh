#!/bin/sh
# Runs TwoScripts.java against the project's jar, with the JDK that bin/datagraal found.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/bin/datagraal" -e "" >/dev/null   # builds on first use and records the JDK it chose
. "$root/target/launcher.cache"
unsafe=""; [ "$major" -ge 23 ] && unsafe="--sun-misc-unsafe-memory-access=allow"
exec "$java_home/bin/java" $unsafe --enable-native-access=org.graalvm.truffle,ALL-UNNAMED \
  --add-exports java.base/sun.nio.ch=ALL-UNNAMED -Dpolyglot.engine.WarnInterpreterOnly=false \
  --module-path "$root/target/lib" --add-modules org.graalvm.polyglot \
  -cp "$root/target/datagraal.jar" "$root/examples/embedding/TwoScripts.java"
