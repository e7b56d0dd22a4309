package org.pedigree.publish.http;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.vocab.HYDRA;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * The one table of representations things and records are offered in: media type, the extension
 * of the format-specific URL ({@code /model/a/b.ttl}), and how to write it. HTML comes first: it
 * is what a client gets that states no preference. The quad formats are offered for records (named
 * graphs) only.
 */
public enum RdfFormat {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_ABBREV),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    TRIG("application/trig", "trig", RDFFormat.TRIG_PRETTY),
    NQUADS("application/n-quads", "nq", RDFFormat.NQUADS);

    /** What a thing (model, dataset, term …) is offered as. */
    public static final List<RdfFormat> THINGS = List.of(HTML, TURTLE, JSONLD, RDFXML, NTRIPLES);
    /** What a record (a named graph) is offered as. */
    public static final List<RdfFormat> RECORDS = List.of(HTML, TRIG, NQUADS, TURTLE, JSONLD, RDFXML, NTRIPLES);

    /** Prefixes every RDF document uses, so Turtle and JSON-LD keys stay readable. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("ped", PED.NS)
            .setNsPrefix("kind", PED.KIND_NS)
            .setNsPrefix("role", PED.ROLE_NS)
            .setNsPrefix("lic", PED.LICENCE_NS)
            .setNsPrefix("spdx", "http://spdx.org/licenses/")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("hydra", HYDRA.NS)
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("odrl", "http://www.w3.org/ns/odrl/2/")
            .setNsPrefix("term", PED.TERM_NS)
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    /**
     * The published JSON-LD context ({@code /context.jsonld}): the prefixes every JSON-LD document
     * is compacted with, so keys read {@code schema:name}, {@code prov:wasDerivedFrom}.
     */
    public static String jsonLdContext() {
        StringBuilder json = new StringBuilder("{\n  \"@context\": {\n");
        var prefixes = new TreeMap<>(PREFIXES.getNsPrefixMap());
        int i = 0;
        for (var e : prefixes.entrySet()) {
            json.append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"')
                .append(++i < prefixes.size() ? ",\n" : "\n");
        }
        return json.append("  }\n}\n").toString();
    }

    private static final JsonLdWriter JSON_LD = new JsonLdWriter(PREFIXES);

    public final String mediaType;
    public final String extension;
    private final RDFFormat writer;

    RdfFormat(String mediaType, String extension, RDFFormat writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    public static List<String> mediaTypes(List<RdfFormat> formats) {
        return formats.stream().map(f -> f.mediaType).toList();
    }

    public static RdfFormat ofMediaType(String mediaType) {
        for (RdfFormat f : values()) {
            if (f.mediaType.equals(mediaType)) {
                return f;
            }
        }
        throw new IllegalArgumentException(mediaType);
    }

    /** The format of {@code formats} a URL's last path segment asks for by its extension ({@code b.ttl}), if any. */
    public static Optional<RdfFormat> ofName(List<RdfFormat> formats, String lastSegment) {
        String lower = lastSegment.toLowerCase(Locale.ROOT);
        for (RdfFormat f : formats) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The media type with its charset, for Content-Type. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The format named by a {@code ?format=} value (an extension, or "turtle"), if any. */
    static Optional<RdfFormat> ofShortName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) {
            if (f.extension.equals(lower) || f == TURTLE && lower.equals("turtle")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The graph in this format (not for HTML, nor the quad formats: see {@link #writeNamed}). */
    public String write(Graph graph) {
        if (this == JSONLD) {
            return JSON_LD.write(graph);
        }
        Graph withPrefixes = GraphFactory.createGraphMem();
        graph.find().forEach(withPrefixes::add);
        withPrefixes.getPrefixMapping().setNsPrefixes(PREFIXES);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, withPrefixes, writer);
        return out.toString();
    }

    /** The graph as the named graph {@code name}: in a quad format as such, otherwise its triples. */
    public String writeNamed(Graph graph, String name) {
        if (this != TRIG && this != NQUADS) {
            return write(graph);
        }
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(NodeFactory.createURI(name), graph);
        dsg.prefixes().putAll(PREFIXES);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, dsg, writer);
        return out.toString();
    }
}
