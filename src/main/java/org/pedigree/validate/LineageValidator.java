package org.pedigree.validate;


import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pedigree.vocab.Bundled;

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
    /** The same shapes without their SPARQL constraints, which {@link #validateBatch} runs in bulk. */
    private final Shapes coreShapes;
    private final Graph knowledge;

    public LineageValidator(Graph shapesGraph, Graph knowledge) {
        this.shapes = Shapes.parse(shapesGraph);
        Graph core = GraphFactory.createGraphMem();
        shapesGraph.find().forEach(t -> {
            if (!t.getPredicate().equals(SHACL.sparql)) {
                core.add(t);
            }
        });
        this.coreShapes = Shapes.parse(core);
        this.knowledge = knowledge;
    }

    /** The validator with the shapes shipped in this build. */
    public static LineageValidator bundled(Graph knowledge) {
        return new LineageValidator(bundledShapesGraph(), knowledge);
    }

    /** The shapes graph shipped in this build. */
    public static Graph bundledShapesGraph() {
        return Bundled.turtle(SHAPES_RESOURCE);
    }

    /** Validates {@code data} (with the knowledge alongside); the data is not changed. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, new Union(data, knowledge));
    }

    /**
     * Validates the nodes of a batch of records being stored. The focus nodes come from
     * {@code batch}; the core constraints, which look at a node's own statements, are checked
     * against the batch with the knowledge (in memory); the SHACL-SPARQL constraints, which follow
     * derivations across records (cycles), run in bulk against {@code stored}, a store's union
     * graph that already holds the batch. The cost follows the size of the batch, not of the store.
     */
    public ValidationReport validateBatch(Graph stored, Graph batch) {
        Graph local = new Union(batch, knowledge);
        ValidationContext context = ValidationContext.create(coreShapes, local);
        for (Shape shape : coreShapes.getTargetShapes()) {
            for (Node focus : focusNodes(shape, local)) {
                VLib.validateShape(context, local, shape, focus);
            }
        }
        for (Shape shape : shapes.getTargetShapes()) {
            List<SparqlConstraint> sparql = shape.getConstraints().stream()
                    .filter(SparqlConstraint.class::isInstance).map(SparqlConstraint.class::cast).toList();
            if (!sparql.isEmpty()) {
                Set<Node> focusNodes = focusNodes(shape, local);
                sparql.forEach(constraint -> BulkSparqlConstraints.validate(context, stored, shape, constraint, focusNodes));
            }
        }
        return context.generateReport();
    }

    private static Set<Node> focusNodes(Shape shape, Graph targets) {
        Set<Node> focusNodes = new LinkedHashSet<>();
        for (Target target : shape.getTargets()) {
            focusNodes.addAll(target.getFocusNodes(targets));
        }
        return focusNodes;
    }
}
