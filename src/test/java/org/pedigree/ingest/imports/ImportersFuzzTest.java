package org.pedigree.ingest.imports;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.model.InstanceIris;

/**
 * Coverage-guided fuzz targets, one per import format: whatever bytes arrive, an importer gives
 * records, skips the source or reports a problem for the user — never another exception, a hang
 * or a crash. {@code ./mvnw test} replays the saved inputs; fuzz for real with
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ImportersFuzzTest#hfCard}.
 */
class ImportersFuzzTest {
    private static final InstanceIris IRIS = new InstanceIris("https://lineage.example.org/");
    private static final RecordReaders READERS = new RecordReaders(IRIS, Knowledge.bundled());

    private static void convert(ImportFormat format, List<RecordSource> sources) {
        format.importer(IRIS, Knowledge.bundled(), READERS, Importer.Options.NONE).convert(sources);
    }

    private static List<RecordSource> source(String name, byte[] data) {
        return List.of(new RecordSource(name, data, null));
    }

    @FuzzTest(maxDuration = "20s")
    void hfCard(byte[] data) {
        convert(ImportFormat.HF, source("acme__fuzz/README.md", data));
    }

    @FuzzTest(maxDuration = "20s")
    void hfModelInfo(byte[] data) {
        convert(ImportFormat.HF_API, source("fuzz.json", data));
    }

    @FuzzTest(maxDuration = "20s")
    void spdx(byte[] data) {
        convert(ImportFormat.SPDX, source("fuzz.spdx3.json", data));
    }

    @FuzzTest(maxDuration = "20s")
    void cycloneDx(byte[] data) {
        convert(ImportFormat.CYCLONEDX, source("fuzz.cdx.json", data));
    }

    @FuzzTest(maxDuration = "20s")
    void croissant(byte[] data) {
        convert(ImportFormat.CROISSANT, source("fuzz.croissant.json", data));
    }
}
