# shellcheck shell=bash
# Sourced by the benchmarks: finds the JDK, builds the jar if needed, and makes a work directory
# that is removed on exit. Sets: here, java, work.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=.mvn/find-jdk.sh
. "$here/.mvn/find-jdk.sh"
pedigree_find_jdk
# shellcheck disable=SC2034 # java, work and jena_classpath are for the scripts that source this one
java="$JAVA_HOME/bin/java"
[ -f "$here/target/pedigree.jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests package)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Jena's tools run with the project's classes first on the class path only for its quiet logging
# configuration (without it Logback's default writes DEBUG lines to standard output).
# shellcheck disable=SC2034
jena_classpath="$here/target/classes:$here/target/lib/*"
now() { date +%s.%N; }
# measured NAME COMMAND…: runs COMMAND under /usr/bin/time and writes "$work/NAME.time" as
# "SECONDS PEAK_RSS_KB PEAK_ANON_KB": the wall-clock time, the peak resident size the kernel
# reports, and the peak of its anonymous part (the heap and native memory, without the pages of
# memory-mapped files such as TDB2's indexes), sampled every second from /proc.
measured() {
  local name=$1 pid anon=0 child a
  shift
  /usr/bin/time -f '%e %M' -o "$work/$name.rss" "$@" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    for child in $(pgrep -P "$pid" 2>/dev/null); do
      a=$(awk '/^RssAnon:/ {print $2}' "/proc/$child/status" 2>/dev/null || echo 0)
      [ "${a:-0}" -gt "$anon" ] && anon=$a
    done
    sleep 1
  done
  local status=0
  wait "$pid" || status=$?
  echo "$(tail -1 "$work/$name.rss") $anon" > "$work/$name.time"
  return "$status"
}
