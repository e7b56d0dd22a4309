package org.pedigree.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pedigree.model.InstanceIris;
import org.pedigree.validate.Finding;
import org.pedigree.validate.LineageValidator;
import org.pedigree.validate.ReportFindings;

/**
 * One round of validating the changed records of a batch that is already stored: the records are
 * given one by one ({@link #add}) and validated in chunks of {@value #CHUNK} against the store, so
 * only one chunk is in memory at a time. A finding belongs to the first record of the round (in
 * batch order) that has its focus node as a subject; for focus nodes of later chunks that record
 * is looked up in the store, since earlier chunks are no longer in memory.
 */
final class ValidationRound {
    /** Records validated together: bounds the memory of one validation step, and paces progress. */
    static final int CHUNK = 2000;

    private final DatasetGraph dsg;
    private final InstanceIris iris;
    private final LineageValidator validator;
    private final Map<String, BatchWrite.Entry> entries;
    private final Set<String> refused;
    private final int total;
    private final WriteProgress progress;

    private final List<IncomingRecord> chunk = new ArrayList<>();
    private final Graph report = GraphFactory.createGraphMem();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Node, String> recordOfFocus = new HashMap<>();
    private int chunks;
    private int done;

    ValidationRound(DatasetGraph dsg, InstanceIris iris, LineageValidator validator, Map<String, BatchWrite.Entry> entries,
                    Set<String> refused, int total, WriteProgress progress) {
        this.dsg = dsg;
        this.iris = iris;
        this.validator = validator;
        this.entries = entries;
        this.refused = refused;
        this.total = total;
        this.progress = progress;
    }

    /** Takes the next record of the batch; it is validated when it was changed and is not refused yet. */
    void add(IncomingRecord record) {
        BatchWrite.Entry entry = entries.get(record.id());
        if (entry == null || !entry.changed() || refused.contains(record.id())) {
            return;
        }
        chunk.add(record);
        if (chunk.size() == CHUNK) {
            validateChunk();
        }
    }

    /** Validates what is left after the last record. */
    void finish() {
        if (!chunk.isEmpty()) {
            validateChunk();
        }
        findings.sort(ReportFindings.ORDER);
    }

    /** The SHACL results of the round. */
    Graph report() {
        return report;
    }

    /** The findings of the round, violations first within each record. */
    List<Finding> findings() {
        return findings;
    }

    private void validateChunk() {
        Graph batch = GraphFactory.createGraphMem();
        Map<Node, String> firstInChunk = new HashMap<>();
        for (IncomingRecord record : chunk) {
            record.graph().find().forEach(t -> {
                batch.add(t);
                firstInChunk.putIfAbsent(t.getSubject(), record.id());
            });
        }
        Graph chunkReport = validator.validateBatch(dsg.getUnionGraph(), batch).getGraph();
        chunkReport.find().forEach(report::add);
        boolean firstChunk = chunks == 0;
        findings.addAll(ReportFindings.of(chunkReport, iris,
                focus -> firstChunk && firstInChunk.containsKey(focus) ? firstInChunk.get(focus) : recordOf(focus),
                id -> entries.get(id).source()));
        done += chunk.size();
        chunks++;
        chunk.clear();
        progress.update("validated", done, total);
    }

    /** The first record of the round, in batch order, whose stored graph has {@code focus} as a subject (null if none). */
    private String recordOf(Node focus) {
        if (recordOfFocus.containsKey(focus)) {
            return recordOfFocus.get(focus);
        }
        String first = null;
        int firstOrder = Integer.MAX_VALUE;
        for (var quads = dsg.findNG(Node.ANY, focus, Node.ANY, Node.ANY); quads.hasNext(); ) {
            Node graph = quads.next().getGraph();
            String id = graph.isURI() ? iris.recordId(graph.getURI()).orElse(null) : null;
            BatchWrite.Entry entry = id == null ? null : entries.get(id);
            if (entry != null && entry.changed() && !refused.contains(id) && entry.order() < firstOrder) {
                first = id;
                firstOrder = entry.order();
            }
        }
        recordOfFocus.put(focus, first);
        return first;
    }
}
