#!/usr/bin/env bash
# Benchmark: the lineage analytics (in-memory index) against the naive SPARQL property path
# (prov:wasDerivedFrom+) on the same store, in one JVM with -Xmx1g (the server heap bound).
# Usage: bench/lineage.sh [MODELS] (default 1000000; CI runs a smoke run with 10000).
# Generates a lineage graph of MODELS models shaped like the real Hugging Face graph, loads it into
# a fresh database with Jena's bulk loader (the benchmark is about analytics, not ingest), then
# runs org.pedigree.bench.LineageBenchmark, which prints the table; see docs/benchmarks.md.
set -euo pipefail
models=${1:-1000000}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# The benchmark and the generator are test classes: make sure they are compiled.
[ -f "$here/target/test-classes/org/pedigree/bench/LineageBenchmark.class" ] || (cd "$here" && ./mvnw -q -B -DskipTests package)
test_classpath="$here/target/test-classes:$here/target/classes:$here/target/lib/*"

t0=$(now)
"$java" -cp "$test_classpath" org.pedigree.bench.LineageGraphGenerator "$models" "$work/lineage.nq" 2> "$work/generate.log" || {
  echo "generating the graph failed:"; tail -5 "$work/generate.log"; exit 1; }
t1=$(now)
"$java" -cp "$jena_classpath" tdb2.tdbloader --loc "$work/db" "$work/lineage.nq" > "$work/load.log" 2>&1 || {
  echo "tdb2.tdbloader failed:"; tail -5 "$work/load.log"; exit 1; }
t2=$(now)
rm -f "$work/lineage.nq"
awk -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN { printf "generated in %.1f s, loaded with tdb2.tdbloader in %.1f s\n", t1 - t0, t2 - t1 }'
cat "$work/generate.log"
# shellcheck disable=SC2086 # LINEAGE_BENCH_OPTIONS is split into options on purpose
"$java" -Xmx1g -cp "$test_classpath" org.pedigree.bench.LineageBenchmark --loc "$work/db" --graph "$work/lineage.properties" \
  ${LINEAGE_BENCH_OPTIONS:-}
