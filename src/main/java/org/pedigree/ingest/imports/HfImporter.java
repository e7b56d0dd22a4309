package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.model.InstanceIris;

/**
 * Imports Hugging Face lineage: model cards ({@link #cards}) and the Hub's model-info answers
 * ({@link #modelInfo}). Every source is converted on its own, so one bad source is reported (in
 * {@link ImportBatch#problems()}) while the others convert; a card without front matter is
 * skipped. Each Hub id gets one spelling: the store's ({@link #knowing}), else the batch's.
 */
public final class HfImporter {
    private final HfRecordBuilder builder;
    private final List<String> known = new ArrayList<>();

    public HfImporter(InstanceIris iris, Knowledge knowledge, RecordReaders readers) {
        this.builder = new HfRecordBuilder(iris, knowledge, readers);
    }

    /** The Hub ids the store already names models by: their spelling is kept (ids compared without case). */
    public HfImporter knowing(List<String> storedIds) {
        known.addAll(storedIds);
        return this;
    }

    /** Cards (README.md with front matter); {@code id} names the model when there is one card, else null. */
    public ImportBatch cards(List<RecordSource> sources, String id) {
        if (id != null && sources.size() != 1) {
            throw new InputProblem("--id names the model of one card, but " + sources.size() + " cards were given — import them one by one, "
                    + "or lay them out as OWNER__NAME/README.md and leave --id out.");
        }
        return convert(sources, source -> HfCardReader.read(source, id));
    }

    /** Model-info answers of the Hub API (JSON). */
    public ImportBatch modelInfo(List<RecordSource> sources) {
        return convert(sources, HfApiReader::read);
    }

    private ImportBatch convert(List<RecordSource> sources, Function<RecordSource, HfModelInfo> reader) {
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<HfModelInfo> infos = new ArrayList<>();
        HfIds ids = new HfIds();
        known.forEach(ids::known);
        for (RecordSource source : sources) {
            try {
                HfModelInfo info = reader.apply(source);
                if (!info.hasCard()) {
                    skipped.add(source.name() + ": no YAML front matter, so no metadata to import (" + info.id() + ").");
                } else {
                    ids.own(info.id());
                    infos.add(info);
                }
            } catch (InputProblem e) {
                problems.add(e.getMessage());
            }
        }
        List<IncomingRecord> records = new ArrayList<>();
        for (HfModelInfo info : infos) {
            try {
                records.add(builder.build(info, ids));
            } catch (InputProblem e) {
                problems.add(e.getMessage());
            }
        }
        return new ImportBatch(List.copyOf(records), List.copyOf(problems), List.copyOf(skipped));
    }
}
