#!/usr/bin/env bash
# Benchmark: `pedigree dump` against Jena's `tdb2.tdbdump` on the same database, in one run.
# Usage: bench/dump.sh [RECORDS] (default 20000; CI runs a smoke run with 300).
# Builds a Pedigree store with `pedigree load`, then dumps it to N-Quads both ways (each a whole
# process), checks the two dumps hold the same quads, and prints quads/s and the ratio.
set -euo pipefail
records=${1:-20000}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$here/bench/generate-records.sh" "$records" > "$work/records.trig"
"$java" -jar "$here/target/pedigree.jar" load --data "$work/data" "$work/records.trig" > "$work/load.log" 2>&1 || {
  echo "pedigree load failed:"; tail -5 "$work/load.log"; exit 1; }

t0=$(now)
"$java" -cp "$jena_classpath" tdb2.tdbdump --loc "$work/data" > "$work/jena.nq" 2> "$work/jena.log"
t1=$(now)
"$java" -jar "$here/target/pedigree.jar" dump --data "$work/data" --out "$work/pedigree.nq" > "$work/pedigree.log" 2>&1
t2=$(now)

jena=$(wc -l < "$work/jena.nq")
ours=$(wc -l < "$work/pedigree.nq")
[ "$jena" -eq "$ours" ] || { echo "the dumps differ in size: tdb2.tdbdump $jena lines, pedigree dump $ours"; exit 1; }
awk -v q="$ours" -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN {
  j = t1 - t0; p = t2 - t1
  printf "quads              %d\n", q
  printf "tdb2.tdbdump       %.2f s  %.0f quads/s\n", j, q / j
  printf "pedigree dump      %.2f s  %.0f quads/s\n", p, q / p
  printf "ratio              %.2f x of tdb2.tdbdump\n", (q / p) / (q / j)
}'
