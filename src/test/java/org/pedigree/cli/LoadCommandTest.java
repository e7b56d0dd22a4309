package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.Sources;
import org.pedigree.model.InstanceIris;

/** {@code pedigree load}, {@code validate} and {@code dump} as a user runs them, on a real store. */
class LoadCommandTest {
    static final String BASE = "http://localhost:8080/";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false);
        int code = Main.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path data() {
        return dir.resolve("data");
    }

    @Test
    void load_then_dump_gives_back_every_record_graph_unchanged() throws Exception {
        Path examples = Path.of("docs/examples");
        Result load = run("", "load", "--data", data().toString(), examples.toString());
        assertEquals(0, load.code(), load.err() + load.out());
        assertTrue(load.out().contains("Stored 4 record(s)"), load.out());

        Path dump = dir.resolve("dump.nq.gz");
        Result dumped = run("", "dump", "--data", data().toString(), "--out", dump.toString());
        assertEquals(0, dumped.code(), dumped.err());
        DatasetGraph stored = DatasetGraphFactory.createGeneral();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dump))) {
            RDFParser.source(in).lang(org.apache.jena.riot.Lang.NQUADS).parse(stored);
        }

        InstanceIris iris = new InstanceIris(BASE);
        RecordReaders readers = new RecordReaders(iris, Knowledge.bundled());
        int compared = 0;
        for (Path file : Sources.recordFiles(List.of(examples))) {
            for (IncomingRecord record : readers.read(new RecordSource(file.toString(), Files.readAllBytes(file), null))) {
                Node graph = NodeFactory.createURI(iris.record(record.id()));
                assertTrue(stored.getGraph(graph).isIsomorphicWith(record.graph()), record.id() + " did not round-trip");
                compared++;
            }
        }
        assertEquals(4, compared);
    }

    @Test
    void a_refused_load_exits_1_with_the_report_and_changes_nothing() throws Exception {
        run("", "load", "--data", data().toString(), "docs/examples");
        Path before = dir.resolve("before.nq");
        run("", "dump", "--data", data().toString(), "--out", before.toString());

        Result refused = run("", "load", "--data", data().toString(), "docs/examples/medcoder.yaml",
                "shapes/cases/ModelShape/invalid/no-declared-base.ttl");
        assertEquals(1, refused.code());
        assertTrue(refused.out().contains("shapes/cases/ModelShape/invalid/no-declared-base.ttl, record acme--chat-assistant-7b:"), refused.out());
        assertTrue(refused.out().contains("Refused 1 record(s): acme--chat-assistant-7b — nothing was stored."), refused.out());

        Path after = dir.resolve("after.nq");
        run("", "dump", "--data", data().toString(), "--out", after.toString());
        assertEquals(Files.readAllLines(before).stream().sorted().toList(), Files.readAllLines(after).stream().sorted().toList());
    }

    @Test
    void partial_stores_what_passes_and_still_exits_1() {
        Result partial = run("", "load", "--partial", "--data", data().toString(), "docs/examples/zephyr-gguf.json",
                "shapes/cases/ModelShape/invalid/hf-self-loop.ttl");
        assertEquals(1, partial.code());
        assertTrue(partial.out().contains("Refused 1 record(s): Rudra360--model"), partial.out());
        assertTrue(partial.out().contains("Stored 1 record(s)"), partial.out());
    }

    @Test
    void validate_reports_as_json_or_turtle_and_stores_nothing() throws Exception {
        Result json = run("", "validate", "--data", data().toString(), "--report-format", "json",
                "shapes/cases/ModelShape/invalid/derivation-cycle.trig");
        assertEquals(1, json.code());
        var report = new ObjectMapper().readTree(json.out());
        assertTrue(!report.get("conforms").asBoolean());
        assertEquals(2, report.get("refused").size());

        Result turtle = run("", "validate", "--report-format", "turtle", "--data", data().toString(), "docs/examples/medcoder.yaml");
        assertEquals(0, turtle.code(), turtle.out() + turtle.err());
        assertTrue(turtle.out().contains("sh:ValidationReport") || turtle.out().contains("ValidationReport"), turtle.out());
        assertTrue(!Files.exists(data().resolve("tdb.lock")), "validate without a store creates none");
    }

    @Test
    void standard_input_needs_a_format_and_then_loads() {
        String yaml = "model: acme/piped\nname: piped\nlicence: mit\nbases:\n  - model: acme/base\n    relation: lora\n";
        Result noFormat = run(yaml, "load", "--data", data().toString(), "-");
        assertEquals(1, noFormat.code());
        assertTrue(noFormat.err().contains("needs their format: add --format ttl"), noFormat.err());
        Result piped = run(yaml, "load", "--data", data().toString(), "--format", "yaml", "-");
        assertEquals(0, piped.code(), piped.err() + piped.out());
        assertTrue(piped.out().contains("Stored 1 record(s)"), piped.out());
    }

    @Test
    void a_missing_file_and_a_bad_report_format_are_usage_errors() {
        Result missing = run("", "load", "--data", data().toString(), "no/such/file.ttl");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no/such/file.ttl: no such file or directory."), missing.err());
        Result format = run("", "load", "--report-format", "xml", "--data", data().toString(), "docs/examples");
        assertEquals(1, format.code());
        assertTrue(format.err().contains("--report-format = 'xml' is not a report format"), format.err());
    }

    @Test
    void a_store_keeps_the_base_uri_it_was_loaded_under() {
        Result load = run("", "load", "--data", data().toString(), "docs/examples/medcoder.yaml");
        assertEquals(0, load.code(), load.err());
        Result other = run("", "load", "--base-uri", "https://lineage.example.org/", "--data", data().toString(), "docs/examples/zephyr-gguf.json");
        assertEquals(1, other.code());
        assertTrue(other.err().contains("holds IRIs under http://localhost:8080/, not https://lineage.example.org/: pass --base-uri http://localhost:8080/"),
                other.err());
        Result serve = run("", "serve", "--port", "0", "--base-uri", "https://lineage.example.org/", "--data", data().toString());
        assertEquals(1, serve.code(), "serve refuses a different base too");
        assertTrue(serve.err().contains("holds IRIs under http://localhost:8080/"), serve.err());
    }

    @Test
    void tokens_are_created_listed_and_revoked() {
        Result created = run("", "token", "create", "--name", "ci-bot", "--data", data().toString());
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().strip().matches("pdg_[0-9a-f]{12}_[A-Za-z0-9_-]{43}"), created.out());
        assertTrue(run("", "token", "list", "--data", data().toString()).out().startsWith("ci-bot\t[write]"));
        assertEquals(1, run("", "token", "create", "--name", "ci-bot", "--data", data().toString()).code(), "names are unique");
        assertEquals(0, run("", "token", "revoke", "ci-bot", "--data", data().toString()).code());
        assertEquals("", run("", "token", "list", "--data", data().toString()).out());
        assertEquals(1, run("", "token", "revoke", "ci-bot", "--data", data().toString()).code());
    }

    @Test
    void many_findings_are_summarised_by_kind_with_the_refused_record_in_full_and_every_one_with_verbose() throws Exception {
        StringBuilder trig = new StringBuilder("""
                @prefix prov:   <http://www.w3.org/ns/prov#> .
                @prefix schema: <http://schema.org/> .
                @prefix ped:    <https://w3id.org/pedigree#> .
                @prefix kind:   <https://w3id.org/pedigree/kind/> .
                """);
        String base = "<" + BASE + "model/acme/base>";
        for (int i = 1; i <= 30; i++) {   // no name and no licence: two warnings each
            trig.append("<" + BASE + "record/acme--m" + i + "> { <" + BASE + "model/acme/m" + i + "> a ped:Model, prov:Entity ; prov:wasDerivedFrom "
                    + base + " ; prov:qualifiedDerivation [ a prov:Derivation ; prov:entity " + base + " ; ped:derivationKind kind:finetune ] . }\n");
        }
        trig.append("<" + BASE + "record/acme--bad> { <" + BASE + "model/acme/bad> a ped:Model, prov:Entity ; schema:name \"bad\" ; schema:license \"MIT\" ; prov:wasDerivedFrom "
                + base + " ; prov:qualifiedDerivation [ a prov:Derivation ; prov:entity " + base + " ; ped:derivationKind kind:finetune ] . }\n");
        Path file = dir.resolve("many.trig");
        Files.writeString(file, trig);

        Result summary = run("", "validate", "--data", data().toString(), file.toString());
        assertEquals(1, summary.code(), summary.err());
        String out = summary.out();
        assertTrue(out.lines().count() <= 40, "a summary a person can read:\n" + out);
        assertTrue(out.contains("Warning   30 × ModelName (schema:name), in 30 record(s)"), out);
        assertTrue(out.contains("Violation 1 × ModelLicenceIsIri (schema:license), in 1 record(s)"), out);
        assertTrue(out.indexOf("ModelLicenceIsIri") < out.indexOf("ModelName"), "what refuses a record comes first:\n" + out);
        assertTrue(out.contains("The model has no schema:name"), "each kind says what to do:\n" + out);
        assertTrue(out.contains(file + ", record acme--bad:"), "the refused record in full:\n" + out);
        assertTrue(out.contains("--verbose"), out);
        assertTrue(out.contains("e.g. acme--m1, acme--m10, acme--m11 in " + file), "three examples:\n" + out);
        assertTrue(!out.contains("acme--m17"), "not every record is listed:\n" + out);

        Result verbose = run("", "validate", "--verbose", "--data", data().toString(), file.toString());
        assertEquals(1, verbose.code(), verbose.err());
        for (int i = 1; i <= 30; i++) {
            assertTrue(verbose.out().contains(file + ", record acme--m" + i + ":"), "every record's findings with --verbose: m" + i);
        }
        assertEquals(summary.out().lines().filter(l -> l.startsWith("Refused")).toList(), verbose.out().lines().filter(l -> l.startsWith("Refused")).toList());
    }
}
