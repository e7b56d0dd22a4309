package org.pedigree.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteOutcome;

/** SPDX 3.0.1 AI and Dataset documents imported into a real TDB2 store. */
class SpdxImporterTest extends ImporterTestStore {
    private static final Path FIXTURES = Path.of("src/test/resources/spdx");
    private static final Path SHARED = Path.of("../shared/data/spdx3-examples");


    @Test
    void ai_packages_become_models_with_their_sources_kinds_datasets_and_licence() throws IOException {
        ImportBatch batch = convert(ImportFormat.SPDX, List.of(source(FIXTURES.resolve("acme-med-llama.spdx3.json"))));
        assertEquals(List.of(), batch.problems());
        WriteOutcome outcome = writer.write(batch.records(), WriteMode.UPSERT, false, "test");
        assertEquals(List.of("acme--med-llama", "dataset--example.org--spdx-clinical-notes", "example.org--spdx-med-lora",
                "example.org--spdx-med-q4"), outcome.stored().stream().map(WriteOutcome.Stored::id).sorted().toList());
        assertEquals(List.of(
                "https://example.org/spdx/med-lora https://w3id.org/pedigree/kind/adapter model/acme/med-llama",
                "https://example.org/spdx/med-q4 https://w3id.org/pedigree/kind/quantized model/acme/med-llama",
                "model/acme/med-llama https://w3id.org/pedigree/kind/finetune model/meta-llama/Llama-2-7b-hf"),
                rows("SELECT ?m ?k ?b WHERE { ?m prov:qualifiedDerivation [ prov:entity ?b ; ped:derivationKind ?k ; "
                        + "ped:declaredBy <https://example.org/spdx/document> ] }"));
        assertEquals(List.of("https://example.org/spdx/clinical-notes https://w3id.org/pedigree/role/finetuning",
                        "https://example.org/spdx/clinical-notes https://w3id.org/pedigree/role/test"),
                rows("SELECT ?d ?role WHERE { <" + BASE + "model/acme/med-llama> prov:wasGeneratedBy/prov:qualifiedUsage [ prov:entity ?d ; prov:hadRole ?role ] }"));
        assertEquals(List.of("http://spdx.org/licenses/MIT Acme Labs learning_rate"),
                rows("SELECT ?l ?agent ?param WHERE { <" + BASE + "model/acme/med-llama> schema:license ?l ; prov:wasAttributedTo/schema:name ?agent ; "
                        + "prov:wasGeneratedBy/ped:hyperparameter/schema:name ?param }"));
    }

    @Test
    void a_document_with_another_context_is_refused_naming_the_context_and_the_fix() throws IOException {
        ImportBatch batch = convert(ImportFormat.SPDX, List.of(source(FIXTURES.resolve("other-context.spdx3.json"))));
        assertEquals(List.of(), batch.records());
        String problem = batch.problems().get(0);
        assertTrue(problem.contains("other-context.spdx3.json, field @context: 'https://example.org/not-spdx/context.jsonld' is not the SPDX 3.0.1 context"), problem);
        assertTrue(problem.contains("https://spdx.org/rdf/3.0.1/spdx-context.jsonld"), problem);
    }

    @Test
    void the_spdx_ai_and_dataset_examples_import_and_software_sboms_are_skipped() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "the shared SPDX examples are not here");
        List<RecordSource> sources = List.of(
                source(SHARED.resolve("ai/example01/spdx3.0/simplehtr-example.json")),
                source(SHARED.resolve("ai/example02/spdx3.0/sbom.spdx3.json")),
                source(SHARED.resolve("dataset/example01/spdx3.0/example01.spdx3.json")),
                source(SHARED.resolve("software/example1/spdx3.0/example1.json")));
        ImportBatch batch = convert(ImportFormat.SPDX, sources);
        assertEquals(List.of(), batch.problems());
        assertEquals(1, batch.skipped().size(), batch.skipped().toString());
        WriteOutcome outcome = writer.write(batch.records(), WriteMode.UPSERT, false, "test");
        assertEquals(batch.records().size(), outcome.stored().size());
        assertEquals(List.of("https://my-first-aibom.com/IAMdataset https://w3id.org/pedigree/role/pretraining",
                        "https://my-first-aibom.com/IAMdataset https://w3id.org/pedigree/role/test"),
                rows("SELECT ?d ?role WHERE { <https://my-first-aibom.com/word-model> prov:wasGeneratedBy/prov:qualifiedUsage [ prov:entity ?d ; prov:hadRole ?role ] }"));
    }
}
