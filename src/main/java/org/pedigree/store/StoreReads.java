package org.pedigree.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.pedigree.model.RecordInfo;
import org.pedigree.model.TrainingOperation;

/**
 * The reads the pages and the API make of one thing at a time, answered by the store the best way
 * it can: through the indexes of a store in this process, in SPARQL ({@code /queries/}) by a
 * remote one. Callers take {@link LineageStore#reads()} and never ask which; the store contract
 * holds every implementation to the same answers.
 *
 * <pre>{@code
 * Optional<Graph> description = store.reads().describe(iri);
 * }</pre>
 */
public interface StoreReads {
    /** Statements pointing at a thing that its description carries at most (a hub has thousands of derivatives). */
    int INCOMING_SHOWN = 2000;

    /**
     * The description of one thing for its linked-data document and its page: its own statements
     * (with the blank nodes they lead to, one level deep, such as qualified derivations), the
     * statements pointing at it (up to {@value #INCOMING_SHOWN}), and the labels of what it links
     * to or is linked from; empty when the store says nothing about {@code thing}.
     */
    Optional<Graph> describe(String thing);

    /** When the records that state something of {@code thing} last changed, if any record does. */
    Optional<Instant> lastModified(String thing, String metadataGraph);

    /**
     * The operations that generated each model (agents, dates, datasets, hyper-parameters and
     * code), in one read: operations, agents and datasets in IRI order, hyper-parameters by name;
     * a model with none maps to an empty list.
     */
    Map<String, List<TrainingOperation>> operations(Collection<String> models);

    /** Every version of the record named {@code record}, oldest first (none when there is no such record). */
    List<RecordInfo.Version> versions(String record, String metadataGraph);
}
