#!/usr/bin/env bash
# Benchmark: validated ingest (`pedigree load`) against Jena's own bulk loader (`tdb2.tdbloader`)
# on the same generated lineage records, in one run on one machine, each into a fresh database.
# Usage: bench/ingest.sh [RECORDS] (default 20000; CI runs a smoke run with 300).
# Prints triples/s for both and the ratio; see docs/benchmarks.md.
set -euo pipefail
records=${1:-20000}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$here/.mvn/find-jdk.sh"
pedigree_find_jdk
java="$JAVA_HOME/bin/java"
[ -f "$here/target/pedigree.jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests package)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/records.trig"

# One record per named graph: a fine-tune of a base with its operation, agent, two datasets with
# roles, hyper-parameters and a licence — about 40 triples, blank nodes included, like real records.
awk -v n="$records" 'BEGIN {
  b = "http://localhost:8080/"
  print "@prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <http://schema.org/> ."
  print "@prefix ped: <https://w3id.org/pedigree#> . @prefix kind: <https://w3id.org/pedigree/kind/> ."
  print "@prefix role: <https://w3id.org/pedigree/role/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> ."
  for (i = 0; i < n; i++) {
    m = "<" b "model/bench/m" i ">"; base = "<" b "model/bench/m" int(i / 10) "-base>"
    op = "<" b "activity/bench--m" i "--sft>"; d1 = "<" b "dataset/bench/d" (i % 50) ">"; d2 = "<" b "dataset/bench/p" (i % 7) ">"
    printf "<%srecord/bench--m%d> {\n", b, i
    printf "%s a ped:Model, prov:Entity ; schema:name \"m%d\" ; ped:hfId \"bench/m%d\" ;\n", m, i, i
    printf "  schema:description \"Benchmark model %d, an instruction-tuned derivative.\" ;\n", i
    printf "  schema:license <http://spdx.org/licenses/Apache-2.0> ; schema:version \"1.%d\" ;\n", i % 9
    printf "  prov:wasDerivedFrom %s ; schema:isBasedOn %s ; prov:wasGeneratedBy %s ;\n", base, base, op
    printf "  prov:qualifiedDerivation [ a prov:Derivation ; prov:entity %s ; ped:derivationKind kind:instruction-tuning ; prov:hadActivity %s ] .\n", base, op
    printf "%s a ped:TrainingOperation, prov:Activity ; ped:operationKind kind:instruction-tuning ;\n", op
    printf "  prov:used %s, %s, %s ; prov:wasAssociatedWith <%sagent/bench-team-%d> ;\n", base, d1, d2, b, i % 13
    printf "  prov:startedAtTime \"2026-01-%02dT08:00:00Z\"^^xsd:dateTime ; prov:endedAtTime \"2026-01-%02dT18:00:00Z\"^^xsd:dateTime ;\n", i % 28 + 1, i % 28 + 1
    printf "  ped:hyperparameter [ a schema:PropertyValue ; schema:name \"learning_rate\" ; schema:value 2.0E-5 ],\n"
    printf "    [ a schema:PropertyValue ; schema:name \"epochs\" ; schema:value %d ] ;\n", i % 5 + 1
    printf "  prov:qualifiedUsage [ a prov:Usage ; prov:entity %s ; prov:hadRole role:finetuning ],\n", d1
    printf "    [ a prov:Usage ; prov:entity %s ; prov:hadRole role:preference ] .\n", d2
    printf "%s a schema:Dataset, prov:Entity ; schema:name \"d%d\" ; schema:version \"v%d\" .\n", d1, i % 50, i % 3
    printf "%s a schema:Dataset, prov:Entity ; schema:name \"p%d\" ; schema:version \"v1\" .\n", d2, i % 7
    printf "<%sagent/bench-team-%d> a prov:Agent, schema:Organization ; schema:name \"Team %d\" .\n}\n", b, i % 13, i % 13
  }
}' > "$data"

triples=$("$java" -cp "$here/target/lib/*" riotcmd.riot --count "$data" 2>&1 | grep -oE 'Quads = [0-9,]+' | grep -oE '[0-9,]+' | tail -1 | tr -d ,)

now() { date +%s.%N; }
t0=$(now)
"$java" -cp "$here/target/lib/*" tdb2.tdbloader --loc "$work/jena" "$data" > "$work/jena.log" 2>&1
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
