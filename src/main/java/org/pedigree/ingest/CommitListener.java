package org.pedigree.ingest;

import java.util.Set;

/**
 * Told of every write a {@link RecordWriter} commits ({@link RecordWriter#addCommitListener}), to
 * keep a view derived from the records current, such as the lineage index:
 * {@code writer.addCommitListener(lineage::changed)}.
 */
@FunctionalInterface
public interface CommitListener {
    /**
     * After a committed write: the IRIs of the models, datasets and advisories its records described
     * before or after it (empty when no listener was {@link #listening()} as the write began).
     */
    void committed(Set<String> things);

    /**
     * Whether the listener follows writes now. While none does, a write does not collect what it
     * touched (a bulk load of millions of records would hold every IRI); a view that is built later
     * reads the store as it is then.
     */
    default boolean listening() {
        return true;
    }
}
