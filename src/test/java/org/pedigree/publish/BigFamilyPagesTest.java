package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.lineage.LineageAnalytics;
import org.pedigree.store.DescriptionPage;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/**
 * The page of a big family (more derivatives than {@link LineageAnalytics#BIG_FAMILY}, whose sorted
 * derivatives and picture are kept per version of the lineage index) shows each write at once: a
 * new derivative, a renamed one, one that moved to another base.
 */
class BigFamilyPagesTest {
    static final int DERIVATIVES = LineageAnalytics.BIG_FAMILY + 10;

    @TempDir
    static Path dir;
    static RunningServer running;
    static String token;

    @BeforeAll
    static void startWithABigFamily() {
        running = RunningServer.empty(dir.resolve("data"));
        token = new TokenStore(dir.resolve("data")).create("big-family-test", EnumSet.of(TokenStore.Scope.WRITE));
        StringBuilder records = new StringBuilder("model: acme/hub\nname: Hub\nlicence: mit\nroot: true\noperation:\n  name: Pre-training\n");
        for (int i = 0; i < DERIVATIVES; i++) {
            records.append(derivative(String.format("d%03d", i), "d" + String.format("%03d", i), "hub", "finetune"));
        }
        records.append("---\nmodel: acme/other\nname: Other\nlicence: mit\nroot: true\noperation:\n  name: Pre-training\n");
        write(records.toString());
    }

    private static String derivative(String id, String name, String base, String relation) {
        return "---\nmodel: acme/" + id + "\nname: " + name + "\nlicence: mit\nbases:\n  - model: acme/" + base + "\n    relation: " + relation + "\n";
    }

    private static void write(String records) {
        HttpResponse<String> written = running.send(HttpRequest.newBuilder(running.uri("/api/records"))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(records)).build());
        assertEquals(201, written.statusCode(), written.body());
    }

    private static void replace(String id, String record) {
        HttpResponse<String> written = running.send(HttpRequest.newBuilder(running.uri("/api/records/acme--" + id))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(record)).build());
        assertEquals(200, written.statusCode(), written.body());
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static Document hub() {
        HttpResponse<String> page = running.get("/model/acme/hub", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        return Jsoup.parse(page.body());
    }

    private static List<String> derivativesListed(Document page) {
        return page.select("#derivatives li a").stream().map(Element::text).toList();
    }

    private static String picture(Document page) {
        return page.selectFirst("#family-tree svg").text();
    }

    @Test
    void the_page_of_a_big_family_shows_a_new_derivative_a_rename_and_a_move_at_once() {
        Document before = hub();
        assertEquals("Derivatives (" + DERIVATIVES + ")", before.selectFirst("#derivatives-heading").text());
        assertEquals(DescriptionPage.PER_PAGE, derivativesListed(before).size(), "a page of the derivatives");
        assertEquals("d000", derivativesListed(before).getFirst());
        assertTrue(picture(before).contains("finetune · " + DERIVATIVES), picture(before));

        write(derivative("a-new", "a-new", "hub", "adapter"));
        Document added = hub();
        assertEquals("Derivatives (" + (DERIVATIVES + 1) + ")", added.selectFirst("#derivatives-heading").text());
        assertEquals("a-new", derivativesListed(added).getFirst(), "adapters come first: " + derivativesListed(added));
        assertTrue(picture(added).contains("adapter · 1"), picture(added));

        replace("d001", derivative("d001", "c-renamed", "hub", "finetune"));
        List<String> renamed = derivativesListed(hub());
        assertEquals(List.of("a-new", "c-renamed", "d000", "d002"), renamed.subList(0, 4), "sorted by the new name: " + renamed);

        replace("d000", derivative("d000", "d000", "other", "finetune"));
        Document moved = hub();
        assertEquals("Derivatives (" + DERIVATIVES + ")", moved.selectFirst("#derivatives-heading").text());
        assertTrue(!derivativesListed(moved).contains("d000"), derivativesListed(moved).toString());
        assertTrue(picture(moved).contains("finetune · " + (DERIVATIVES - 1)), picture(moved));
        HttpResponse<String> alone = running.get("/model/acme/hub/lineage.svg");
        assertTrue(alone.body().contains("finetune · " + (DERIVATIVES - 1)), "the picture alone too");
    }
}
