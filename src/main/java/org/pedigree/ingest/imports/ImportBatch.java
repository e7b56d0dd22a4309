package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordSource;

/**
 * What an import read: the records to write, the sources refused (one message each, naming the
 * source, the field and the fix) and the sources skipped because they hold no metadata. Importers
 * that convert each source on its own build it with {@link #ofEach}.
 */
public record ImportBatch(List<IncomingRecord> records, List<String> problems, List<String> skipped) {
    /**
     * Converts each source on its own: a bad one (an {@link InputProblem}) is a problem of the batch,
     * the others convert; one that yields no record is skipped, in the words {@code source.name() +
     * holdsNothing}.
     */
    public static ImportBatch ofEach(List<RecordSource> sources, Function<RecordSource, List<IncomingRecord>> convert, String holdsNothing) {
        List<IncomingRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (RecordSource source : sources) {
            try {
                List<IncomingRecord> converted = convert.apply(source);
                if (converted.isEmpty()) {
                    skipped.add(source.name() + holdsNothing);
                }
                records.addAll(converted);
            } catch (InputProblem e) {
                problems.add(e.getMessage());
            }
        }
        return new ImportBatch(List.copyOf(records), List.copyOf(problems), List.copyOf(skipped));
    }
}
