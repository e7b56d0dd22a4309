package org.pedigree.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.SCHEMA;

/**
 * Lineage records in any RDF syntax Jena reads. A quad syntax (TriG, N-Quads, JSON-LD with named
 * graphs) holds one record per named graph, each named {@code <record/ID>}; a triple syntax holds
 * one record, whose id comes from the one model (or dataset) it describes. Relative IRIs resolve
 * against the base URI. Any parser warning or error refuses the source, with its line and column.
 * Namespaces are normalised and FAIR4ML / MLDCAT-AP model descriptions described the Pedigree way
 * ({@link RdfCrosswalk}).
 */
final class RdfRecordReader implements RecordReader {
    private final Lang lang;
    private final InstanceIris iris;

    RdfRecordReader(Lang lang, InstanceIris iris) {
        this.lang = lang;
        this.iris = iris;
    }

    @Override
    public List<IncomingRecord> read(RecordSource source, String text, String sha256) {
        DatasetGraph dsg = parse(source, text);
        new RdfCrosswalk(iris).describe(dsg.getDefaultGraph());
        String format = format();
        List<IncomingRecord> records = new ArrayList<>();
        boolean hasNamed = dsg.listGraphNodes().hasNext();
        if (hasNamed) {
            if (!dsg.getDefaultGraph().isEmpty()) {
                throw outsideNamedGraphs(source.name(), dsg.getDefaultGraph().size());
            }
            dsg.listGraphNodes().forEachRemaining(name -> {
                String id = recordId(source.name(), name);
                records.add(new IncomingRecord(id, dsg.getGraph(name), source.name(), format, sha256));
            });
        } else {
            records.add(single(source.name(), dsg.getDefaultGraph(), sha256));
        }
        return records;
    }

    /** The format name records of this syntax are stored with (turtle, trig …). */
    String format() {
        return lang.getName().toLowerCase(Locale.ROOT);
    }

    /** The problem of a quad source with {@code count} triples outside its record graphs. */
    InputProblem outsideNamedGraphs(String sourceName, long count) {
        return new InputProblem(sourceName + ": " + count + " triples are outside any named graph — in " + lang.getLabel()
                + " every triple belongs to a record graph <record/ID>.");
    }

    /** The record id of a named graph of a quad source, or an {@link InputProblem} saying how to name it. */
    String recordId(String sourceName, Node name) {
        return iris.recordId(name.isURI() ? name.getURI() : null).orElseThrow(() -> new InputProblem(
                sourceName + ": the named graph " + name + " is not a record IRI — name each record graph <"
                + iris.recordNamespace() + "ID> (or <record/ID>), ID made of letters, digits, '.', '_' and '-'."));
    }

    /** The one record of a source without named graphs (its default graph, FAIR4ML models already described). */
    IncomingRecord single(String sourceName, Graph graph, String sha256) {
        if (graph.isEmpty()) {
            throw new InputProblem(sourceName + ": holds no triples — a record describes at least one model or dataset.");
        }
        return new IncomingRecord(idOf(sourceName, graph), graph, sourceName, format(), sha256);
    }

    /**
     * Parses the whole source, strictly: remote JSON-LD contexts and any parser warning or error are
     * refused. The graphs are held by link, so records can take them without copying.
     */
    DatasetGraph parse(RecordSource source, String text) {
        if (lang.equals(Lang.JSONLD11) || lang.equals(Lang.JSONLD)) {
            JsonLdContexts.refuseRemote(source.name(), text);
        }
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try {
            RDFParser.fromString(text, lang).base(iris.base()).errorHandler(new Strict(source.name())).parse(dsg);
        } catch (RuntimeException e) {
            throw syntaxProblem(source.name(), e);
        }
        RdfCrosswalk.normalise(dsg.getDefaultGraph());
        Iter.toList(dsg.listGraphNodes()).forEach(name -> RdfCrosswalk.normalise(dsg.getGraph(name)));
        return dsg;
    }

    /** A failure of the parser as the problem of the source (its line and column, and the fix). */
    InputProblem syntaxProblem(String sourceName, RuntimeException e) {
        if (e instanceof InputProblem problem) {
            return problem;
        }
        if (e instanceof RiotException) {
            return new InputProblem(sourceName + ": " + e.getMessage() + " — fix the " + lang.getLabel() + " syntax.", e);
        }
        // Parsers can fail in other ways on hostile input (found by fuzzing: ":%" in Turtle); it is still bad input.
        return new InputProblem(sourceName + ": cannot be read as " + lang.getLabel() + " (" + e.getClass().getSimpleName()
                + ") — check the syntax.", e);
    }

    Lang lang() {
        return lang;
    }

    /** The id of a single-record source: from the one model, else the one dataset, it describes. */
    private String idOf(String sourceName, Graph graph) {
        List<Node> models = graph.find(Node.ANY, RDF.type.asNode(), PED.Model.asNode()).mapWith(t -> t.getSubject()).toList();
        List<Node> subjects = models.isEmpty()
                ? graph.find(Node.ANY, RDF.type.asNode(), SCHEMA.Dataset.asNode()).mapWith(t -> t.getSubject()).toList()
                : models;
        if (subjects.size() != 1) {
            throw new InputProblem(sourceName + ": a " + lang.getLabel() + " file holds one record, about one model (a ped:Model) "
                    + "or one dataset, but this one describes " + subjects.size()
                    + " — split it into one file per model, or use TriG with one named graph <record/ID> per record.");
        }
        Node subject = subjects.getFirst();
        return iris.recordIdFor(subject.isURI() ? subject.getURI() : "").orElseThrow(() -> new InputProblem(sourceName
                + ": the model " + subject + " is not named <model/OWNER/NAME> under " + iris.base()
                + " — use that IRI (a relative <model/OWNER/NAME> works), or give the record its own graph <record/ID> in TriG."));
    }

    static Lang langOf(String fileName) {
        return RDFLanguages.filenameToLang(fileName);
    }

    /** Turns every parser warning and error into an {@link InputProblem} with the line and column. */
    record Strict(String source) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw problem(message, line, col);
        }

        @Override
        public void error(String message, long line, long col) {
            throw problem(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw problem(message, line, col);
        }

        private InputProblem problem(String message, long line, long col) {
            String where = line > 0 ? " line " + line + (col > 0 ? ", column " + col : "") : "";
            return new InputProblem(source + where + ": " + message);
        }
    }
}
