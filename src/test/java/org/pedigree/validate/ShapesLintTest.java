package org.pedigree.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Our shapes are themselves well-formed SHACL: they conform to the W3C shapes graph for SHACL. */
class ShapesLintTest {
    @Test
    void the_shapes_conform_to_shacl_shacl() {
        Graph shaclShacl = GraphFactory.createGraphMem();
        RDFParser.source(Path.of("ontology/imports/shacl-shacl.ttl")).parse(shaclShacl);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shaclShacl), LineageValidator.bundledShapesGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "shapes/lineage-shapes.ttl does not conform to shacl-shacl");
    }

    @Test
    void a_broken_shape_is_caught_by_the_lint() {
        Graph shaclShacl = GraphFactory.createGraphMem();
        RDFParser.source(Path.of("ontology/imports/shacl-shacl.ttl")).parse(shaclShacl);
        Graph broken = GraphFactory.createGraphMem();
        RDFParser.create().fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <urn:x:Shape> a sh:NodeShape ; sh:property [ sh:path <urn:x:p> ; sh:minCount "one" ] .
                """).lang(org.apache.jena.riot.Lang.TURTLE).parse(broken);
        assertTrue(!ShaclValidator.get().validate(Shapes.parse(shaclShacl), broken).conforms());
    }
}
