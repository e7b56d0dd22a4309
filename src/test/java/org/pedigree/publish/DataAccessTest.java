package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;

/** What harvesters read: VoID/DCAT, the dumps and their checksums, the sitemap and robots.txt. */
class DataAccessTest extends DemoServerTest {

    static HttpResponse<byte[]> bytes(String path) {
        return running.sendBytes(HttpRequest.newBuilder(running.uri(path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    static DatasetGraph parseDump(byte[] gzip, Lang lang) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            RDFParser.source(in).lang(lang).parse(dsg);
        }
        return dsg;
    }

    @Test
    void the_dumps_hold_exactly_the_store_and_match_their_published_checksums() throws Exception {
        for (String[] dump : new String[][] {{"pedigree.nq.gz", "NQUADS"}, {"pedigree.trig.gz", "TRIG"}}) {
            HttpResponse<byte[]> response = bytes("/dump/" + dump[0]);
            assertEquals(200, response.statusCode());
            assertEquals("application/gzip", response.headers().firstValue("Content-Type").orElse(""));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
            assertEquals(sha + "  " + dump[0] + "\n", running.get("/dump/" + dump[0] + ".sha256").body());
            assertEquals("\"" + sha + "\"", response.headers().firstValue("ETag").orElse(""));
            DatasetGraph dumped = parseDump(response.body(), dump[1].equals("TRIG") ? Lang.TRIG : Lang.NQUADS);
            List<String> differences = running.store.read(dsg -> {
                java.util.Set<Node> names = new java.util.HashSet<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                java.util.Set<Node> dumpedNames = new java.util.HashSet<>();
                dumped.listGraphNodes().forEachRemaining(dumpedNames::add);
                List<String> diff = new java.util.ArrayList<>();
                if (!names.equals(dumpedNames)) {
                    diff.add("graph names differ");
                }
                for (Node name : names) {
                    if (!dsg.getGraph(name).isIsomorphicWith(dumped.getGraph(name))) {
                        diff.add(name.getURI());
                    }
                }
                return diff;
            });
            assertTrue(differences.isEmpty(), dump[0] + " differs from the store in " + differences);
        }
    }

    @Test
    void a_write_makes_a_new_dump() throws Exception {
        String before = running.get("/dump/pedigree.nq.gz.sha256").body();
        running.store.write(dsg -> dsg.add(NodeFactory.createURI(running.server.baseUri() + "record/x--y"),
                NodeFactory.createURI(running.server.baseUri() + "model/x/y"), NodeFactory.createURI("http://schema.org/name"),
                NodeFactory.createLiteralString("y")));
        assertNotEquals(before, running.get("/dump/pedigree.nq.gz.sha256").body());
        assertEquals(404, running.get("/dump/other.nq.gz").statusCode());
    }

    @Test
    void void_and_dcat_describe_the_dataset_and_every_url_they_give_answers() throws Exception {
        HttpResponse<String> response = running.get("/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        Node dataset = NodeFactory.createURI(running.server.baseUri() + ".well-known/void#dataset");
        assertTrue(graph.contains(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"),
                NodeFactory.createURI(running.server.baseUri() + "sparql")));
        List<Node> urls = graph.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#downloadURL"), Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(2, urls.size());
        for (Node url : urls) {
            String path = url.getURI().substring(running.server.baseUri().length() - 1);
            HttpResponse<byte[]> dump = bytes(path);
            assertEquals(200, dump.statusCode(), path);
            Node distribution = graph.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#downloadURL"), url).next().getSubject();
            long size = Long.parseLong(graph.find(distribution, NodeFactory.createURI("http://www.w3.org/ns/dcat#byteSize"), Node.ANY)
                    .next().getObject().getLiteralLexicalForm());
            assertEquals(size, dump.body().length, "dcat:byteSize of " + path);
        }
        for (Node object : graph.find(Node.ANY, Node.ANY, Node.ANY).mapWith(t -> t.getObject()).toList()) {
            if (object.isURI() && object.getURI().startsWith(running.server.baseUri()) && !object.getURI().contains("#")) {
                String path = object.getURI().substring(running.server.baseUri().length() - 1);
                assertEquals(200, bytes(path).statusCode(), "VoID links to " + path);
            }
        }
        assertTrue(graph.contains(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#Service")), "with the service description");
    }

    @Test
    void the_sitemap_lists_pages_that_answer_and_robots_point_at_the_dumps() {
        String sitemap = running.get("/sitemap.xml").body();
        assertTrue(sitemap.startsWith("<?xml") && sitemap.contains("<urlset"), sitemap);
        var locs = org.jsoup.Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText();
        assertTrue(locs.contains(running.server.baseUri() + "model/mistralai/Mistral-7B-v0.1"), locs.toString());
        assertTrue(locs.contains(running.server.baseUri() + "model/Sao10K/Fimbulvetr-11B-v2"), "referenced bases have pages too");
        for (String loc : locs.subList(0, Math.min(10, locs.size()))) {
            assertEquals(200, running.get(loc.substring(running.server.baseUri().length() - 1), "text/html").statusCode(), loc);
        }
        String robots = running.get("/robots.txt").body();
        assertTrue(robots.contains("Disallow: /sparql") && robots.contains("/dump/pedigree.nq.gz") && robots.contains("Sitemap: "), robots);
        assertFalse(running.get("/sitemap-2.xml").statusCode() == 200, "one page of URLs is enough here");
    }
}
