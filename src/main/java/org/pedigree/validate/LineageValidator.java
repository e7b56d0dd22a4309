package org.pedigree.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates lineage data with the shapes of {@code shapes/lineage-shapes.ttl}, against the data
 * together with Pedigree's knowledge (so derivation kinds, dataset roles and licences are checked
 * against their schemes). Thread-safe; build one and share it.
 *
 * <pre>{@code
 * LineageValidator validator = LineageValidator.bundled(Knowledge.bundled().merged());
 * ValidationReport report = validator.validate(recordGraph);
 * }</pre>
 */
public final class LineageValidator {
    static final String SHAPES_RESOURCE = "/shapes/lineage-shapes.ttl";

    private final Shapes shapes;
    private final Graph knowledge;

    public LineageValidator(Shapes shapes, Graph knowledge) {
        this.shapes = shapes;
        this.knowledge = knowledge;
    }

    /** The validator with the shapes shipped in this build. */
    public static LineageValidator bundled(Graph knowledge) {
        return new LineageValidator(Shapes.parse(bundledShapesGraph()), knowledge);
    }

    /** The shapes graph shipped in this build. */
    public static Graph bundledShapesGraph() {
        Graph graph = GraphFactory.createGraphMem();
        try (InputStream in = LineageValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shapes " + SHAPES_RESOURCE + " are missing from the build");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Validates {@code data} (with the knowledge alongside); the data is not changed. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, new Union(data, knowledge));
    }

    /**
     * Validates the nodes of a batch of records against everything stored: the focus nodes come
     * from {@code batch} (with the knowledge, for class hierarchies), the data the constraints look
     * at is {@code stored} (a store's union graph, which holds the batch and the knowledge). The
     * cost follows the size of the batch, not of the store.
     */
    public ValidationReport validateBatch(Graph stored, Graph batch) {
        Graph targets = new Union(batch, knowledge);
        ValidationContext context = ValidationContext.create(shapes, stored);
        for (Shape shape : shapes.getTargetShapes()) {
            Set<Node> focusNodes = new LinkedHashSet<>();
            for (Target target : shape.getTargets()) {
                focusNodes.addAll(target.getFocusNodes(targets));
            }
            for (Node focus : focusNodes) {
                VLib.validateShape(context, stored, shape, focus);
            }
        }
        return context.generateReport();
    }
}
