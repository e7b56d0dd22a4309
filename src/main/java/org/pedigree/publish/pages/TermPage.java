package org.pedigree.publish.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.lineage.LineageWarmingUp;
import org.pedigree.lineage.browse.BrowseCatalogue;
import org.pedigree.lineage.browse.BrowseIndex;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.PageHead;
import org.pedigree.publish.view.PagedDescription;
import org.pedigree.publish.view.Pages;
import org.pedigree.vocab.PED;

/**
 * The page of a dictionary term, a derivation kind or a licence, in the manner of a research
 * vocabulary dictionary: term, status, version, definition, aliases, worked examples linked to the
 * live records, counter-examples with the shapes' verdict and reason, commentary, references,
 * related terms, the models it applies to, and the encodings ready to copy (Schema.org
 * {@code DefinedTerm} JSON-LD and JATS XML).
 */
public final class TermPage implements ThingResource.HtmlPage {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A link with its words (href null for plain text). */
    public record Ref(String text, String href) {}

    /** A worked example: the sentence, the note, the live models it names. */
    public record Example(String text, String note, List<Ref> models) {}

    /** A counter-example: the sentence, why it is not an instance, and the shapes' verdict when a case shows it. */
    public record Counter(String text, String note, CounterExamples.Verdict verdict) {}

    private final Site site;
    private final Vocabulary vocabulary;
    private final CounterExamples counterExamples;
    private final BrowseCatalogue catalogue;
    private final Pages pages;

    public TermPage(Site site, Graph knowledge, CounterExamples counterExamples, BrowseCatalogue catalogue, Pages pages) {
        this.site = site;
        this.vocabulary = new Vocabulary(knowledge);
        this.counterExamples = counterExamples;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @Override
    public void render(Context ctx, String iri, PagedDescription description) {
        Node term = Vocabulary.iri(iri);
        Vocabulary v = vocabulary;
        Map<String, Object> page = new HashMap<>(PageHead.of(site, iri, description));
        String label = v.label(term);
        String collection = iri.substring((PED.ONTOLOGY + "/").length()).split("/")[0];
        page.put("iri", iri);
        page.put("label", label);
        page.put("what", switch (collection) {
            case "kind" -> "Derivation or operation kind";
            case "licence" -> "Licence";
            default -> "Dictionary term";
        });
        List<Ref> schemes = v.iris(term, SKOS.inScheme.getURI()).stream().map(s -> new Ref(v.label(Vocabulary.iri(s)), null)).toList();
        page.put("schemes", schemes);
        page.put("status", v.text(term, PED.NS + "status"));
        page.put("version", v.text(term, Vocabulary.OWL + "versionInfo"));
        page.put("modified", v.text(term, Vocabulary.DCTERMS + "modified"));
        page.put("steward", v.text(term, PED.NS + "steward"));
        page.put("track", v.text(term, PED.NS + "track"));
        String definition = first(v.text(term, SKOS.definition.getURI()), v.text(term, Vocabulary.RDFS + "comment"),
                v.text(term, Vocabulary.SCHEMA + "description"));
        page.put("definition", definition);
        List<String> aliases = v.texts(term, SKOS.altLabel.getURI());
        page.put("aliases", aliases);
        page.put("examples", examples(term));
        page.put("counters", counters(term));
        page.put("commentary", v.texts(term, SKOS.scopeNote.getURI()));
        List<Ref> references = new ArrayList<>();
        v.texts(term, PED.NS + "reference").forEach(r -> references.add(new Ref(r, null)));
        for (String p : List.of(Vocabulary.DCTERMS + "source", SKOS.exactMatch.getURI(), SKOS.closeMatch.getURI(),
                Vocabulary.RDFS + "seeAlso")) {
            v.iris(term, p).forEach(r -> references.add(new Ref(r, r)));
        }
        page.put("references", references);
        page.put("attribution", v.text(term, PED.NS + "attribution"));
        page.put("broader", refs(v.iris(term, SKOS.broader.getURI())));
        page.put("narrower", refs(v.subjects(SKOS.broader.getURI(), term).stream().filter(Node::isURI).map(Node::getURI).toList()));
        page.put("related", refs(v.iris(term, SKOS.related.getURI())));
        page.put("mappings", mappings(term));
        page.put("applies", applies(collection, iri, term));
        page.put("rules", rules(term));
        page.put("definedTerm", definedTerm(iri, label, definition, aliases, term));
        page.put("jats", jats(iri, label, term));
        ctx.html(pages.render("term", page));
    }

    private List<Example> examples(Node term) {
        Vocabulary v = vocabulary;
        List<Example> examples = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (Node worked : v.objects(term, PED.NS + "workedExample")) {
            String text = v.text(worked, Vocabulary.RDFS + "label");
            covered.add(text);
            examples.add(new Example(text, v.text(worked, Vocabulary.RDFS + "comment"), models(v.texts(worked, PED.NS + "exampleModelId"))));
        }
        List<String> ids = new ArrayList<>(v.texts(term, PED.NS + "exampleModelId"));
        examples.forEach(e -> e.models().forEach(m -> ids.remove(m.text())));
        for (String text : v.texts(term, SKOS.example.getURI())) {
            if (!covered.contains(text)) {
                List<Ref> named = models(ids.stream().filter(text::contains).toList());
                examples.add(new Example(text, null, named));
            }
        }
        return examples;
    }

    /** Hugging Face style ids as links to their pages here, when this store describes them. */
    private List<Ref> models(List<String> ids) {
        Map<String, String> labels = catalogue.snapshot().labels();
        return ids.stream().map(id -> {
            String iri = site.iriOfPath("model/" + id);
            return new Ref(id, labels.containsKey(iri) ? site.href(iri) : null);
        }).toList();
    }

    private List<Counter> counters(Node term) {
        Vocabulary v = vocabulary;
        List<Counter> counters = new ArrayList<>();
        for (Node counter : v.objects(term, PED.NS + "counterExample")) {
            String caseName = v.text(counter, PED.NS + "caseName");
            counters.add(new Counter(v.text(counter, Vocabulary.RDFS + "label"), v.text(counter, Vocabulary.RDFS + "comment"),
                    counterExamples.of(caseName).orElse(null)));
        }
        counters.sort(Comparator.comparing(c -> c.verdict() == null));
        return counters;
    }

    private List<Ref> refs(List<String> iris) {
        return iris.stream().map(i -> new Ref(vocabulary.label(Vocabulary.iri(i)), site.href(i)))
                .sorted(Comparator.comparing(Ref::text)).toList();
    }

    /** The mappings of a kind to other vocabularies: Hugging Face relation, SPDX, CycloneDX, PROV, Schema.org … */
    private List<Ref> mappings(Node term) {
        List<Ref> mappings = new ArrayList<>();
        Map<String, String> words = new LinkedHashMap<>();
        words.put("hfRelation", "Hugging Face base_model_relation");
        words.put("hfLicenceId", "Hugging Face licence id");
        words.put("spdxRelationshipType", "SPDX 3 relationship");
        words.put("cyclonedxPedigree", "CycloneDX pedigree");
        words.put("provProperty", "PROV-O");
        words.put("schemaProperty", "Schema.org");
        words.put("licenceCategory", "category");
        words.forEach((local, text) -> vocabulary.objects(term, PED.NS + local).forEach(o ->
                mappings.add(new Ref(text + ": " + (o.isLiteral() ? o.getLiteralLexicalForm() : RdfFormat.PREFIXES.shortForm(o.getURI())), null))));
        return mappings;
    }

    /**
     * Where the term applies in this store: the models of a kind or under a licence, as a browse
     * link with a count; null while the lists are not made yet (the server just started).
     */
    private Ref applies(String collection, String iri, Node term) {
        BrowseIndex models;
        try {
            models = catalogue.snapshot().models();
        } catch (LineageWarmingUp warming) {
            return null; // the term is described without its count rather than not at all
        }
        if (collection.equals("licence")) {
            int n = models.search(new BrowseIndex.Query(null, Map.of(BrowseIndex.Facet.LICENCE, iri), 0, 0)).total();
            return new Ref(n + (n == 1 ? " model in this store declares it" : " models in this store declare it"),
                    "/models?licence=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
        }
        if (collection.equals("kind") && vocabulary.has(term, SKOS.topConceptOf.getURI(), Vocabulary.iri(PED.NS + "DerivationKinds"))) {
            String slug = iri.substring(iri.lastIndexOf('/') + 1);
            int n = models.search(new BrowseIndex.Query(null, Map.of(BrowseIndex.Facet.KIND, slug), 0, 0)).total();
            return new Ref(n + (n == 1 ? " model in this store is" : " models in this store are") + " derived this way", "/models?kind=" + slug);
        }
        return null;
    }

    /** A licence's ODRL rules in words: what it permits, prohibits and requires. */
    private Map<String, List<String>> rules(Node term) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (String[] kind : new String[][] {{"permission", "permits"}, {"prohibition", "prohibits"}, {"duty", "requires"}}) {
            List<String> actions = new ArrayList<>();
            for (Node rule : vocabulary.objects(term, Vocabulary.ODRL + kind[0])) {
                for (Node action : vocabulary.objects(rule, Vocabulary.ODRL + "action")) {
                    String words = action.isURI() ? vocabulary.label(action) : action.toString();
                    if (!actions.contains(words)) {
                        actions.add(words);
                    }
                }
            }
            if (!actions.isEmpty()) {
                rules.put(kind[1], actions);
            }
        }
        return rules;
    }

    private String definedTerm(String iri, String label, String definition, List<String> aliases, Node term) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "DefinedTerm");
        json.put("name", label);
        json.put("identifier", iri);
        String code = vocabulary.text(term, Vocabulary.SCHEMA + "termCode");
        if (code != null) {
            json.put("termCode", code);
        }
        if (definition != null) {
            json.put("description", definition);
        }
        List<String> sets = vocabulary.iris(term, Vocabulary.SCHEMA + "inDefinedTermSet");
        if (sets.isEmpty()) {
            sets = vocabulary.iris(term, SKOS.inScheme.getURI());
        }
        if (!sets.isEmpty()) {
            json.put("inDefinedTermSet", sets.size() == 1 ? sets.get(0) : sets);
        }
        json.put("url", site.iriOfPath(site.href(iri)));
        if (!aliases.isEmpty()) {
            json.put("alternateName", aliases);
        }
        List<String> licence = vocabulary.iris(term, Vocabulary.DCTERMS + "license");
        json.put("license", licence.isEmpty() ? "https://creativecommons.org/licenses/by/4.0/" : licence.get(0));
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jats(String iri, String label, Node term) {
        List<String> schemes = vocabulary.iris(term, SKOS.inScheme.getURI());
        String scheme = schemes.isEmpty() ? PED.ONTOLOGY : schemes.get(0);
        return "<kwd vocab=\"" + FamilyTreeSvg.escape(vocabulary.label(Vocabulary.iri(scheme))) + "\"\n     vocab-identifier=\""
                + FamilyTreeSvg.escape(scheme) + "\"\n     vocab-term=\"" + FamilyTreeSvg.escape(label) + "\"\n     vocab-term-identifier=\""
                + FamilyTreeSvg.escape(iri) + "\">" + FamilyTreeSvg.escape(label) + "</kwd>";
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
