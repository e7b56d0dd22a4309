package org.pedigree.ingest;

import java.util.List;
import java.util.function.Consumer;

/**
 * The records of one write, read afresh on every pass over them and in the same order each time,
 * so a write can store them in one pass and validate them in the next without holding them all in
 * memory: a list already in memory, or files parsed again on each pass ({@link RecordFiles}).
 */
public interface RecordBatch {
    /** Gives every record of the batch to {@code each}, in order. */
    void forEach(Consumer<IncomingRecord> each);

    /** The number of records, or -1 when it is known only once they have been read. */
    long size();

    /** The records of a list. */
    static RecordBatch of(List<IncomingRecord> records) {
        return new RecordBatch() {
            @Override
            public void forEach(Consumer<IncomingRecord> each) {
                records.forEach(each);
            }

            @Override
            public long size() {
                return records.size();
            }
        };
    }
}
