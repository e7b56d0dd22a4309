package org.pedigree.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.pedigree.model.InstanceIris;

/**
 * Coverage-guided fuzz targets, one per input format: whatever bytes arrive, reading them either
 * gives records or an {@link InputProblem} (a message for the user) — never another exception, a
 * hang or a crash. `./mvnw test` replays the saved inputs (src/test/resources/…Inputs); fuzz for
 * real with {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=RecordReadersFuzzTest#turtle} (see docs/SECURITY.md).
 */
class RecordReadersFuzzTest {
    private static final RecordReaders READERS = new RecordReaders(new InstanceIris("https://lineage.example.org/"), Knowledge.bundled());

    private static void read(String name, byte[] data) {
        try {
            READERS.read(new RecordSource(name, data, null));
        } catch (InputProblem expected) {
            // a refusal with a message is the right answer to bad input
        }
    }

    @FuzzTest(maxDuration = "20s")
    void turtle(byte[] data) {
        read("fuzz.ttl", data);
    }

    @FuzzTest(maxDuration = "20s")
    void trig(byte[] data) {
        read("fuzz.trig", data);
    }

    @FuzzTest(maxDuration = "20s")
    void nQuads(byte[] data) {
        read("fuzz.nq", data);
    }

    @FuzzTest(maxDuration = "20s")
    void rdfXml(byte[] data) {
        read("fuzz.rdf", data);
    }

    @FuzzTest(maxDuration = "20s")
    void jsonLd(byte[] data) {
        read("fuzz.jsonld", data);
    }

    @FuzzTest(maxDuration = "20s")
    void yamlRecord(byte[] data) {
        read("fuzz.yaml", data);
    }

    @FuzzTest(maxDuration = "20s")
    void jsonRecord(byte[] data) {
        read("fuzz.json", data);
    }
}
