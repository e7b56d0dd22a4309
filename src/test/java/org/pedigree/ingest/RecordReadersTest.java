package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.pedigree.model.InstanceIris;

/** Every input format, and every kind of bad input, named in the message with the place and the fix. */
class RecordReadersTest {
    static final String BASE = "https://lineage.example.org/";
    static final RecordReaders READERS = new RecordReaders(new InstanceIris(BASE), Knowledge.bundled());
    static final String PREFIXES = """
            @prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <http://schema.org/> .
            @prefix ped: <https://w3id.org/pedigree#> . @prefix kind: <https://w3id.org/pedigree/kind/> .
            """;

    static List<IncomingRecord> read(String name, String text) {
        return READERS.read(new RecordSource(name, text.getBytes(StandardCharsets.UTF_8), null));
    }

    static String problem(String name, String text) {
        return assertThrows(InputProblem.class, () -> read(name, text)).getMessage();
    }

    @Test
    void a_turtle_file_is_one_record_named_after_its_model() {
        List<IncomingRecord> records = read("zephyr.ttl", PREFIXES + """
                <model/HuggingFaceH4/zephyr-7b-beta> a ped:Model ; schema:name "zephyr-7b-beta" ;
                    prov:wasDerivedFrom <model/mistralai/Mistral-7B-v0.1> .""");
        assertEquals(1, records.size());
        assertEquals("HuggingFaceH4--zephyr-7b-beta", records.getFirst().id());
        assertTrue(records.getFirst().graph().contains(NodeFactory.createURI(BASE + "model/HuggingFaceH4/zephyr-7b-beta"),
                NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), NodeFactory.createURI(BASE + "model/mistralai/Mistral-7B-v0.1")),
                "relative IRIs resolve against the base URI");
        assertEquals(64, records.getFirst().sourceSha256().length());
    }

    @Test
    void a_trig_file_holds_one_record_per_named_graph() {
        List<IncomingRecord> records = read("two.trig", PREFIXES + """
                <record/a--one> { <model/a/one> a ped:Model . }
                <record/a--two> { <model/a/two> a ped:Model . }""");
        assertEquals(List.of("a--one", "a--two"), records.stream().map(IncomingRecord::id).sorted().toList());
    }

    @Test
    void the_record_format_in_yaml_maps_to_prov_and_schema_org() {
        List<IncomingRecord> records = read("gguf.yaml", """
                model: MaziyarPanahi/zephyr-7b-beta-GGUF
                name: zephyr-7b-beta-GGUF
                licence: mit
                bases:
                  - model: HuggingFaceH4/zephyr-7b-beta
                    relation: gguf
                """);
        var graph = records.getFirst().graph();
        assertEquals("MaziyarPanahi--zephyr-7b-beta-GGUF", records.getFirst().id());
        var model = NodeFactory.createURI(BASE + "model/MaziyarPanahi/zephyr-7b-beta-GGUF");
        assertTrue(graph.contains(model, NodeFactory.createURI("http://schema.org/license"), NodeFactory.createURI("http://spdx.org/licenses/MIT")));
        assertTrue(graph.contains(null, NodeFactory.createURI("https://w3id.org/pedigree#derivationKind"), NodeFactory.createURI("https://w3id.org/pedigree/kind/gguf")));
        assertEquals(2, read("two.yaml", "model: a/one\nroot: true\n---\nmodel: a/two\nroot: true\n").size(), "one record per YAML document");
        assertEquals(2, read("two.json", "[{\"model\": \"a/one\"}, {\"model\": \"a/two\"}]").size(), "a JSON array of records");
    }

    @Test
    void malformed_turtle_names_the_line_and_column() {
        String message = problem("broken.ttl", PREFIXES + "<model/a/b> a ped:Model ;\n  schema:name \"unterminated .\n");
        assertTrue(message.startsWith("broken.ttl line "), message);
        assertTrue(message.contains("column"), message);
    }

    @Test
    void a_parser_crash_on_hostile_input_is_still_a_clear_refusal() {
        // Found by fuzzing (RecordReadersFuzzTest#turtle): Jena's Turtle tokenizer fails with an
        // IllegalFormatCodePointException on these two bytes.
        String message = problem("fuzzed.ttl", ":%");
        assertTrue(message.startsWith("fuzzed.ttl: "), message);
    }

    @Test
    void empty_unknown_and_non_utf8_inputs_are_refused_with_the_fix() {
        assertTrue(problem("empty.ttl", "  \n").contains("empty.ttl: is empty"));
        assertTrue(problem("notes.txt", "hello").contains("notes.txt: unknown format — name the file with one of .ttl"));
        String latin1 = assertThrows(InputProblem.class, () -> READERS.read(new RecordSource("latin1.ttl",
                "<model/a/b> <http://schema.org/name> \"caf\u00e9\" .".getBytes(StandardCharsets.ISO_8859_1), null))).getMessage();
        assertTrue(latin1.contains("latin1.ttl: is not UTF-8 (the first bad byte is at offset 41)"), latin1);
        String type = assertThrows(InputProblem.class, () -> READERS.read(new RecordSource("body", "x".getBytes(StandardCharsets.UTF_8), "text/plain"))).getMessage();
        assertTrue(type.contains("the media type 'text/plain' is not a record format"), type);
    }

    @Test
    void json_ld_with_a_remote_context_is_refused_and_never_fetched() {
        String message = problem("remote.jsonld", "{\"@context\": \"https://schema.org/\", \"@id\": \"model/a/b\", \"@type\": \"Dataset\"}");
        assertTrue(message.contains("the JSON-LD @context \"https://schema.org/\" would have to be fetched"), message);
        String nested = problem("nested.jsonld", "{\"@context\": [{\"@vocab\": \"http://schema.org/\"}, \"file:///etc/passwd\"], \"@id\": \"x\"}");
        assertTrue(nested.contains("file:///etc/passwd"), nested);
        List<IncomingRecord> inline = read("inline.jsonld", """
                {"@context": {"ped": "https://w3id.org/pedigree#", "name": "http://schema.org/name"},
                 "@id": "model/a/b", "@type": "ped:Model", "name": "b"}""");
        assertEquals("a--b", inline.getFirst().id());
    }

    @Test
    void a_triple_file_describing_two_models_asks_to_be_split() {
        String message = problem("two.ttl", PREFIXES + "<model/a/one> a ped:Model . <model/a/two> a ped:Model .");
        assertTrue(message.contains("describes 2 — split it into one file per model, or use TriG"), message);
    }

    @Test
    void trig_triples_outside_a_record_graph_and_foreign_graph_names_are_refused() {
        assertTrue(problem("loose.trig", PREFIXES + "<model/a/x> a ped:Model . <record/a--y> { <model/a/y> a ped:Model . }")
                .contains("1 triples are outside any named graph"));
        assertTrue(problem("foreign.trig", PREFIXES + "<http://elsewhere.example/g> { <model/a/y> a ped:Model . }")
                .contains("the named graph http://elsewhere.example/g is not a record IRI"));
    }

    @Test
    void record_format_mistakes_name_the_field_and_list_what_is_accepted() {
        assertTrue(problem("r.yaml", "model: a/b\nlicense_typo: mit\n").contains("r.yaml: unknown field 'license_typo' — the fields here are"));
        String relation = problem("r.yaml", "model: a/b\nbases:\n  - model: c/d\n    relation: finetuned\n");
        assertTrue(relation.contains("r.yaml, bases[1], field relation: 'finetuned' is not a derivation kind — use one of "), relation);
        assertTrue(relation.contains("finetune"), relation);
        assertTrue(problem("r.yaml", "model: a/b\nlicence: my-own-licence\n").contains("field licence: 'my-own-licence' is not a licence Pedigree knows"));
        assertTrue(problem("r.yaml", "model: a/b\noperation:\n  started: last tuesday\n").contains("field started: 'last tuesday' is not a date and time"));
        assertTrue(problem("r.yaml", "name: nothing\n").contains("names either `model: OWNER/NAME` or `dataset: OWNER/NAME`"));
        assertTrue(problem("r.yaml", "model: a/b\nname: x\nname: y\n").contains("not valid YAML"), "duplicate keys are refused");
    }

    @Test
    void yaml_alias_bombs_are_refused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        long start = System.nanoTime();
        String message = problem("bomb.yaml", "model: a/b\noperation:\n  hyperparameters:\n" + bomb.toString().indent(4));
        assertTrue((System.nanoTime() - start) < 5_000_000_000L, "the aliases are not expanded");
        assertTrue(message.startsWith("bomb.yaml"), message);
    }
}
