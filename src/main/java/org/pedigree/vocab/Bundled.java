package org.pedigree.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads the RDF files shipped inside the build ({@code /ontology/…}, {@code /shapes/…}). */
public final class Bundled {
    private Bundled() {}

    /** The Turtle file at {@code resource} on the classpath, as a graph. */
    public static Graph turtle(String resource) {
        Graph graph = GraphFactory.createGraphMem();
        try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
