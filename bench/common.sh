# shellcheck shell=bash
# Sourced by the benchmarks: finds the JDK, builds the jar if needed, and makes a work directory
# that is removed on exit. Sets: here, java, work.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../.mvn/find-jdk.sh
. "$here/.mvn/find-jdk.sh"
pedigree_find_jdk
java="$JAVA_HOME/bin/java"
[ -f "$here/target/pedigree.jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests package)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Jena's tools run with the project's classes first on the class path only for its quiet logging
# configuration (without it Logback's default writes DEBUG lines to standard output).
jena_classpath="$here/target/classes:$here/target/lib/*"
now() { date +%s.%N; }
