package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.model.InstanceIris;

/**
 * Imports Hugging Face lineage: model cards ({@link ImportFormat#HF}, made by {@link #cards}) or the
 * Hub's model-info answers ({@link ImportFormat#HF_API}, {@link #modelInfo}). A card without front
 * matter is skipped. Each Hub id gets one spelling: the store's
 * ({@link Importer.Options#storedHfIds()}), else the batch's.
 */
final class HfImporter implements Importer {
    private final HfRecordBuilder builder;
    private final Function<RecordSource, HfModelInfo> reader;
    private final String id;
    private final Supplier<List<String>> known;

    private HfImporter(InstanceIris iris, Knowledge knowledge, RecordReaders readers, Function<RecordSource, HfModelInfo> reader,
            String id, Supplier<List<String>> known) {
        this.builder = new HfRecordBuilder(iris, knowledge, readers);
        this.reader = reader;
        this.id = id;
        this.known = known;
    }

    /** Cards (README.md with front matter); the options' model id names the model when there is one card. */
    static HfImporter cards(InstanceIris iris, Knowledge knowledge, RecordReaders readers, Options options) {
        String id = options.modelId();
        return new HfImporter(iris, knowledge, readers, source -> HfCardReader.read(source, id), id, options.storedHfIds());
    }

    /** Model-info answers of the Hub API (JSON), which name their model. */
    static HfImporter modelInfo(InstanceIris iris, Knowledge knowledge, RecordReaders readers, Options options) {
        return new HfImporter(iris, knowledge, readers, HfApiReader::read, null, options.storedHfIds());
    }

    @Override
    public ImportBatch convert(List<RecordSource> sources) {
        if (id != null && sources.size() != 1) {
            throw new InputProblem("--id names the model of one card, but " + sources.size() + " cards were given — import them one by one, "
                    + "or lay them out as OWNER__NAME/README.md and leave --id out.");
        }
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<HfModelInfo> infos = new ArrayList<>();
        HfIds ids = new HfIds();
        known.get().forEach(ids::known);
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
