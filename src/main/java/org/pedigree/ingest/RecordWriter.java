package org.pedigree.ingest;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.vocab.SCHEMA;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.LineageStore;
import org.pedigree.validate.LineageValidator;
import org.pedigree.vocab.PROV;

/**
 * Stores lineage records: each write is one transaction in which the records are put in their
 * named graphs, validated by the shapes against everything stored (so cycles across records are
 * seen), and either committed with a new version in the record history, or rolled back so that
 * nothing changes. With {@code partial}, refused records are taken out and the others committed.
 * Either way the write answers its {@link WriteOutcome}; records refused by the shapes are an
 * outcome, not an exception.
 * Nothing is ever erased: a replaced version stays readable, a retired record is marked withdrawn.
 */
public final class RecordWriter {
    private final LineageStore store;
    private final LineageValidator validator;
    private final InstanceIris iris;
    private final Clock clock;
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    /** Writes begun whose listeners were not told yet (see {@link #settled()}). */
    private final AtomicInteger untold = new AtomicInteger();

    public RecordWriter(LineageStore store, LineageValidator validator, InstanceIris iris, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.iris = iris;
        this.clock = clock;
    }

    /**
     * Tells {@code listener}, after each committed write, the IRIs of the models, datasets and
     * advisories the written records described before or after the write (so derived views, such
     * as the lineage index, can follow). Listeners are told in the order they were added.
     */
    public void addCommitListener(CommitListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops telling {@code listener} of writes. */
    public void removeCommitListener(CommitListener listener) {
        listeners.remove(listener);
    }

    /**
     * Validates and stores {@code records} in one transaction.
     *
     * @return the outcome; when a record is refused and {@code partial} is false, nothing is stored
     *         and the outcome is not {@link WriteOutcome#committed() committed}
     * @throws RecordConflict  when {@code mode} forbids creating or replacing one of them
     * @throws InputProblem    when two records of the batch have the same id
     */
    public WriteOutcome write(List<IncomingRecord> records, WriteMode mode, boolean partial, String submitter) {
        return write(records, mode, partial, submitter, WriteProgress.NONE);
    }

    /** As {@link #write(List, WriteMode, boolean, String)}, telling {@code progress} how far it got. */
    public WriteOutcome write(List<IncomingRecord> records, WriteMode mode, boolean partial, String submitter, WriteProgress progress) {
        return writeBatch(dsg -> RecordBatch.of(records), mode, partial, submitter, progress);
    }

    /**
     * As {@link #write(List, WriteMode, boolean, String)} for a batch too big to hold in memory:
     * it is read once to store the records and again to validate them, all in one transaction.
     *
     * @throws InputProblem also when a source of the batch cannot be read (nothing stored)
     */
    public WriteOutcome write(RecordBatch records, WriteMode mode, boolean partial, String submitter, WriteProgress progress) {
        return writeBatch(dsg -> records, mode, partial, submitter, progress);
    }

    /**
     * As {@link #write(List, WriteMode, boolean, String)}, with records computed from the store's
     * current state inside the same write transaction (a SPARQL Update, a graph merge), so no other
     * write can come between reading a record and replacing it. {@code derive} must leave the
     * dataset as it found it.
     */
    public WriteOutcome write(Function<DatasetGraph, List<IncomingRecord>> derive, WriteMode mode, boolean partial, String submitter,
                              WriteProgress progress) {
        return writeBatch(dsg -> RecordBatch.of(derive.apply(dsg)), mode, partial, submitter, progress);
    }

    /**
     * True when no write of this writer is between its start and the end of telling its listeners:
     * every write committed so far has been followed by them. A view snapshotting itself checks it
     * after noting the store's generation, while nothing it follows can change.
     */
    public boolean settled() {
        return untold.get() == 0;
    }

    private WriteOutcome writeBatch(BatchOf batch, WriteMode mode, boolean partial, String submitter, WriteProgress progress) {
        untold.incrementAndGet();
        try {
            return writeAndTell(batch, mode, partial, submitter, progress);
        } finally {
            untold.decrementAndGet();
        }
    }

    private WriteOutcome writeAndTell(BatchOf batch, WriteMode mode, boolean partial, String submitter, WriteProgress progress) {
        WriteOutcome[] outcome = new WriteOutcome[1];
        List<CommitListener> told = List.copyOf(listeners);
        // what a write touched is collected only for a listener that follows writes now: a bulk load would hold it all
        Set<String> things = told.stream().anyMatch(CommitListener::listening) ? new LinkedHashSet<>() : null;
        try {
            store.write(dsg -> {
                outcome[0] = new BatchWrite(dsg, iris, validator, clock, progress, things).run(batch.of(dsg), mode, partial, submitter);
                if (!outcome[0].committed()) {
                    throw new RollBack();
                }
            });
        } catch (RollBack refused) {
            return outcome[0];
        }
        tell(told, things == null ? Set.of() : things);
        return outcome[0];
    }

    /** The records of a write, given the dataset inside its transaction. */
    private interface BatchOf {
        RecordBatch of(DatasetGraph dsg);
    }

    /** Validates without storing anything (the transaction is always rolled back). */
    public WriteOutcome check(List<IncomingRecord> records) {
        return check(RecordBatch.of(records));
    }

    /** As {@link #check(List)} for a batch read as it is validated. */
    public WriteOutcome check(RecordBatch records) {
        WriteOutcome[] outcome = new WriteOutcome[1];
        try {
            store.write(dsg -> {
                outcome[0] = new BatchWrite(dsg, iris, validator, clock, WriteProgress.NONE, null).run(records, WriteMode.UPSERT, true, "validate")
                        .rolledBack();
                throw new RollBack();
            });
        } catch (RollBack expected) {
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
        untold.incrementAndGet();
        try {
            return retireAndTell(id, submitter);
        } finally {
            untold.decrementAndGet();
        }
    }

    private int retireAndTell(String id, String submitter) {
        List<CommitListener> told = List.copyOf(listeners);
        told.forEach(CommitListener::listening); // a listener may have to get ready to follow the write
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
            Graph before = BatchWrite.copy(graph);
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
            BatchWrite.describedThings(dsg.getGraph(NodeFactory.createURI(iris.record(id))), things);
            return null;
        });
        tell(told, things);
        return version[0];
    }

    private static void tell(List<CommitListener> told, Set<String> things) {
        for (CommitListener listener : told) {
            listener.committed(things);
        }
    }

    /** Thrown to roll back a write on purpose: one the shapes refused, or a validation-only run. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RollBack() {
            super(null, null, false, false);
        }
    }
}
