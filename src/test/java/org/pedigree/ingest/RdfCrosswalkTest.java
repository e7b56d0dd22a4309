package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/** FAIR4ML and MLDCAT-AP descriptions, in either namespace form, load through the RDF path as records. */
class RdfCrosswalkTest {
    private static final String BASE = "https://lineage.example.org/";
    private static final InstanceIris IRIS = new InstanceIris(BASE);

    @TempDir
    Path dir;

    @Test
    void a_fair4ml_model_in_the_older_namespace_with_https_schema_org_loads_as_a_fine_tune_with_its_datasets() {
        String turtle = """
                @prefix fair4ml: <https://w3id.org/fair4ml/> .
                @prefix schema: <https://schema.org/> .
                <model/acme/med-llama> a fair4ml:MLModel ; schema:name "Med Llama" ;
                    schema:license <https://w3id.org/pedigree/licence/llama2> ;
                    fair4ml:fineTunedFrom <model/meta-llama/Llama-2-7b-hf> ;
                    fair4ml:trainedOn <dataset/acme/notes> ; fair4ml:testedOn <dataset/acme/exam> .
                """;
        List<IncomingRecord> records = new RecordReaders(IRIS, Knowledge.bundled())
                .read(new RecordSource("med-llama.ttl", turtle.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(List.of("acme--med-llama"), records.stream().map(IncomingRecord::id).toList());
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            Knowledge.bundled().syncInto(store);
            WriteOutcome outcome = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), IRIS, Clock.systemUTC())
                    .write(records, WriteMode.UPSERT, false, "test");
            assertTrue(outcome.refusedIds().isEmpty());
            Query q = QueryFactory.create("""
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    PREFIX ped: <https://w3id.org/pedigree#>
                    PREFIX schema: <http://schema.org/>
                    SELECT ?name ?base ?kind ?dataset ?role WHERE {
                      ?m schema:name ?name ; prov:qualifiedDerivation [ prov:entity ?base ; ped:derivationKind ?kind ] ;
                         prov:wasGeneratedBy/prov:qualifiedUsage [ prov:entity ?dataset ; prov:hadRole ?role ] } ORDER BY ?dataset""");
            List<String> rows = store.select(q, r -> String.join(" ", q.getResultVars().stream().map(v -> r.get(v).isLiteral()
                    ? r.getLiteral(v).getString() : r.getResource(v).getURI().replace(BASE, "").replace("https://w3id.org/pedigree/", "")).toList()));
            assertEquals(List.of("Med Llama model/meta-llama/Llama-2-7b-hf kind/finetune dataset/acme/exam role/test",
                    "Med Llama model/meta-llama/Llama-2-7b-hf kind/finetune dataset/acme/notes role/finetuning"), rows);
        }
    }
}
