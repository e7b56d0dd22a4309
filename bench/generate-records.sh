#!/usr/bin/env bash
# Writes N generated lineage records as TriG to standard output (used by the benchmarks).
# Usage: bench/generate-records.sh N > records.trig
set -euo pipefail
records=${1:?number of records}
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
}'
