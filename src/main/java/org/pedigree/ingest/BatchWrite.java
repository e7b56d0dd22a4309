package org.pedigree.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.validate.Finding;
import org.pedigree.validate.LineageValidator;
import org.pedigree.validate.Reports;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.SCHEMA;

/**
 * One write of a batch of records inside an open write transaction, in passes over the batch so
 * that only what must be kept between them is held in memory — each record's id, where it came
 * from, and the previous content of the records it replaces — not the records themselves:
 * <ol>
 * <li>store: each record is put in its named graph, or found unchanged;</li>
 * <li>validate: the changed records, in chunks, against everything now stored, so a cycle through
 *     a record that comes later in the batch is seen ({@link ValidationRound}); with
 *     {@code partial}, refused records are taken out again and the others validated once more;</li>
 * <li>version: each stored record gets its next version in the record history.</li>
 * </ol>
 * Use once: {@code new BatchWrite(…).run(batch, mode, partial, submitter)}.
 */
final class BatchWrite {
    private final DatasetGraph dsg;
    private final InstanceIris iris;
    private final LineageValidator validator;
    private final Clock clock;
    private final WriteProgress progress;
    private final RecordMetadata meta;
    /** The models, datasets and advisories the records described before or after the write; null when nobody asks. */
    private final Set<String> things;

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Graph> previous = new HashMap<>();
    private final List<WriteOutcome.Stored> stored = new ArrayList<>();
    private int changed;
    private InputProblem duplicate;

    /** What is kept of a record between the passes: its place in the batch and where it came from. */
    record Entry(int order, String source, String format, String sha256, boolean changed) {}

    BatchWrite(DatasetGraph dsg, InstanceIris iris, LineageValidator validator, Clock clock, WriteProgress progress, Set<String> things) {
        this.dsg = dsg;
        this.iris = iris;
        this.validator = validator;
        this.clock = clock;
        this.progress = progress;
        this.meta = new RecordMetadata(dsg, iris);
        this.things = things;
    }

    WriteOutcome run(RecordBatch batch, WriteMode mode, boolean partial, String submitter) {
        store(batch, mode);
        Set<String> refused = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        Graph report = GraphFactory.createGraphMem();
        while (true) {
            ValidationRound round = new ValidationRound(dsg, iris, validator, entries, refused, changed - refused.size(), progress);
            batch.forEach(round::add);
            round.finish();
            List<Finding> roundFindings = round.findings();
            Set<String> newlyRefused = new LinkedHashSet<>();
            roundFindings.stream().filter(Finding::refuses).forEach(f -> newlyRefused.add(f.recordId()));
            boolean last = newlyRefused.isEmpty() || !partial;
            // Keep the findings of records refused in this round, and of every record in the last round.
            roundFindings.stream().filter(f -> last || newlyRefused.contains(f.recordId())).forEach(findings::add);
            if (report.isEmpty()) {
                report = round.report();  // not copied: the results of a big batch take much memory
            } else {
                round.report().find().forEach(report::add);
            }
            refused.addAll(newlyRefused);
            if (last) {
                break;
            }
            // Take the refused records out again; the others are checked once more, since what
            // they see (through cycles, say) may have changed.
            for (String id : newlyRefused) {
                Node graphName = graphName(id);
                dsg.removeGraph(graphName);
                Graph before = previous.get(id);
                if (before != null) {
                    before.find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
                }
            }
        }
        Reports.mergedInPlace(report);
        if (!refused.isEmpty() && !partial) {
            return new WriteOutcome(stored, List.copyOf(refused), findings, report, false);
        }
        version(refused, submitter);
        return new WriteOutcome(stored, List.copyOf(refused), findings, report, true);
    }

    /**
     * Pass 1: puts every record in its named graph, keeping the previous content of the ones it
     * replaces; and the one check that no id comes twice in a batch (the entries know every id).
     */
    private void store(RecordBatch batch, WriteMode mode) {
        int total = (int) Math.min(Integer.MAX_VALUE, batch.size());
        batch.forEach(record -> {
            if (duplicate != null) {
                return;  // the batch is refused; read on only so that a later input problem is the one reported
            }
            Entry earlier = entries.get(record.id());
            if (earlier != null) {
                duplicate = new InputProblem("The record id " + record.id() + " appears twice in one batch (" + earlier.source()
                        + " and " + record.sourceName() + ") — give each record its own id, or load the two files separately.");
                return;
            }
            Node graphName = graphName(record.id());
            boolean exists = dsg.containsGraph(graphName);
            if (mode == WriteMode.CREATE && exists) {
                throw new RecordConflict("The record " + record.id() + " exists already: replace it with PUT /api/records/" + record.id() + ".", false);
            }
            if (mode == WriteMode.REPLACE && !exists) {
                throw new RecordConflict("There is no record " + record.id() + " to replace: create it with POST /api/records.", true);
            }
            if (exists && things != null) {
                describedThings(dsg.getGraph(graphName), things);
            }
            boolean unchanged = exists && dsg.getGraph(graphName).isIsomorphicWith(record.graph());
            entries.put(record.id(), new Entry(entries.size(), record.sourceName(), record.format(), record.sourceSha256(), !unchanged));
            if (unchanged) {
                stored.add(new WriteOutcome.Stored(record.id(), meta.currentVersion(record.id()), true));
            } else {
                if (exists) {
                    previous.put(record.id(), copy(dsg.getGraph(graphName)));
                    dsg.removeGraph(graphName);
                }
                record.graph().find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
                changed++;
            }
            progress.update("stored", entries.size(), total);
        });
        if (duplicate != null) {
            throw duplicate;
        }
    }

    /** Pass 3: the next version of every stored record, with the content it replaced. */
    private void version(Set<String> refused, String submitter) {
        String now = clock.instant().toString();
        entries.forEach((id, entry) -> {
            if (!entry.changed() || refused.contains(id)) {
                return;
            }
            Graph content = dsg.getGraph(graphName(id));
            int next = meta.addVersion(id, content, previous.get(id), submitter, entry.format(), entry.source(), entry.sha256(), now, false);
            stored.add(new WriteOutcome.Stored(id, next, false));
            if (things != null) {
                describedThings(content, things);
            }
        });
    }

    private Node graphName(String id) {
        return NodeFactory.createURI(iris.record(id));
    }

    /** Adds the IRIs of the models, datasets and advisories a record graph describes. */
    static void describedThings(Graph graph, Set<String> things) {
        for (Resource type : List.of(PED.Model, SCHEMA.Dataset, PED.Advisory)) {
            graph.find(Node.ANY, RDF.type.asNode(), type.asNode()).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    things.add(t.getSubject().getURI());
                }
            });
        }
    }

    static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEach(copy::add);
        return copy;
    }
}
