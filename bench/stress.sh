#!/usr/bin/env bash
# Stress: repeats every kill -9 case on real processes ROUNDS times (default 20) — a batch load
# (CrashDuringLoadIT), single record writes, a compaction and a backup (FaultInjectionIT) — and
# fails on the first acknowledged write lost or partial record found. Not part of `./mvnw verify`
# (which runs each case once); takes several minutes per case at 20 rounds.
# Usage: bench/stress.sh [ROUNDS]
set -euo pipefail
rounds=${1:-20}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=.mvn/find-jdk.sh
. "$here/.mvn/find-jdk.sh"
pedigree_find_jdk
cd "$here"
start=$(date +%s)
./mvnw -B -q -ntp verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='CrashDuringLoadIT,FaultInjectionIT#sigkill*+a_backup*' -Dpedigree.faultRounds="$rounds"
reports="$here/target/failsafe-reports"
echo "stress: $rounds rounds of each kill -9 case passed in $(( $(date +%s) - start )) s"
grep -h '<testcase' "$reports"/TEST-*CrashDuringLoadIT.xml "$reports"/TEST-*FaultInjectionIT.xml \
  | sed -E 's/.*testcase name="([^"]*)".*time="([^"]*)".*/  \1: \2 s/'
