package org.pedigree.publish.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.validate.LineageValidator;
import org.pedigree.validate.ReportLines;

/**
 * The shapes' verdict on a dictionary counter-example: the invalid case it names
 * ({@code ped:caseName}, a file {@code shapes/cases/<Shape>/invalid/<name>.ttl} bundled in the
 * jar) validated now by the same shapes that guard every write, with the report in words.
 */
public final class CounterExamples {
    private static final String SH = "http://www.w3.org/ns/shacl#";

    /** The verdict: refused or accepted, the report's lines, and the case's data as Turtle. */
    public record Verdict(boolean refused, List<String> reasons, String data, String file) {}

    private final LineageValidator validator;
    private final List<String> shapes;
    private final String base;
    private final Map<String, Optional<Verdict>> verdicts = new ConcurrentHashMap<>();

    public CounterExamples(Graph knowledge, String base) {
        this.validator = LineageValidator.bundled(knowledge);
        Graph shapesGraph = LineageValidator.bundledShapesGraph();
        this.shapes = shapesGraph.find(Node.ANY, RDF.type.asNode(), Vocabulary.iri(SH + "NodeShape"))
                .mapWith(t -> t.getSubject()).filterKeep(Node::isURI)
                .mapWith(n -> n.getURI().substring(Math.max(n.getURI().lastIndexOf('#'), n.getURI().lastIndexOf('/')) + 1)).toList();
        this.base = base;
    }

    /** The verdict on the case of this name, when a bundled invalid case has it. */
    Optional<Verdict> of(String caseName) {
        if (caseName == null || !caseName.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        return verdicts.computeIfAbsent(caseName, this::judge);
    }

    private Optional<Verdict> judge(String caseName) {
        for (String shape : shapes) {
            String resource = "/shapes/cases/" + shape + "/invalid/" + caseName + ".ttl";
            try (InputStream in = CounterExamples.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                String data = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Graph graph = GraphFactory.createGraphMem();
                RDFParser.fromString(data, Lang.TURTLE).base(base).parse(graph);
                ValidationReport report = validator.validate(graph);
                List<String> lines = ReportLines.of(report.getGraph());
                boolean refused = lines.stream().anyMatch(l -> l.startsWith("Violation"));
                return Optional.of(new Verdict(refused, lines, data.strip(), "shapes/cases/" + shape + "/invalid/" + caseName + ".ttl"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }
}
