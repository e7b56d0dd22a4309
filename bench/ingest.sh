#!/usr/bin/env bash
# Benchmark: validated ingest (`pedigree load`) against Jena's own bulk loader (`tdb2.tdbloader`)
# on the same generated lineage records, in one run on one machine, each into a fresh database.
# Usage: bench/ingest.sh [RECORDS] (default 20000; CI runs a smoke run with 300).
# Prints triples/s for both and the ratio; see docs/benchmarks.md.
set -euo pipefail
records=${1:-20000}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
data="$work/records.trig"

bash "$here/bench/generate-records.sh" "$records" > "$data"

triples=$("$java" -cp "$jena_classpath" riotcmd.riot --count "$data" 2>&1 | grep -oE 'Quads = [0-9,]+' | grep -oE '[0-9,]+' | tail -1 | tr -d ,)

t0=$(now)
"$java" -cp "$jena_classpath" tdb2.tdbloader --loc "$work/jena" "$data" > "$work/jena.log" 2>&1
t1=$(now)
"$java" -jar "$here/target/pedigree.jar" load --data "$work/pedigree" "$data" > "$work/pedigree.log" 2>&1 || {
  echo "pedigree load failed:"; tail -20 "$work/pedigree.log"; exit 1; }
t2=$(now)
grep -q "Stored $records record(s)" "$work/pedigree.log" || { echo "pedigree did not store all records:"; tail -5 "$work/pedigree.log"; exit 1; }

awk -v n="$records" -v q="$triples" -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN {
  j = t1 - t0; p = t2 - t1
  printf "records            %d\ninput quads        %d\n", n, q
  printf "tdb2.tdbloader     %.2f s  %.0f quads/s\n", j, q / j
  printf "pedigree load      %.2f s  %.0f quads/s (validated, versioned, one transaction)\n", p, q / p
  printf "ratio              %.2f x of tdb2.tdbloader\n", (q / p) / (q / j)
}'
