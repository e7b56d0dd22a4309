package org.pedigree.publish.http;

import java.util.Optional;

import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.PED;

/**
 * The URLs of pages: a page links to a thing of this site with a root-relative path, and to
 * anything else with its full IRI. Instance IRIs themselves are minted by {@link InstanceIris}.
 */
public final class Site {
    private final InstanceIris iris;

    /** @param baseUri an absolute http(s) URI; a missing final slash is added */
    public Site(String baseUri) {
        this.iris = new InstanceIris(baseUri);
    }

    public InstanceIris iris() {
        return iris;
    }

    /** The base URI, always ending with a slash. */
    public String baseUri() {
        return iris.base();
    }

    /** The IRI named by a request path of this server ({@code /model/a/b} → base + {@code model/a/b}). */
    public String iriOfPath(String path) {
        return iris.iriOfPath(path);
    }

    /**
     * Where a page links to show {@code iri}: a root-relative path for things of this site and for
     * Pedigree's vocabulary ({@code …/term/x} → {@code /term/x}, {@code …#Model} →
     * {@code /ontology#Model}), else the IRI itself.
     */
    public String href(String iri) {
        Optional<String> local = iris.pathOf(iri);
        if (local.isPresent()) {
            return local.get();
        }
        // Pedigree's own vocabulary, which this server dereferences too (deployment-independent IRIs).
        if (iri.equals(PED.ONTOLOGY)) {
            return "/ontology";
        }
        if (iri.startsWith(PED.NS)) {
            return "/ontology" + iri.substring(PED.ONTOLOGY.length());
        }
        if (iri.startsWith(PED.ONTOLOGY + "/") && !iri.startsWith(PED.GRAPH_NS) && !iri.startsWith(PED.ONTOLOGY + "/shapes")) {
            return iri.substring(PED.ONTOLOGY.length());
        }
        return iri;
    }
}
