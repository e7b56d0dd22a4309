package org.pedigree.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Hand-made cards and model-info answers imported into a real TDB2 store, as a user would query them. */
class HfImporterTest extends ImporterTestStore {
    static final Path FIXTURES = Path.of("src/test/resources/hf");


    static List<RecordSource> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<RecordSource> sources = new ArrayList<>();
            for (Path f : walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                sources.add(new RecordSource(f.toString(), Files.readAllBytes(f), null));
            }
            return sources;
        }
    }

    private WriteOutcome store(ImportBatch batch) {
        assertEquals(List.of(), batch.problems());
        return writer.write(batch.records(), WriteMode.UPSERT, false, "test");
    }

    @Test
    void cards_become_records_with_the_kind_of_every_edge_and_where_it_was_declared() throws IOException {
        WriteOutcome outcome = store(convert(ImportFormat.HF, files(FIXTURES.resolve("cards"), "README.md")));
        assertEquals(5, outcome.stored().size());
        assertEquals(List.of(
                "model/acme/med-llama kind/finetune model/meta-llama/Llama-2-7b-hf https://w3id.org/pedigree#InferredRelation",
                "model/acme/med-llama-GGUF kind/gguf model/acme/med-llama https://w3id.org/pedigree#InferredRelation",
                "model/acme/med-llama-awq kind/awq model/acme/med-llama https://w3id.org/pedigree#StatedRelation",
                "model/acme/med-llama-lora kind/lora model/acme/med-llama https://w3id.org/pedigree#InferredRelation",
                "model/acme/twin-merge kind/merge model/acme/med-llama https://w3id.org/pedigree#InferredRelation",
                "model/acme/twin-merge kind/merge model/meta-llama/Llama-2-7b-chat-hf https://w3id.org/pedigree#InferredRelation"),
                rows("""
                SELECT ?model ?kind ?base ?basis WHERE { ?model prov:qualifiedDerivation ?d .
                  ?d prov:entity ?base ; ped:derivationKind ?k ; ped:relationBasis ?basis .
                  BIND(IRI(REPLACE(STR(?k), "https://w3id.org/pedigree/", "https://lineage.example.org/")) AS ?kind) }"""));
        assertEquals(List.of("model/acme/med-llama https://huggingface.co/acme/med-llama/blob/main/README.md"),
                rows("SELECT ?model ?card WHERE { ?model prov:qualifiedDerivation/ped:declaredBy ?card . ?card schema:about ?model "
                        + "FILTER(?model = <" + BASE + "model/acme/med-llama>) }"));
    }

    @Test
    void a_card_keeps_its_licence_datasets_task_languages_new_version_emissions_and_evaluations() throws IOException {
        store(convert(ImportFormat.HF, files(FIXTURES.resolve("cards/acme__med-llama"), "README.md")));
        String model = "<" + BASE + "model/acme/med-llama>";
        assertEquals(List.of("https://w3id.org/pedigree/licence/llama2"), rows("SELECT ?l WHERE { " + model + " schema:license ?l }"));
        assertEquals(List.of("dataset/acme/clinical-notes", "https://huggingface.co/datasets/squad"),
                rows("SELECT ?d WHERE { " + model + " prov:wasGeneratedBy/prov:used ?d . ?d a schema:Dataset }"));
        assertEquals(List.of("text-generation transformers"), rows("SELECT ?t ?lib WHERE { " + model + " fair4ml:mlTask ?t ; ped:libraryName ?lib }"));
        assertEquals(List.of("de", "en"), rows("SELECT ?lang WHERE { " + model + " schema:inLanguage ?lang }"));
        assertEquals(List.of("model/acme/med-llama-v2"), rows("SELECT ?v WHERE { " + model + " dcterms:isReplacedBy ?v }"));
        assertEquals(List.of("1250.5"), rows("SELECT ?g WHERE { " + model + " ped:co2EqEmissions ?g }"));
        assertEquals(List.of("MedQA https://huggingface.co/datasets/acme/medqa accuracy 0.61"), rows("""
                SELECT ?dataset ?on ?metric ?value WHERE { %s fair4ml:hasEvaluation ?e . ?e schema:name ?dataset ;
                  fair4ml:evaluatedOn ?on ; schema:variableMeasured [ schema:propertyID ?metric ; schema:value ?value ] }""".formatted(model)));
    }

    @Test
    void the_same_model_spelled_in_another_case_is_one_node() throws IOException {
        store(convert(ImportFormat.HF, files(FIXTURES.resolve("cards"), "README.md")));
        assertEquals(List.of(), rows("SELECT ?m WHERE { ?m prov:wasDerivedFrom ?b FILTER(LCASE(STR(?b)) = \"" + BASE + "model/acme/med-llama\""
                + " && STR(?b) != \"" + BASE + "model/acme/med-llama\") }"));
        assertEquals(4, rows("SELECT ?m WHERE { ?m prov:wasDerivedFrom <" + BASE + "model/acme/med-llama> }").size());
    }

    @Test
    void a_licence_other_with_an_unknown_name_points_to_its_licence_file_in_the_repository() throws IOException {
        store(convert(ImportFormat.HF, files(FIXTURES.resolve("cards/acme__med-llama-awq"), "README.md")));
        assertEquals(List.of("https://huggingface.co/acme/med-llama-awq/blob/main/LICENSE.md"),
                rows("SELECT ?l WHERE { <" + BASE + "model/acme/med-llama-awq> schema:license ?l }"));
    }

    @Test
    void the_hubs_relation_tag_decides_and_the_commit_pins_the_model_info_answer() throws IOException {
        store(convert(ImportFormat.HF_API, files(FIXTURES.resolve("api"), ".json")));
        assertEquals(List.of(
                "model/acme/med-llama-GGUF kind/gguf https://w3id.org/pedigree#HubTagRelation 0123456789abcdef0123456789abcdef01234567",
                "model/acme/med-llama-lora kind/lora https://w3id.org/pedigree#InferredRelation 89abcdef0123456789abcdef0123456789abcdef"),
                rows("""
                SELECT ?model ?kind ?basis ?sha WHERE { ?model prov:qualifiedDerivation ?d .
                  ?d ped:derivationKind ?k ; ped:relationBasis ?basis ; ped:declaredBy [ ped:sourceRevision ?sha ] .
                  BIND(IRI(REPLACE(STR(?k), "https://w3id.org/pedigree/", "https://lineage.example.org/")) AS ?kind) }"""));
    }

    @Test
    void a_card_and_a_model_info_answer_about_one_model_describe_one_node() throws IOException {
        store(convert(ImportFormat.HF, files(FIXTURES.resolve("cards/acme__med-llama-GGUF"), "README.md")));
        store(convert(ImportFormat.HF_API, files(FIXTURES.resolve("api/acme__med-llama-GGUF.json"), ".json")));
        assertEquals(List.of("model/acme/med-llama-GGUF"), rows("SELECT DISTINCT ?m WHERE { ?m ped:hfId ?id FILTER(LCASE(?id) = \"acme/med-llama-gguf\") }"));
    }

    @Test
    void each_bad_card_is_refused_with_the_file_the_field_and_the_fix_while_the_others_convert() throws IOException {
        List<RecordSource> sources = new ArrayList<>(files(FIXTURES.resolve("bad"), "README.md"));
        sources.addAll(files(FIXTURES.resolve("cards/acme__med-llama"), "README.md"));
        ImportBatch batch = convert(ImportFormat.HF, sources);
        assertEquals(List.of("acme--med-llama"), batch.records().stream().map(r -> r.id()).toList());
        List<String> problems = batch.problems().stream().sorted().toList();
        assertEquals(6, problems.size(), String.join("\n", problems));
        assertProblem(problems.get(0), "acme__base-map", "field base_model: expected one Hugging Face id or a list of them");
        assertProblem(problems.get(1), "acme__broken-yaml", "line 3: the YAML front matter is not valid YAML");
        assertProblem(problems.get(2), "acme__local-base", "'./outputs/checkpoint-500' is a local path, not a Hugging Face id");
        assertProblem(problems.get(3), "acme__odd-relation", "field base_model_relation: 'distilled' is not a Hugging Face relation — use adapter, merge, quantized or finetune");
        assertProblem(problems.get(4), "acme__self-base", "the card names its own model (acme/self-base) as its base");
        assertProblem(problems.get(5), "acme__unclosed", "never closed — end it with a line '---'");
    }

    @Test
    void invalid_json_is_refused_with_its_line_and_column() throws IOException {
        Path bad = FIXTURES.resolve("api/acme__trailing-comma.json.bad");
        ImportBatch batch = convert(ImportFormat.HF_API, List.of(new RecordSource(bad.toString(), Files.readAllBytes(bad), null)));
        assertEquals(List.of(), batch.records());
        assertProblem(batch.problems().get(0), "acme__trailing-comma.json.bad line 3, column", "not valid JSON");
    }

    @Test
    void a_card_without_front_matter_is_skipped_not_refused() {
        ImportBatch batch = convert(ImportFormat.HF, List.of(new RecordSource("x/acme__empty/README.md", "N/A".getBytes(), null)));
        assertEquals(List.of(), batch.problems());
        assertEquals(1, batch.skipped().size());
    }

    private static void assertProblem(String problem, String... parts) {
        for (String part : parts) {
            assertTrue(problem.contains(part), "'" + part + "' not in: " + problem);
        }
    }
}
