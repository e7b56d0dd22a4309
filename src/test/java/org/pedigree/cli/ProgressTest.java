package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Progress lines as a log shows them (no terminal). */
class ProgressTest {
    @Test
    void a_phase_that_reports_its_first_chunk_when_it_is_done_gets_no_impossible_rate() throws Exception {
        StringWriter lines = new StringWriter();
        Progress progress = new Progress(new PrintWriter(lines, true), false, "records validated", 10_000);
        long start = System.nanoTime();
        progress.step(2_000);   // the first chunk, validated before anyone said so
        Thread.sleep(600);
        progress.step(8_000);
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.finish();

        List<String> shown = lines.toString().lines().toList();
        assertEquals(2, shown.size(), lines.toString());
        assertEquals("progress: 2000/10000 records validated", shown.get(0), "no rate from a single moment");
        Matcher rate = Pattern.compile("progress: 10000/10000 records validated, (\\d+)/s").matcher(shown.get(1));
        assertTrue(rate.matches(), shown.get(1));
        assertTrue(Long.parseLong(rate.group(1)) <= 8_000 / 0.6 && Long.parseLong(rate.group(1)) >= 8_000 / seconds - 1,
                "the rate of the items done since the first step: " + shown.get(1));
        assertFalse(shown.get(1).contains("ETA"), "nothing left to wait for");
    }
}
