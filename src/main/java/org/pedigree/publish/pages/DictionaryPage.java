package org.pedigree.publish.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.javalin.http.Context;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.Pages;
import org.pedigree.vocab.PED;

/**
 * {@code GET /dictionary}: the index of Pedigree's dictionary of model-lineage terms, of the
 * derivation kinds (each top kind with its narrower kinds) and of the licences by category —
 * every entry linking to its page.
 */
public final class DictionaryPage {
    /** An entry of the index: its words, page, one-line definition and narrower entries. */
    public record Entry(String label, String href, String definition, List<Entry> narrower) {}

    private final Map<String, Object> variables;
    private final Pages pages;

    public DictionaryPage(Site site, Graph knowledge, Pages pages) {
        this.pages = pages;
        Vocabulary v = new Vocabulary(knowledge);
        Node dictionary = Vocabulary.iri(PED.NS + "Dictionary");
        Node kinds = Vocabulary.iri(PED.NS + "DerivationKinds");
        List<Entry> terms = entries(site, v, v.subjects(SKOS.inScheme.getURI(), dictionary), false);
        List<Entry> topKinds = entries(site, v, v.subjects(SKOS.topConceptOf.getURI(), kinds), true);
        Map<String, List<Entry>> licences = new TreeMap<>();
        for (Node licence : v.subjects(PED.NS + "licenceCategory", Node.ANY)) {
            if (!licence.isURI()) {
                continue;
            }
            String category = v.iris(licence, PED.NS + "licenceCategory").stream().findFirst()
                    .map(c -> v.label(Vocabulary.iri(c))).orElse("other");
            // Pedigree's own licences have a page here; an SPDX licence links to the models declaring it.
            boolean own = licence.getURI().startsWith(PED.LICENCE_NS);
            String href = own ? site.href(licence.getURI())
                    : "/models?licence=" + URLEncoder.encode(licence.getURI(), StandardCharsets.UTF_8);
            licences.computeIfAbsent(category, c -> new ArrayList<>()).add(new Entry(v.label(licence), href, own ? null : "SPDX", List.of()));
        }
        licences.values().forEach(l -> l.sort(Comparator.comparing(e -> e.label().toLowerCase(Locale.ROOT))));
        this.variables = Map.of("terms", terms, "kinds", topKinds, "licences", licences,
                "title", v.label(dictionary), "description", String.valueOf(v.text(dictionary, Vocabulary.DCTERMS + "description")),
                "version", String.valueOf(v.text(dictionary, Vocabulary.OWL + "versionInfo")), "canonical", "/dictionary");
    }

    private static List<Entry> entries(Site site, Vocabulary v, List<Node> nodes, boolean withNarrower) {
        List<Entry> entries = new ArrayList<>();
        for (Node n : nodes) {
            if (!n.isURI()) {
                continue;
            }
            List<Entry> narrower = withNarrower ? entries(site, v, v.subjects(SKOS.broader.getURI(), n), true) : List.of();
            String definition = v.text(n, SKOS.definition.getURI());
            entries.add(new Entry(v.label(n), site.href(n.getURI()), definition, narrower));
        }
        entries.sort(Comparator.comparing(e -> e.label().toLowerCase(Locale.ROOT)));
        return entries;
    }

    public void handle(Context ctx) {
        ctx.html(pages.render("dictionary", variables));
    }
}
