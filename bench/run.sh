#!/usr/bin/env bash
# The benchmark harness: every workload over ONE generated lineage graph, each against a baseline
# measured in the same run on the same machine, in one table of ratios.
# Usage: bench/run.sh SIZE [--no-docs]   (SIZE models: 10000, 100000, 1000000; CI: bench/run.sh 10000 --no-docs)
#
#   graph    LineageGraphGenerator writes SIZE models (seeded, calibrated on the real Hugging Face
#            lineage graph; see docs/benchmarks.md) as N-Quads, one record per named graph
#   ingest   `pedigree load` (validated, versioned, one transaction; heap BENCH_LOAD_HEAP, default 4g)
#            against `tdb2.tdbloader`, each into a fresh database
#   dump     `pedigree dump` against `tdb2.tdbdump` on the store `pedigree load` made
#   lineage  LineageBenchmark (-Xmx1g): the index against the naive SPARQL property paths, same store
#   pages    bench/pages.sh on the same store: the biggest hub's page, a page with ten derivatives,
#            a leaf page, the home page, the list of the hub's derivatives and the hub's Turtle,
#            each rendered (--page-cache 0) and hot (page cache) against nginx serving the same
#            bytes, and the hub's 304s against nginx's (wrk; BENCH_SECONDS per measurement, default 10)
#   restart  time until /readyz is 200: the first start, a restart of the unchanged store, and a
#            restart after `pedigree load` changed 1% of the model records
#
# Peak memory is the peak resident size of each process (/usr/bin/time) and its anonymous part (heap
# and native memory, without TDB2's memory-mapped files). Prints one table; unless --no-docs, writes
# it with the machine's facts into the generated section for SIZE of docs/benchmarks.md.
set -euo pipefail
size=${1:?usage: bench/run.sh SIZE [--no-docs]}
docs=true
[ "${2:-}" = "--no-docs" ] && docs=false
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
for tool in wrk nginx curl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (Debian: apt-get install wrk nginx curl time)"; exit 1; }
done
[ -f "$here/target/test-classes/org/pedigree/bench/LineageBenchmark.class" ] || (cd "$here" && ./mvnw -q -B -DskipTests package)
test_classpath="$here/target/test-classes:$here/target/classes:$here/target/lib/*"
load_heap=${BENCH_LOAD_HEAP:-4g}
seconds=${BENCH_SECONDS:-10}
started=$(date -u +%Y-%m-%dT%H:%MZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
step() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

step "generating a lineage graph of $size models"
"$java" -cp "$test_classpath" org.pedigree.bench.LineageGraphGenerator "$size" "$work/graph.nq" 2> "$work/generate.log" || {
  echo "generating the graph failed:"; tail -5 "$work/generate.log"; exit 1; }
quads=$(grep -oE 'quads [0-9]+' "$work/generate.log" | grep -oE '[0-9]+')

step "ingest: tdb2.tdbloader"
measured jena-load "$java" -cp "$jena_classpath" tdb2.tdbloader --loc "$work/jena" "$work/graph.nq" > "$work/jena-load.log" 2>&1 || {
  echo "tdb2.tdbloader failed:"; tail -5 "$work/jena-load.log"; exit 1; }
rm -rf "$work/jena"
step "ingest: pedigree load (-Xmx$load_heap)"
measured ped-load "$java" "-Xmx$load_heap" -jar "$here/target/pedigree.jar" load --data "$work/db" "$work/graph.nq" \
  > "$work/ped-load.out" 2> "$work/ped-load.log" || {
  echo "pedigree load failed:"; tail -5 "$work/ped-load.log"; grep -v '^ ' "$work/ped-load.out" | tail -5; exit 1; }
stored=$(grep -oE '^Stored [0-9]+ record' "$work/ped-load.out" | grep -oE '[0-9]+')
rm -f "$work/ped-load.out"

step "dump: tdb2.tdbdump"
measured jena-dump "$java" -cp "$jena_classpath" tdb2.tdbdump --loc "$work/db" > "$work/jena.nq" 2> "$work/jena-dump.log"
step "dump: pedigree dump"
measured ped-dump "$java" -jar "$here/target/pedigree.jar" dump --data "$work/db" --out "$work/pedigree.nq" > "$work/ped-dump.log" 2>&1
dumped=$(wc -l < "$work/pedigree.nq")
[ "$(wc -l < "$work/jena.nq")" -eq "$dumped" ] || { echo "the dumps differ in size: tdb2.tdbdump $(wc -l < "$work/jena.nq"), pedigree dump $dumped"; exit 1; }
# 1% of the model records (every hundredth), each renamed: the change before the last restart
awk '$NF == "." && $(NF-1) ~ /\/record\/gen--m[0-9]*00>$/ { if ($2 == "<http://schema.org/name>") sub(/" </, " (renamed)\" <"); print }' \
  "$work/graph.nq" > "$work/changed.nq"
rm -f "$work/jena.nq" "$work/pedigree.nq" "$work/graph.nq"

step "lineage: index against naive property paths (-Xmx1g)"
# shellcheck disable=SC2086 # LINEAGE_BENCH_OPTIONS is split into options on purpose
measured lineage "$java" -Xmx1g -cp "$test_classpath" org.pedigree.bench.LineageBenchmark --loc "$work/db" --graph "$work/graph.properties" \
  ${LINEAGE_BENCH_OPTIONS:-} > "$work/lineage.out" 2> "$work/lineage.log" || { echo "the lineage benchmark failed:"; tail -5 "$work/lineage.log"; exit 1; }

# ready SECONDS-FILE: starts serve on the store, writes the seconds until /readyz is 200, stops it (SIGTERM)
ready() {
  local port start pid
  port=$(shuf -i 20000-40000 -n 1)
  start=$(now)
  "$java" "-Xmx${BENCH_SERVE_HEAP:-4g}" -jar "$here/target/pedigree.jar" serve --data "$work/db" --port "$port" --no-demo > "$work/$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 12000); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
  echo "$(now) $start" | awk '{printf "%.1f", $1 - $2}' > "$work/$1.seconds"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
step "restart: time until ready"
ready first-start
ready restart
measured change-load "$java" -Xmx2g -jar "$here/target/pedigree.jar" load --data "$work/db" "$work/changed.nq" > "$work/change-load.log" 2>&1 || {
  echo "loading the 1% change failed:"; tail -5 "$work/change-load.log"; exit 1; }
ready changed-restart
changed_records=$(awk '{print $(NF-1)}' "$work/changed.nq" | sort -u | wc -l)

prop() { awk -F= -v k="$1" '$1 == k {print $2}' "$work/graph.properties" | sed 's|^http://localhost:8080||'; }
hub=$(prop hub)
encoded_hub=$(printf 'http://localhost:8080%s' "$hub" | sed 's|:|%3A|g; s|/|%2F|g')
targets="biggest hub ($(prop hubChildren) derivatives)|$hub|text/html|304
model with 10 derivatives|$(prop ten)|text/html|
leaf model|$(prop leaf)|text/html|
home page|/|text/html|
the hub's derivatives|/models?base=$encoded_hub|text/html|
the hub's Turtle|$hub|text/turtle|304"
step "pages: the hub $hub and five more against nginx ($seconds s per measurement)"
PAGES_DATA="$work/db" PAGES_TARGETS="$targets" bash "$here/bench/pages.sh" 0 "$seconds" > "$work/pages.out" 2>&1 || {
  echo "the pages benchmark failed:"; tail -5 "$work/pages.out"; exit 1; }


# The table: one row per measurement; ratio = Pedigree's speed over the baseline's (above 1: faster).
time_of() { cut -d' ' -f1 "$work/$1.time"; }
rss_of() { awk '{printf "%.0f MiB (anon %.0f MiB)", $2 / 1024, $3 / 1024}' "$work/$1.time"; }
{
  echo "| workload | Pedigree | baseline | ratio | Pedigree peak RSS | baseline peak RSS |"
  echo "|---|---|---|---|---|---|"
  awk -v q="$quads" -v p="$(time_of ped-load)" -v j="$(time_of jena-load)" -v pr="$(rss_of ped-load)" -v jr="$(rss_of jena-load)" -v n="$stored" 'BEGIN {
    printf "| ingest %d quads (%d records) | pedigree load %.1f s, %.0f quads/s | tdb2.tdbloader %.1f s, %.0f quads/s | %.2f× | %s | %s |\n", q, n, p, q / p, j, q / j, j / p, pr, jr }'
  awk -v q="$dumped" -v p="$(time_of ped-dump)" -v j="$(time_of jena-dump)" -v pr="$(rss_of ped-dump)" -v jr="$(rss_of jena-dump)" 'BEGIN {
    printf "| dump %d quads | pedigree dump %.1f s, %.0f quads/s | tdb2.tdbdump %.1f s, %.0f quads/s | %.2f× | %s | %s |\n", q, p, q / p, j, q / j, j / p, pr, jr }'
  awk -F'|' -v rss="$(rss_of lineage)" '/^\| [a-z]/ && $4 ~ /[0-9]/ {
    for (i = 2; i <= 13; i++) gsub(/^ +| +$/, "", $i)
    printf "| %s: %s | p50 %s, p99 %s | naive p50 %s, p99 %s | %s p50, %s p99 | %s | same JVM |\n", $2, $3, $5, $6, $10, $11, $12, $13, rss }' "$work/lineage.out"
  awk -v first="$(cat "$work/first-start.seconds")" -v again="$(cat "$work/restart.seconds")" -v changed="$(cat "$work/changed-restart.seconds")" \
      -v records="$changed_records" -v load="$(time_of change-load)" 'BEGIN {
    printf "| ready after start (`/readyz` 200) | first start %s s; restart, store unchanged %s s; restart after `pedigree load` of %d changed records (%.1f s) %s s | — | | | |\n", first, again, records, load, changed }'
} > "$work/table.md"
grep -v '^pedigree serve' "$work/pages.out" | sed -n '/^|/,$p' > "$work/pages.md"   # both tables, from the first
finished=$(date -u +%Y-%m-%dT%H:%MZ)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cores=$(nproc)
memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
jdk=$("$java" -version 2>&1 | head -1)

{
  echo "<!-- bench/run.sh $size: begin (generated; edit bench/run.sh, not this section) -->"
  echo "### $size models"
  echo
  echo "\`nice bench/run.sh $size\`, $started to $finished: $cores cores ($cpu), $memory, $jdk; load average $load_before at the start, $load_after at the end."
  echo
  grep -h -E '^(models|derived|multi|models with|depth|biggest)' "$work/generate.log" | sed 's/^/    /'
  echo
  cat "$work/table.md"
  echo
  cat "$work/pages.md"
  echo
  grep -h '^pedigree serve' "$work/pages.out" | sed 's/^/    /'
  grep -h -E '^(index build|computed-graph sync|heap:)' "$work/lineage.out" | sed 's/^/    /'
  echo "<!-- bench/run.sh $size: end -->"
} > "$work/section.md"
cat "$work/section.md"

if $docs; then
  doc="$here/docs/benchmarks.md"
  awk -v size="$size" -v section="$work/section.md" '
    function emit() { while ((getline line < section) > 0) print line; close(section); done = 1 }
    $0 ~ "^<!-- bench/run.sh " size ": begin" { emit(); skip = 1; next }
    skip && $0 ~ "^<!-- bench/run.sh " size ": end" { skip = 0; next }
    skip { next }
    /^<!-- bench\/run.sh: sections end -->/ && !done { emit(); print ""; }
    { print }' "$doc" > "$work/benchmarks.md"
  cp "$work/benchmarks.md" "$doc"
  echo "(written to docs/benchmarks.md)"
fi
