package org.pedigree.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.Sha256;

/**
 * Reads lineage records from files, directories and request bodies, in every supported format:
 * RDF (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) and the Pedigree record format (YAML,
 * JSON). The format comes from the declared media type, else the file extension. Empty, non-UTF-8
 * and unknown inputs are refused with a message naming the source.
 */
public final class RecordReaders {
    /** Extensions read when a directory is loaded. */
    public static final List<String> EXTENSIONS = List.of(".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf", ".owl", ".yaml", ".yml", ".json");
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("text/turtle", ".ttl"), Map.entry("application/trig", ".trig"),
            Map.entry("application/n-triples", ".nt"), Map.entry("application/n-quads", ".nq"),
            Map.entry("application/ld+json", ".jsonld"), Map.entry("application/rdf+xml", ".rdf"),
            Map.entry("application/yaml", ".yaml"), Map.entry("application/x-yaml", ".yaml"), Map.entry("text/yaml", ".yaml"),
            Map.entry("application/json", ".json"));

    private final InstanceIris iris;
    private final RecordFormatMapping mapping;

    public RecordReaders(InstanceIris iris, Knowledge knowledge) {
        this.iris = iris;
        this.mapping = new RecordFormatMapping(iris, knowledge);
    }

    InstanceIris iris() {
        return iris;
    }

    /** The media type of a format named by its extension ({@code ttl}, {@code .yaml} …). */
    public static String mediaTypeFor(String format) {
        String ext = format.startsWith(".") ? format : "." + format;
        return MEDIA_TYPES.entrySet().stream().filter(e -> e.getValue().equals(ext.equals(".yml") ? ".yaml" : ext))
                .map(Map.Entry::getKey).sorted().findFirst()
                .orElseThrow(() -> new InputProblem("unknown format '" + format + "' — use one of " + String.join(" ", EXTENSIONS) + "."));
    }

    /** The media types accepted over HTTP. */
    public static List<String> mediaTypes() {
        return MEDIA_TYPES.keySet().stream().sorted().toList();
    }

    /** Reads every record of one source. */
    public List<IncomingRecord> read(RecordSource source) {
        if (source.bytes().length == 0 || new String(source.bytes(), StandardCharsets.UTF_8).isBlank()) {
            throw new InputProblem(source.name() + ": is empty — a record file describes at least one model or dataset.");
        }
        String text = Sources.utf8(source);
        String sha256 = Sha256.hex(source.bytes());
        return readerFor(source, text).read(source, text, sha256);
    }

    /**
     * Reads a source in an RDF triple syntax as one plain graph, without the rules of a record (the
     * Graph Store Protocol sends graphs, and a merge may send a fragment). Parsed as strictly as a
     * record: a quad syntax, the record format, remote JSON-LD contexts and syntax errors are refused.
     */
    public Graph readGraph(RecordSource source) {
        if (source.bytes().length == 0) {
            throw new InputProblem(source.name() + ": is empty — send the triples of the graph.");
        }
        String text = Sources.utf8(source);
        String extension = extension(source);
        Lang lang = extension.equals(".json") ? Lang.JSONLD : RdfRecordReader.langOf("x" + extension);
        if (lang == null || !RDFLanguages.isTriples(lang) || extension.equals(".yaml")) {
            throw new InputProblem(source.name() + ": a graph is sent as triples — use text/turtle, application/n-triples, "
                    + "application/ld+json or application/rdf+xml.");
        }
        DatasetGraph dsg = new RdfRecordReader(lang, iris).parse(source, text);
        if (dsg.listGraphNodes().hasNext()) {
            throw new InputProblem(source.name() + ": holds named graphs — a graph is sent as plain triples.");
        }
        return dsg.getDefaultGraph();
    }

    /**
     * Maps one record that an importer built from another format, with the same mapping and checks
     * as a record file ({@code where} names the place in messages).
     */
    public IncomingRecord fromDraft(String where, RecordDraft record, String sourceName, String format, String sha256) {
        RecordFormatMapping.Mapped mapped = mapping.toRdf(where, record);
        return new IncomingRecord(mapped.id(), mapped.graph(), sourceName, format, sha256);
    }

    private RecordReader readerFor(RecordSource source, String text) {
        String extension = extension(source);
        return switch (extension) {
            case ".yaml", ".yml" -> new RecordFormatReader(true, mapping);
            case ".json" -> text.contains("\"@context\"")
                    ? new RdfRecordReader(Lang.JSONLD, iris) : new RecordFormatReader(false, mapping);
            default -> {
                Lang lang = RdfRecordReader.langOf("x" + extension);
                if (lang == null) {
                    throw new InputProblem(source.name() + ": unknown format — name the file with one of "
                            + String.join(" ", EXTENSIONS) + (source.mediaType() != null ? ", or send one of the media types "
                            + String.join(", ", mediaTypes()) : "") + ".");
                }
                yield new RdfRecordReader(lang, iris);
            }
        };
    }

    private static String extension(RecordSource source) {
        return extension(source.name(), source.mediaType());
    }

    /** The extension that says the format of a source: from its media type when declared, else from its name. */
    static String extension(String sourceName, String mediaType) {
        if (mediaType != null) {
            String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            String ext = MEDIA_TYPES.get(type);
            if (ext == null) {
                throw new InputProblem(sourceName + ": the media type '" + type + "' is not a record format — send one of "
                        + String.join(", ", mediaTypes()) + ".");
            }
            return ext;
        }
        String name = sourceName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
