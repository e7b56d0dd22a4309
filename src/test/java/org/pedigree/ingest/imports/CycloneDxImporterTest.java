package org.pedigree.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteOutcome;

/** CycloneDX ML-BOMs imported into a real TDB2 store. */
class CycloneDxImporterTest extends ImporterTestStore {
    private static final Path FIXTURES = Path.of("src/test/resources/cyclonedx");
    private static final Path SHARED = Path.of("../shared/data/cyclonedx-mlbom/specification");


    @Test
    void a_model_component_becomes_a_model_with_its_ancestor_datasets_licence_and_supplier() throws IOException {
        ImportBatch batch = convert(ImportFormat.CYCLONEDX, List.of(source(FIXTURES.resolve("acme-med-llama.cdx.json"))));
        assertEquals(List.of(), batch.problems());
        WriteOutcome outcome = writer.write(batch.records(), WriteMode.UPSERT, false, "test");
        assertEquals(List.of("acme--med-llama", "dataset--acme--clinical-notes"), outcome.stored().stream().map(WriteOutcome.Stored::id).sorted().toList());
        assertEquals(List.of("model/meta-llama/Llama-2-7b-hf https://w3id.org/pedigree/kind/finetune urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/2"),
                rows("SELECT ?b ?k ?bom WHERE { <" + BASE + "model/acme/med-llama> prov:qualifiedDerivation [ prov:entity ?b ; "
                        + "ped:derivationKind ?k ; ped:declaredBy ?bom ] }"));
        assertEquals(List.of("dataset/acme/clinical-notes", "dataset/acme/public-qa"),
                rows("SELECT ?d WHERE { <" + BASE + "model/acme/med-llama> prov:wasGeneratedBy/prov:used ?d . ?d a schema:Dataset }"));
        assertEquals(List.of("http://spdx.org/licenses/Apache-2.0 Acme Labs"),
                rows("SELECT ?l ?s WHERE { <" + BASE + "model/acme/med-llama> schema:license ?l ; prov:wasAttributedTo/schema:name ?s }"));
    }

    @Test
    void a_bom_of_another_spec_version_is_refused_with_the_versions_read() throws IOException {
        ImportBatch batch = convert(ImportFormat.CYCLONEDX, List.of(source(FIXTURES.resolve("old-version.cdx.json"))));
        assertEquals(List.of(), batch.records());
        assertTrue(batch.problems().get(0).contains("old-version.cdx.json, field specVersion: '1.4' — Pedigree reads CycloneDX 1.5, 1.6 and 1.7"),
                batch.problems().get(0));
    }

    @Test
    void the_official_ml_bom_fixtures_import_each_as_a_version_of_its_model() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "the shared CycloneDX fixtures are not here");
        List<RecordSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(SHARED)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("valid-machine-learning")).sorted().toList()) {
                sources.add(source(f));
            }
        }
        assertEquals(5, sources.size());
        ImportBatch batch = convert(ImportFormat.CYCLONEDX, sources);
        assertEquals(List.of(), batch.problems());
        assertEquals(5, batch.records().size());
        batch.records().forEach(r -> writer.write(List.of(r), WriteMode.UPSERT, false, "test"));
        assertEquals(List.of("model/CompVis/stable-diffusion", "model/meta-llama/Llama-2-7b"),
                rows("SELECT DISTINCT ?m WHERE { ?m a ped:RootModel }"));
    }
}
