package org.pedigree.lineage;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pedigree.vocab.PED;

/**
 * The ODRL rules of every licence in Pedigree's licence knowledge (graph {@code licences}): what
 * each permits, prohibits and requires. A licence that is not known, or is known to say nothing
 * ({@code lic:other}, {@code lic:unknown}, {@code lic:noassertion}), permits nothing: an unknown
 * licence never looks permissive.
 */
public final class LicenceRules {
    static final String ODRL = "http://www.w3.org/ns/odrl/2/";
    static final String CC = "http://creativecommons.org/ns#";
    public static final String COMMERCIALIZE = ODRL + "commercialize";
    public static final String DERIVE = ODRL + "derive";
    public static final String DISTRIBUTE = ODRL + "distribute";
    public static final String ATTACH_POLICY = ODRL + "attachPolicy";
    public static final String SHARE_ALIKE = CC + "ShareAlike";
    public static final String RESEARCH_ONLY = PED.NS + "useForResearchOnly";
    public static final String ACCEPTABLE_USE = PED.NS + "followAcceptableUsePolicy";
    public static final String NAME_PREFIX = PED.NS + "nameDerivativeWithPrefix";

    /** One licence: its label, category and rules (action IRIs). */
    public record Licence(String iri, String label, String category, Set<String> permitted, Set<String> prohibited,
                          Set<String> duties, Optional<String> requiredPrefix) {
        /** True when the licence binds a derivative to itself (share-alike, or its own terms attached). */
        public boolean bindsDerivatives() {
            return duties.contains(SHARE_ALIKE) || duties.contains(ATTACH_POLICY);
        }

        /** True for the placeholders that state no licence: other, unknown, noassertion. */
        public boolean isUnknown() {
            return iri.equals(PED.licence("other")) || iri.equals(PED.licence("unknown")) || iri.equals(PED.licence("noassertion"))
                    || category.endsWith("#Unknown");
        }
    }

    private final Map<String, Licence> byIri;

    private LicenceRules(Map<String, Licence> byIri) {
        this.byIri = byIri;
    }

    /** The rules read from a graph holding the licence knowledge (the union graph of the store will do). */
    public static LicenceRules from(Graph graph) {
        Map<String, Licence> byIri = new HashMap<>();
        Node odrlSet = NodeFactory.createURI(ODRL + "Set");
        graph.find(Node.ANY, RDF.type.asNode(), odrlSet).forEachRemaining(t -> {
            Node licence = t.getSubject();
            if (!licence.isURI()) {
                return;
            }
            Set<String> permitted = actions(graph, licence, "permission");
            Set<String> prohibited = actions(graph, licence, "prohibition");
            Set<String> duties = actions(graph, licence, "duty");
            Optional<String> prefix = Optional.empty();
            for (Triple duty : graph.find(licence, NodeFactory.createURI(ODRL + "duty"), Node.ANY).toList()) {
                Optional<String> required = graph.find(duty.getObject(), PED.requiredPrefix.asNode(), Node.ANY)
                        .mapWith(x -> x.getObject().getLiteralLexicalForm()).nextOptional();
                if (required.isPresent()) {
                    prefix = required;
                }
            }
            String label = graph.find(licence, RDFS.label.asNode(), Node.ANY).mapWith(x -> x.getObject().getLiteralLexicalForm())
                    .nextOptional().orElse(licence.getURI());
            String category = graph.find(licence, PED.licenceCategory.asNode(), Node.ANY).mapWith(x -> x.getObject().getURI())
                    .nextOptional().orElse(PED.NS + "Unknown");
            byIri.put(licence.getURI(), new Licence(licence.getURI(), label, category, permitted, prohibited, duties, prefix));
        });
        return new LicenceRules(byIri);
    }

    private static Set<String> actions(Graph graph, Node licence, String ruleKind) {
        Set<String> actions = new LinkedHashSet<>();
        graph.find(licence, NodeFactory.createURI(ODRL + ruleKind), Node.ANY).forEachRemaining(rule ->
                graph.find(rule.getObject(), NodeFactory.createURI(ODRL + "action"), Node.ANY)
                     .forEachRemaining(a -> actions.add(a.getObject().getURI())));
        return actions;
    }

    /** The rules of a licence IRI; an IRI the knowledge does not hold is an unknown licence that permits nothing. */
    public Licence of(String iri) {
        Licence known = byIri.get(iri);
        return known != null ? known
                : new Licence(iri, shortName(iri) + " (not in Pedigree's licence knowledge)", PED.NS + "Unknown", Set.of(), Set.of(), Set.of(),
                        Optional.empty());
    }

    /** The last segment of a licence IRI ({@code Apache-2.0}, {@code llama2}). */
    public static String shortName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
