package org.pedigree.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pedigree.ingest.Knowledge;

/**
 * One test per shape case: every file under {@code shapes/cases/<Shape>/{valid,invalid}/} yields
 * exactly the report in the {@code .expected.ttl} file beside it; valid cases have no violation,
 * invalid ones at least one. {@code -Dpedigree.writeShapeCases=true} rewrites the expected reports
 * (then review the diff).
 */
class ShapeCasesTest {
    static final Path CASES = Path.of("shapes/cases");
    static final String BASE = "http://pedigree.test/";
    static final LineageValidator VALIDATOR = LineageValidator.bundled(Knowledge.bundled().merged());

    @TestFactory
    Stream<DynamicTest> every_case_yields_its_expected_report() throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 20, "shape cases found: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(CASES.relativize(c).toString(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> validating_a_case_as_a_stored_batch_gives_the_same_report() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(CASES.relativize(c).toString(), () -> {
            Graph data = data(c);
            List<String> plain = ReportLines.of(VALIDATOR.validate(data).getGraph());
            try (org.pedigree.store.Tdb2LineageStore store = org.pedigree.store.Tdb2LineageStore.inMemory()) {
                Knowledge.bundled().syncInto(store);
                store.write(dsg -> data.find().forEach(t -> dsg.add(org.apache.jena.graph.NodeFactory.createURI(BASE + "record/case"),
                        t.getSubject(), t.getPredicate(), t.getObject())));
                List<String> batch = store.read(dsg -> ReportLines.of(VALIDATOR.validateBatch(dsg.getUnionGraph(), data).getGraph()));
                assertEquals(String.join("\n", plain), String.join("\n", batch));
            }
        }));
    }

    @org.junit.jupiter.api.Test
    void every_counter_example_of_the_dictionary_names_an_invalid_case_that_is_refused() throws IOException {
        Graph knowledge = Knowledge.bundled().merged();
        List<String> caseNames = knowledge.find(org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/pedigree#caseName"), org.apache.jena.graph.Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertTrue(caseNames.containsAll(List.of("no-declared-base", "revision-history-only")), caseNames.toString());
        for (String name : caseNames) {
            try (Stream<Path> files = Files.walk(CASES)) {
                List<Path> matches = files.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(name) + "\\.(ttl|trig)"))
                        .filter(p -> p.getParent().getFileName().toString().equals("invalid")).toList();
                assertEquals(1, matches.size(), "invalid shape case named " + name + ": " + matches);
            }
        }
    }

    /** Every case file under shapes/cases, in name order. */
    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(p -> p.toString().matches(".*/(valid|invalid)/[^/]+\\.(ttl|trig)$"))
                    .filter(p -> !p.toString().endsWith(".expected.ttl")).sorted().toList();
        }
    }

    static Graph data(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).base(BASE).parse(dsg);
        Graph union = GraphFactory.createGraphMem();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    private static void check(Path file) throws IOException {
        ValidationReport report = VALIDATOR.validate(data(file));
        List<String> actual = ReportLines.of(report.getGraph());
        boolean invalid = file.getParent().getFileName().toString().equals("invalid");
        if (invalid) {
            assertTrue(actual.stream().anyMatch(l -> l.startsWith("Violation")), "an invalid case must be refused:\n" + String.join("\n", actual));
        } else {
            assertFalse(actual.stream().anyMatch(l -> l.startsWith("Violation")), "a valid case must be accepted:\n" + String.join("\n", actual));
        }
        Path expectedFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(ttl|trig)$", ".expected.ttl"));
        if (Boolean.getBoolean("pedigree.writeShapeCases")) {
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
            }
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("no expected report " + expectedFile + " (run with -Dpedigree.writeShapeCases=true and review it)");
        }
        Graph expected = GraphFactory.createGraphMem();
        RDFParser.source(expectedFile).lang(Lang.TURTLE).parse(expected);
        assertEquals(String.join("\n", ReportLines.of(expected)), String.join("\n", actual));
    }
}
