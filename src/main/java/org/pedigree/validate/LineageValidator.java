package org.pedigree.validate;


import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
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
    private static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

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
     * {@code batch}, and every constraint is checked in memory against the batch, the knowledge,
     * and the derivation edges the batch reaches upwards in {@code stored} (a store's union graph
     * that already holds the batch) — all a cycle through stored records can run along. The cost
     * follows the size of the batch and its ancestry, not the size of the store.
     */
    public ValidationReport validateBatch(Graph stored, Graph batch) {
        MultiUnion local = new MultiUnion(new Graph[] {batch, ancestry(stored, batch), knowledge});
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
                sparql.forEach(constraint -> BulkSparqlConstraints.validate(context, local, shape, constraint, focusNodes));
            }
        }
        return context.generateReport();
    }

    /** The prov:wasDerivedFrom edges of {@code stored} reachable upwards from the bases the batch names. */
    private static Graph ancestry(Graph stored, Graph batch) {
        Graph edges = GraphFactory.createGraphMem();
        Node derivedFrom = PROV_WAS_DERIVED_FROM;
        Deque<Node> frontier = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        batch.find(Node.ANY, derivedFrom, Node.ANY).forEach(t -> {
            if (seen.add(t.getObject())) {
                frontier.add(t.getObject());
            }
        });
        while (!frontier.isEmpty()) {
            Node node = frontier.poll();
            stored.find(node, derivedFrom, Node.ANY).forEach(t -> {
                edges.add(t);
                if (seen.add(t.getObject())) {
                    frontier.add(t.getObject());
                }
            });
        }
        return edges;
    }

    private static Set<Node> focusNodes(Shape shape, Graph targets) {
        Set<Node> focusNodes = new LinkedHashSet<>();
        for (Target target : shape.getTargets()) {
            focusNodes.addAll(target.getFocusNodes(targets));
        }
        return focusNodes;
    }
}
