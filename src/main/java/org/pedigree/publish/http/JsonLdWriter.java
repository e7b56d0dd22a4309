package org.pedigree.publish.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/**
 * A graph as JSON-LD 1.1 in flattened form with Pedigree's prefixes as its context: one node
 * object per subject (sorted, so the same graph always gives the same bytes), keys and IRIs as
 * compact IRIs ({@code schema:name}, {@code kind:finetune}), plain strings as JSON strings, other
 * literals with {@code @type} or {@code @language}, blank nodes as {@code _:b0…}.
 * <p>
 * It writes directly from the triples; a general JSON-LD processor (expansion, then compaction)
 * costs a millisecond and more per page, and the pages embed their description in every answer.
 */
final class JsonLdWriter {
    /** The local part of a compact IRI this writer makes: what no JSON-LD processor reads as anything else. */
    private static final Pattern SAFE_LOCAL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** Each namespace with its prefix. */
    private final Map<String, String> prefixOf = new HashMap<>();
    private final String context;

    JsonLdWriter(PrefixMapping prefixes) {
        prefixes.getNsPrefixMap().forEach((prefix, ns) -> prefixOf.put(ns, prefix));
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((prefix, ns) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            string(json, prefix).append(": ");
            string(json, ns);
        });
        this.context = json.append('}').toString();
    }

    String write(Graph graph) {
        Map<String, Map<String, List<Node>>> subjects = new TreeMap<>();
        Map<Node, String> blankLabels = new HashMap<>();
        graph.find().forEach((Triple t) -> subjects
                .computeIfAbsent(id(t.getSubject(), blankLabels), s -> new TreeMap<>(Comparator.comparing((String p) -> !p.equals(TYPE)).thenComparing(p -> p)))
                .computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>())
                .add(t.getObject()));
        StringBuilder json = new StringBuilder(256 + graph.size() * 96);
        json.append("{\n  \"@context\": ").append(context).append(",\n  \"@graph\": [");
        boolean firstSubject = true;
        for (var subject : subjects.entrySet()) {
            json.append(firstSubject ? "\n" : ",\n").append("    {\"@id\": ");
            firstSubject = false;
            string(json, subject.getKey());
            for (var property : subject.getValue().entrySet()) {
                json.append(", ");
                boolean type = property.getKey().equals(TYPE);
                string(json, type ? "@type" : compact(property.getKey())).append(": [");
                List<Node> values = property.getValue();
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        json.append(", ");
                    }
                    Node value = values.get(i);
                    if (type && value.isURI()) {
                        string(json, compact(value.getURI()));
                    } else {
                        value(json, value, blankLabels);
                    }
                }
                json.append(']');
            }
            json.append('}');
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private void value(StringBuilder json, Node value, Map<Node, String> blankLabels) {
        if (value.isURI() || value.isBlank()) {
            json.append("{\"@id\": ");
            string(json, id(value, blankLabels)).append('}');
            return;
        }
        if (!value.isLiteral()) {
            throw new IllegalArgumentException("JSON-LD has no value for " + value);
        }
        String lang = value.getLiteralLanguage();
        String datatype = value.getLiteralDatatypeURI();
        if (lang.isEmpty() && XSD_STRING.equals(datatype)) {
            string(json, value.getLiteralLexicalForm());
            return;
        }
        json.append("{\"@value\": ");
        string(json, value.getLiteralLexicalForm());
        if (!lang.isEmpty()) {
            json.append(", \"@language\": ");
            string(json, lang);
            if (value.getLiteralBaseDirection() != null) {
                json.append(", \"@direction\": ");
                string(json, value.getLiteralBaseDirection().direction());
            }
        } else {
            json.append(", \"@type\": ");
            string(json, compact(datatype));
        }
        json.append('}');
    }

    private String id(Node node, Map<Node, String> blankLabels) {
        return node.isBlank() ? blankLabels.computeIfAbsent(node, b -> "_:b" + blankLabels.size()) : compact(node.getURI());
    }

    /** {@code prefix:local} when a prefix is the IRI up to its last {@code /} or {@code #} and the rest is plain, the IRI otherwise. */
    private String compact(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
        String prefix = prefixOf.get(iri.substring(0, cut));
        if (prefix != null && SAFE_LOCAL.matcher(iri).region(cut, iri.length()).matches()) {
            return prefix + ":" + iri.substring(cut);
        }
        return iri;
    }

    /**
     * Appends {@code text} as a JSON string, with {@code <}, {@code >} and {@code &} (and the line
     * separators JavaScript ends a line at) as Unicode escapes: the same JSON, which a page can
     * embed in a {@code <script>} element as it is, since no value can then close the element.
     */
    private static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<' -> json.append("\\u003c");
                case '>' -> json.append("\\u003e");
                case '&' -> json.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
