package org.pedigree.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pedigree.model.RecordInfo;
import org.pedigree.model.TrainingOperation;

/**
 * The reads the pages and the API make of one thing at a time, answered by the store the best way
 * it can: through the indexes of a store in this process, in SPARQL ({@code /queries/}) by a
 * remote one. Callers take {@link LineageStore#reads()} and never ask which; the store contract
 * holds every implementation to the same answers.
 *
 * <pre>{@code
 * Optional<DescriptionPage> first = store.reads().describe(iri, 1);
 * }</pre>
 */
public interface StoreReads {
    /**
     * One page of the description of one thing, for its linked-data document and its page: its
     * own statements (with the blank nodes they lead to, one level deep, such as qualified
     * derivations) on every page; of the statements pointing at it with an IRI as subject, for
     * each property, the page's {@value DescriptionPage#PER_PAGE} in the order of the subjects'
     * IRIs (Unicode code points, as SPARQL's {@code ORDER BY} orders IRIs); the labels of what the
     * page links to or is linked from; and the number of subjects pointing at it by each property,
     * in all. Memory stays bounded by the page, not by the thing's incoming statements: they are
     * counted, not kept. A page after the last holds the own statements only
     * ({@link DescriptionPage#beyondLast()}); empty when the store says nothing about {@code thing}.
     *
     * @param page from 1
     */
    Optional<DescriptionPage> describe(String thing, int page);

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
