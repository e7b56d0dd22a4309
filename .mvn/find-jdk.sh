# shellcheck shell=bash
# Sourced by ./pedigree, ./mvnw and .ci/run. Exports JAVA_HOME as a JDK 21 or newer, looked for
# in this order: $JAVA_HOME, the `java` on PATH, then every JDK under /usr/lib/jvm (newest first).
# Prints one sentence and returns 1 when there is none. PEDIGREE_JVM_DIR replaces /usr/lib/jvm (tests).

pedigree_jdk_major() { # prints the feature version of the JDK at $1, or nothing
  local java="$1/bin/java" line version
  [ -x "$java" ] && [ -x "$1/bin/javac" ] || return 0
  line=$("$java" -version 2>&1 | grep -m1 -E 'version "')
  version=${line#*\"}; version=${version%%\"*}
  case "$version" in 1.*) version=${version#1.} ;; esac
  echo "${version%%[.+-]*}"
}

pedigree_find_jdk() {
  local candidates=() home major on_path jvm_dir="${PEDIGREE_JVM_DIR:-/usr/lib/jvm}"
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if on_path=$(command -v java 2>/dev/null); then
    on_path=$(readlink -f "$on_path")
    candidates+=("$(dirname "$(dirname "$on_path")")")
  fi
  if [ -d "$jvm_dir" ]; then
    while IFS= read -r home; do candidates+=("$home"); done \
      < <(find "$jvm_dir" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -V -r)
  fi
  for home in "${candidates[@]}"; do
    major=$(pedigree_jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$home"
      return 0
    fi
  done
  echo "Pedigree needs a JDK 21 or newer and found none (looked at JAVA_HOME, java on PATH and $jvm_dir): install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME to it." >&2
  return 1
}
