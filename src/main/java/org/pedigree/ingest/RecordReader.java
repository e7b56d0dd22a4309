package org.pedigree.ingest;

import java.util.List;

/** Reads the lineage records of one source in one input format. */
interface RecordReader {
    /**
     * @param text the source decoded as UTF-8
     * @throws InputProblem naming the source, the place and the fix
     */
    List<IncomingRecord> read(RecordSource source, String text, String sha256);
}
