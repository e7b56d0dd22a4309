package org.pedigree.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.pedigree.Pedigree;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteOutcome;

/** Writes record graphs given in TriG through the one write path, with the prefixes fixtures use; fails the test if refused. */
public final class TrigRecords {
    private static final String PREFIXES = """
            @prefix prov:   <http://www.w3.org/ns/prov#> .
            @prefix schema: <http://schema.org/> .
            @prefix ped:    <https://w3id.org/pedigree#> .
            @prefix kind:   <https://w3id.org/pedigree/kind/> .
            @prefix spdx:   <http://spdx.org/licenses/> .
            """;

    private TrigRecords() {}

    /** Upserts the record graphs (each a TriG graph block, relative to the base URI). */
    public static void write(Pedigree app, String... records) {
        String document = PREFIXES + String.join("\n", records);
        WriteOutcome outcome = app.writer().write(app.readers().read(new RecordSource("fixture.trig", document.getBytes(StandardCharsets.UTF_8), null)),
                WriteMode.UPSERT, false, "test");
        assertTrue(outcome.committed(), () -> outcome.violations().toString());
    }
}
