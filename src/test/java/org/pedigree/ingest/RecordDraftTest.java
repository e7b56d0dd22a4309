package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.pedigree.model.InstanceIris;

/** A record built in code (as importers build theirs) maps exactly as the same record written as a file. */
class RecordDraftTest {
    private static final RecordReaders READERS = new RecordReaders(new InstanceIris("https://lineage.example.org/"), Knowledge.bundled());

    private static IncomingRecord file(String name) throws IOException {
        Path path = Path.of("docs/examples", name);
        List<IncomingRecord> records = READERS.read(new RecordSource(path.toString(), Files.readAllBytes(path), null));
        assertEquals(1, records.size());
        return records.getFirst();
    }

    @Test
    void the_medcoder_example_built_as_a_draft_gives_the_graph_of_its_file() throws IOException {
        OperationDraft operation = new OperationDraft().name("Supervised fine-tuning on the institutional coding corpus")
                .kind("full-finetune")
                .agent(new RecordDraft.Agent("northbridge-health-ml-platform", "Northbridge Health ML platform", RecordDraft.Agent.Type.SOFTWARE, null))
                .started("2026-03-02T08:00:00Z").ended("2026-03-09T17:30:00Z")
                .code("https://git.northbridge-health.example/ml/medcoder", "4f9c2e1a7b3d")
                .dataset(new OperationDraft.UsedDataset("northbridge-health/clinical-coding-corpus")
                        .name("Northbridge Health clinical coding corpus (12M records)").role("finetuning").revision("2025-12")
                        .sha256("9b2f1c6d8e4a7b0c3d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c"));
        // As the YAML reader types them: a float as xsd:double in Java's spelling, an integer as xsd:integer.
        operation.hyperparameter("learning_rate", ResourceFactory.createTypedLiteral("2.0E-5", XSDDatatype.XSDdouble))
                .hyperparameter("epochs", ResourceFactory.createTypedLiteral("3", XSDDatatype.XSDinteger))
                .hyperparameter("global_batch_size", ResourceFactory.createTypedLiteral("256", XSDDatatype.XSDinteger));
        RecordDraft draft = RecordDraft.model("northbridge-health/medcoder-llama3-70b").name("MedCoder Llama-3 70B")
                .description("Assigns ICD-10-CM codes to discharge summaries.").licence("llama3").version("1.0.0")
                .attributedTo(RecordDraft.Agent.organization("northbridge-health", "Northbridge Health"))
                .base("meta-llama/Meta-Llama-3-70B", "full-finetune").operation(operation);
        IncomingRecord built = READERS.fromDraft("built", draft, "built", "test", "0");
        IncomingRecord read = file("medcoder.yaml");
        assertEquals(read.id(), built.id());
        assertTrue(read.graph().isIsomorphicWith(built.graph()));
    }

    @Test
    void a_root_model_gets_its_pretraining_operation_as_its_file_does() throws IOException {
        RecordDraft draft = RecordDraft.model("meta-llama/Meta-Llama-3-70B").name("Meta-Llama-3-70B").licence("llama3").root()
                .attributedTo(RecordDraft.Agent.organization("meta-llama", "Meta Llama"))
                .operation(new OperationDraft().name("Pre-training of Meta-Llama-3-70B").agent(RecordDraft.Agent.organization("meta-llama", null))
                        .ended("2024-04-18T00:00:00Z"));
        assertTrue(file("llama3-base.yaml").graph().isIsomorphicWith(READERS.fromDraft("built", draft, "built", "test", "0").graph()));
    }

    @Test
    void a_draft_is_checked_with_the_messages_of_a_record_file() {
        InputProblem blank = assertThrows(InputProblem.class, () -> READERS.fromDraft("card.md",
                RecordDraft.model("a/b").name("  "), "card.md", "hf", "0"));
        assertEquals("card.md, field name: expected a single value, not an empty value.", blank.getMessage());
        InputProblem kind = assertThrows(InputProblem.class, () -> READERS.fromDraft("card.md",
                RecordDraft.model("a/b").base("c/d", "finetuned"), "card.md", "hf", "0"));
        assertTrue(kind.getMessage().startsWith("card.md, bases[1], field relation: 'finetuned' is not a derivation kind — use one of "),
                kind.getMessage());
        InputProblem agent = assertThrows(InputProblem.class, () -> READERS.fromDraft("bom.json",
                RecordDraft.dataset("https://data.example/d").id("d").attributedTo(RecordDraft.Agent.organization("", "???")),
                "bom.json", "cyclonedx", "0"));
        assertEquals("bom.json, field attributed_to, field id: expected a single value, not an empty value.", agent.getMessage());
    }
}
