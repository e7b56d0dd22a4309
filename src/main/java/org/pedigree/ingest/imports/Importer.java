package org.pedigree.ingest.imports;

import java.util.List;
import java.util.function.Supplier;

import org.pedigree.ingest.RecordSource;

/**
 * Converts documents of one foreign format to Pedigree records. Made by {@link ImportFormat#importer};
 * each source is converted on its own, so one bad source is reported in
 * {@link ImportBatch#problems()} while the others convert, and a source without metadata is
 * {@link ImportBatch#skipped()}. The records then go through the one write path,
 * {@link org.pedigree.ingest.RecordWriter}.
 */
public interface Importer {
    ImportBatch convert(List<RecordSource> sources);

    /**
     * What an import may be told besides its sources.
     *
     * @param modelId     the model the one source describes, for a format whose documents do not
     *                    always name it ({@link ImportFormat#takesModelId()}); null to take it from
     *                    the source (a card's folder {@code OWNER__NAME}); ignored by other formats
     * @param storedHfIds the Hub ids the store already names models by, asked only by the formats
     *                    that name models by Hub id, so that an import keeps their spelling
     */
    record Options(String modelId, Supplier<List<String>> storedHfIds) {
        /** No model id, no stored ids. */
        public static final Options NONE = new Options(null, List::of);

        /** The model the one source describes, nothing stored. */
        public static Options modelId(String modelId) {
            return new Options(modelId, List::of);
        }
    }
}
