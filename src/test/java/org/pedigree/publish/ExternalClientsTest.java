package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.testing.ExternalTools;
import org.pedigree.testing.RunningServer;

/** Clients that are not Jena read what Pedigree publishes: Raptor's rapper and Python's rdflib. */
class ExternalClientsTest {
    private static final String MODEL = "/model/HuggingFaceH4/zephyr-7b-beta";
    private static final String RDFLIB = """
            import sys, rdflib
            g = rdflib.Graph()
            g.parse(sys.argv[1], format=sys.argv[2], publicID=sys.argv[3])
            subject = rdflib.URIRef(sys.argv[4])
            print(len(g), len(list(g.triples((subject, None, None)))))
            """;

    @TempDir
    static Path dir;
    static RunningServer running;

    @BeforeAll
    static void start() {
        running = RunningServer.withDemo(dir.resolve("data"));
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static Path download(String path, String name) throws Exception {
        byte[] body = running.sendBytes(HttpRequest.newBuilder(running.uri(path)).timeout(Duration.ofSeconds(60)).GET().build()).body();
        if (name.endsWith(".gunzipped")) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return Files.write(dir.resolve(name), body);
    }

    private static long rapperCount(Path file, String syntax) {
        ExternalTools.Run run = ExternalTools.run(List.of(ExternalTools.RAPPER.toString(), "-i", syntax, "-c",
                file.toUri().toString(), running.server.baseUri()));
        assertEquals(0, run.exit(), syntax + ": " + run.output());
        var m = java.util.regex.Pattern.compile("returned (\\d+) (triples|statements)").matcher(run.output());
        assertTrue(m.find(), run.output());
        return Long.parseLong(m.group(1));
    }

    private static long[] rdflib(Path file, String format) throws Exception {
        Path script = dir.resolve("parse.py");
        Files.writeString(script, RDFLIB);
        String subject = running.server.baseUri() + MODEL.substring(1);
        ExternalTools.Run run = ExternalTools.run(List.of(ExternalTools.PYTHON.toString(), script.toString(), file.toString(), format,
                running.server.baseUri(), subject));
        assertEquals(0, run.exit(), format + ": " + run.output());
        String[] counts = run.output().strip().split("\\s+");
        return new long[] {Long.parseLong(counts[counts.length - 2]), Long.parseLong(counts[counts.length - 1])};
    }

    @Test
    void rapper_parses_every_format_it_knows_and_the_dumps() throws Exception {
        ExternalTools.require(ExternalTools.RAPPER, null);
        long turtle = rapperCount(download(MODEL + ".ttl", "model.ttl"), "turtle");
        assertTrue(turtle > 10);
        assertEquals(turtle, rapperCount(download(MODEL + ".nt", "model.nt"), "ntriples"));
        assertEquals(turtle, rapperCount(download(MODEL + ".rdf", "model.rdf"), "rdfxml"));
        long quads = rapperCount(download("/dump/pedigree.nq.gz", "dump.nq.gunzipped"), "nquads");
        long trig = rapperCount(download("/dump/pedigree.trig.gz", "dump.trig.gunzipped"), "trig");
        long stored = running.store.read(dsg -> dsg.stream().count());
        assertEquals(stored, quads, "the N-Quads dump holds every quad");
        assertEquals(stored, trig, "the TriG dump holds every quad");
        assertTrue(rapperCount(download("/.well-known/void", "void.ttl"), "turtle") > 20);
    }

    @Test
    void rdflib_parses_every_format_including_the_json_ld_inside_the_page() throws Exception {
        ExternalTools.require(ExternalTools.PYTHON, "import rdflib");
        long[] turtle = rdflib(download(MODEL + ".ttl", "model2.ttl"), "turtle");
        assertTrue(turtle[1] > 5, "rdflib sees the model's own statements");
        for (String[] format : new String[][] {{".nt", "nt"}, {".rdf", "xml"}, {".jsonld", "json-ld"}}) {
            long[] counts = rdflib(download(MODEL + format[0], "model2" + format[0]), format[1]);
            assertEquals(turtle[0], counts[0], format[1] + " holds the same triples as Turtle");
        }
        String page = running.get(MODEL, "text/html").body();
        Path embedded = Files.writeString(dir.resolve("embedded.jsonld"), Jsoup.parse(page).selectFirst("script[type=application/ld+json]").data());
        long[] fromPage = rdflib(embedded, "json-ld");
        assertTrue(fromPage[1] > 5, "the page's JSON-LD describes the model for rdflib too");
    }
}
