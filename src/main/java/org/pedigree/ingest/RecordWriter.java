package org.pedigree.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.vocab.SCHEMA;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.LineageStore;
import org.pedigree.validate.Finding;
import org.pedigree.validate.LineageValidator;
import org.pedigree.validate.ReportFindings;
import org.pedigree.validate.Reports;
import org.pedigree.vocab.PROV;

/**
 * Stores lineage records: each write is one transaction in which the records are put in their
 * named graphs, validated by the shapes against everything stored (so cycles across records are
 * seen), and either committed with a new version in the record history, or rolled back so that
 * nothing changes. With {@code partial}, refused records are taken out and the others committed.
 * Nothing is ever erased: a replaced version stays readable, a retired record is marked withdrawn.
 */
public final class RecordWriter {
    /** Records validated together: bounds the memory of one validation step, and paces progress. */
    private static final int VALIDATION_CHUNK = 2000;

    private final LineageStore store;
    private final LineageValidator validator;
    private final InstanceIris iris;
    private final Clock clock;
    private volatile Consumer<Set<String>> onCommit = things -> { };

    public RecordWriter(LineageStore store, LineageValidator validator, InstanceIris iris, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.iris = iris;
        this.clock = clock;
    }

    /**
     * Tells {@code listener}, after each committed write, the IRIs of the models, datasets and
     * advisories the written records described before or after the write (so derived views, such
     * as the lineage index, can follow).
     */
    public void onCommit(Consumer<Set<String>> listener) {
        this.onCommit = listener;
    }

    /**
     * Validates and stores {@code records} in one transaction.
     *
     * @throws RecordsRefused  when a record is refused and {@code partial} is false (nothing stored)
     * @throws RecordConflict  when {@code mode} forbids creating or replacing one of them
     * @throws InputProblem    when two records of the batch have the same id
     */
    public WriteOutcome write(List<IncomingRecord> records, WriteMode mode, boolean partial, String submitter) {
        return write(records, mode, partial, submitter, WriteProgress.NONE);
    }

    /** As {@link #write(List, WriteMode, boolean, String)}, telling {@code progress} how far it got. */
    public WriteOutcome write(List<IncomingRecord> records, WriteMode mode, boolean partial, String submitter, WriteProgress progress) {
        refuseDuplicates(records);
        return write(dsg -> records, mode, partial, submitter, progress);
    }

    /**
     * As {@link #write(List, WriteMode, boolean, String)}, with records computed from the store's
     * current state inside the same write transaction (a SPARQL Update, a graph merge), so no other
     * write can come between reading a record and replacing it. {@code derive} must leave the
     * dataset as it found it.
     */
    public WriteOutcome write(Function<DatasetGraph, List<IncomingRecord>> derive, WriteMode mode, boolean partial, String submitter,
                              WriteProgress progress) {
        WriteOutcome[] outcome = new WriteOutcome[1];
        Set<String> things = new LinkedHashSet<>();
        store.write(dsg -> {
            List<IncomingRecord> records = derive.apply(dsg);
            refuseDuplicates(records);
            for (IncomingRecord record : records) {
                // What the records described before: a replaced record may stop describing something.
                describedThings(dsg.getGraph(NodeFactory.createURI(iris.record(record.id()))), things);
            }
            outcome[0] = apply(dsg, records, mode, partial, submitter, progress);
            Set<String> stored = new java.util.HashSet<>();
            outcome[0].stored().stream().filter(s -> !s.unchanged()).forEach(s -> stored.add(s.id()));
            for (IncomingRecord record : records) {
                if (stored.contains(record.id())) {
                    describedThings(record.graph(), things);
                }
            }
            if (!partial && !outcome[0].refusedIds().isEmpty()) {
                throw new RecordsRefused(outcome[0]);
            }
        });
        onCommit.accept(things);
        return outcome[0];
    }

    /** Validates without storing anything (the transaction is always rolled back). */
    public WriteOutcome check(List<IncomingRecord> records) {
        refuseDuplicates(records);
        WriteOutcome[] outcome = new WriteOutcome[1];
        try {
            store.write(dsg -> {
                outcome[0] = apply(dsg, records, WriteMode.UPSERT, true, "validate", WriteProgress.NONE);
                throw new DryRun();
            });
        } catch (DryRun expected) {
            // rolled back on purpose
        }
        return outcome[0];
    }

    /**
     * Retires a record: its model is marked withdrawn ({@code prov:wasInvalidatedBy}) in a new
     * version; the record and its history stay.
     *
     * @return the new version number
     */
    public int retire(String id, String submitter) {
        int[] version = new int[1];
        store.write(dsg -> {
            Node graphName = NodeFactory.createURI(iris.record(id));
            RecordMetadata meta = new RecordMetadata(dsg, iris);
            if (!dsg.containsGraph(graphName) || !meta.exists(id)) {
                throw new RecordConflict("There is no record " + id + " to retire.", true);
            }
            if (meta.isRetired(id)) {
                throw new RecordConflict("The record " + id + " is already retired.", false);
            }
            Graph graph = dsg.getGraph(graphName);
            Graph before = copy(graph);
            int next = meta.currentVersion(id) + 1;
            Node retirement = NodeFactory.createURI(iris.activity("retirement--" + id + "--v" + next));
            String now = clock.instant().toString();
            for (Resource thing : meta.describes(id)) {
                graph.add(Triple.create(thing.asNode(), PROV.wasInvalidatedBy.asNode(), retirement));
            }
            graph.add(Triple.create(retirement, RDF.type.asNode(), PROV.Activity.asNode()));
            graph.add(Triple.create(retirement, PROV.atTime.asNode(), NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime)));
            graph.add(Triple.create(retirement, SCHEMA.description.asNode(),
                    NodeFactory.createLiteralString("Record " + id + " retired by " + submitter + "; it stays in the history.")));
            version[0] = meta.addVersion(id, graph, before, submitter, "retirement", null, null, now, true);
        });
        Set<String> things = new LinkedHashSet<>();
        store.read(dsg -> {
            describedThings(dsg.getGraph(NodeFactory.createURI(iris.record(id))), things);
            return null;
        });
        onCommit.accept(things);
        return version[0];
    }

    private WriteOutcome apply(DatasetGraph dsg, List<IncomingRecord> records, WriteMode mode, boolean partial, String submitter,
                               WriteProgress progress) {
        RecordMetadata meta = new RecordMetadata(dsg, iris);
        Map<String, Graph> previous = new HashMap<>();
        Map<String, IncomingRecord> changed = new LinkedHashMap<>();
        List<WriteOutcome.Stored> stored = new ArrayList<>();
        for (IncomingRecord record : records) {
            Node graphName = NodeFactory.createURI(iris.record(record.id()));
            boolean exists = dsg.containsGraph(graphName);
            if (mode == WriteMode.CREATE && exists) {
                throw new RecordConflict("The record " + record.id() + " exists already: replace it with PUT /api/records/" + record.id() + ".", false);
            }
            if (mode == WriteMode.REPLACE && !exists) {
                throw new RecordConflict("There is no record " + record.id() + " to replace: create it with POST /api/records.", true);
            }
            if (exists && dsg.getGraph(graphName).isIsomorphicWith(record.graph())) {
                stored.add(new WriteOutcome.Stored(record.id(), meta.currentVersion(record.id()), true));
                continue;
            }
            if (exists) {
                previous.put(record.id(), copy(dsg.getGraph(graphName)));
                dsg.removeGraph(graphName);
            }
            record.graph().find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
            changed.put(record.id(), record);
            progress.update("stored", changed.size() + stored.size(), records.size());
        }

        Set<String> refused = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        Graph report = GraphFactory.createGraphMem();
        while (true) {
            List<String> remaining = new ArrayList<>(changed.keySet());
            remaining.removeAll(refused);
            Map<Node, String> recordOfFocus = new HashMap<>();
            Graph roundReport = GraphFactory.createGraphMem();
            for (int from = 0; from < remaining.size(); from += VALIDATION_CHUNK) {
                Graph batch = GraphFactory.createGraphMem();
                for (String id : remaining.subList(from, Math.min(remaining.size(), from + VALIDATION_CHUNK))) {
                    changed.get(id).graph().find().forEach(t -> {
                        batch.add(t);
                        recordOfFocus.putIfAbsent(t.getSubject(), id);
                    });
                }
                validator.validateBatch(dsg.getUnionGraph(), batch).getGraph().find().forEach(roundReport::add);
                progress.update("validated", Math.min(remaining.size(), from + VALIDATION_CHUNK), remaining.size());
            }
            List<Finding> roundFindings = ReportFindings.of(roundReport, iris, recordOfFocus::get, id -> changed.get(id).sourceName());
            Set<String> newlyRefused = new LinkedHashSet<>();
            roundFindings.stream().filter(Finding::refuses).forEach(f -> newlyRefused.add(f.recordId()));
            boolean last = newlyRefused.isEmpty() || !partial;
            // Keep the findings of records refused in this round, and of every record in the last round.
            roundFindings.stream().filter(f -> last || newlyRefused.contains(f.recordId())).forEach(findings::add);
            roundReport.find().forEach(report::add);
            refused.addAll(newlyRefused);
            if (last) {
                break;
            }
            // Take the refused records out again; the others are checked once more, since what
            // they see (through cycles, say) may have changed.
            for (String id : newlyRefused) {
                Node graphName = NodeFactory.createURI(iris.record(id));
                dsg.removeGraph(graphName);
                Graph before = previous.get(id);
                if (before != null) {
                    before.find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
                }
            }
        }

        report = Reports.merged(report);
        if (!refused.isEmpty() && !partial) {
            return new WriteOutcome(stored, List.copyOf(refused), findings, report);
        }
        String now = clock.instant().toString();
        for (IncomingRecord record : changed.values()) {
            if (refused.contains(record.id())) {
                continue;
            }
            int next = meta.addVersion(record.id(), record.graph(), previous.get(record.id()), submitter, record.format(),
                    record.sourceName(), record.sourceSha256(), now, false);
            stored.add(new WriteOutcome.Stored(record.id(), next, false));
        }
        return new WriteOutcome(stored, List.copyOf(refused), findings, report);
    }

    /** Adds the IRIs of the models, datasets and advisories a record graph describes. */
    private static void describedThings(Graph graph, Set<String> things) {
        for (Resource type : List.of(org.pedigree.vocab.PED.Model, SCHEMA.Dataset, org.pedigree.vocab.PED.Advisory)) {
            graph.find(Node.ANY, RDF.type.asNode(), type.asNode()).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    things.add(t.getSubject().getURI());
                }
            });
        }
    }

    private static void refuseDuplicates(List<IncomingRecord> records) {
        Map<String, IncomingRecord> seen = new HashMap<>();
        for (IncomingRecord record : records) {
            IncomingRecord earlier = seen.putIfAbsent(record.id(), record);
            if (earlier != null) {
                throw new InputProblem("The record id " + record.id() + " appears twice in one batch (" + earlier.sourceName()
                        + " and " + record.sourceName() + ") — give each record its own id, or load the two files separately.");
            }
        }
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEach(copy::add);
        return copy;
    }

    /** Thrown to roll back a validation-only run. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DryRun() {
            super(null, null, false, false);
        }
    }
}
