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

/** Croissant dataset descriptions imported into a real TDB2 store. */
class CroissantImporterTest extends ImporterTestStore {
    private static final Path FIXTURES = Path.of("src/test/resources/croissant");
    private static final Path SHARED = Path.of("../shared/data/croissant/datasets");


    @Test
    void a_croissant_dataset_keeps_its_name_licence_creator_and_source() throws IOException {
        ImportBatch batch = convert(ImportFormat.CROISSANT, List.of(source(FIXTURES.resolve("acme-clinical-notes-v2.json"))));
        assertEquals(List.of(), batch.problems());
        writer.write(batch.records(), WriteMode.UPSERT, false, "test");
        assertEquals(List.of("clinical-notes-v2 2.0.0 http://spdx.org/licenses/CC-BY-4.0 Acme Labs dataset/acme/clinical-notes"),
                rows("SELECT ?name ?version ?licence ?creator ?source WHERE { <" + BASE + "dataset/acme/clinical-notes-v2> schema:name ?name ; "
                        + "schema:version ?version ; schema:license ?licence ; prov:wasAttributedTo/schema:name ?creator ; prov:wasDerivedFrom ?source }"));
    }

    @Test
    void a_description_without_the_croissant_context_is_refused() throws IOException {
        ImportBatch batch = convert(ImportFormat.CROISSANT, List.of(source(FIXTURES.resolve("no-vocab.json"))));
        assertEquals(List.of(), batch.records());
        assertTrue(batch.problems().get(0).contains("no-vocab.json, field @context: not a Croissant context"), batch.problems().get(0));
    }

    @Test
    void the_official_croissant_examples_import_but_those_with_nothing_to_name_them_by() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "the shared Croissant examples are not here");
        List<RecordSource> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SHARED)) {
            for (Path f : walk.filter(p -> p.getFileName().toString().equals("metadata.json")).sorted().toList()) {
                sources.add(source(f));
            }
        }
        ImportBatch batch = convert(ImportFormat.CROISSANT, sources);
        assertEquals(sources.size(), batch.records().size() + batch.problems().size());
        batch.problems().forEach(p -> assertTrue(p.contains("field url: the dataset has no url, http(s) @id or distribution on the Hub"), p));
        assertTrue(batch.problems().size() <= 4, String.join("\n", batch.problems()));
        batch.records().forEach(r -> writer.write(List.of(r), WriteMode.UPSERT, false, "test"));
        assertEquals(List.of("dataset/rajpurkar/squad_v2 dataset/rajpurkar/squad"),
                rows("SELECT ?d ?source WHERE { ?d prov:wasDerivedFrom ?source FILTER(CONTAINS(STR(?d), 'squad')) }"));
    }
}
