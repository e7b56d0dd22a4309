package org.pedigree.lineage.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The browse index alone: words, prefixes, facets, and speed on 100,000 models. */
class BrowseIndexTest {
    private static BrowseEntry model(int i) {
        String base = "http://x/model/org/base-" + (i % 10);
        return new BrowseEntry("http://x/model/org/m-" + i, "model-" + i + (i % 7 == 0 ? " llama" : " mistral"), "org/model-" + i,
                i % 3 == 0 ? "A chat fine-tune for medical coding" : "A quantization", List.of(i % 2 == 0 ? "http://spdx.org/licenses/MIT" : "lic:llama3"),
                List.of(base), List.of(i % 3 == 0 ? "finetune" : "quantized"), i % 5 == 0 ? List.of("NonCommercialUse") : List.of(),
                i % 11 == 0 ? "affected" : "none");
    }

    @Test
    void words_and_a_last_word_prefix_match_and_facets_count_the_matches() {
        List<BrowseEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            entries.add(model(i));
        }
        BrowseIndex index = new BrowseIndex(entries);
        BrowseIndex.Result medical = index.search(new BrowseIndex.Query("medic", Map.of(), 0, 10));
        assertEquals(34, medical.total());
        assertEquals(10, medical.page().size());
        BrowseIndex.Result both = index.search(new BrowseIndex.Query("chat llam", Map.of(), 0, 100));
        assertTrue(both.page().stream().allMatch(e -> e.label().contains("llama") && e.description().contains("chat")));
        BrowseIndex.Result filtered = index.search(new BrowseIndex.Query(null,
                Map.of(BrowseIndex.Facet.KIND, "finetune", BrowseIndex.Facet.ADVISORY, "affected"), 0, 100));
        assertEquals(4, filtered.total()); // 0, 33, 66, 99
        assertEquals(new BrowseIndex.Count("affected", 4), filtered.facets().get(BrowseIndex.Facet.ADVISORY).get(0));
        assertEquals("model-1 mistral", index.suggest("model-1", 3).get(0).label());
    }

    @Test
    void a_facet_value_gives_exactly_the_entries_that_have_it_and_the_whole_list_its_counts() {
        List<BrowseEntry> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(model(i));
        }
        BrowseIndex index = new BrowseIndex(entries);
        BrowseIndex.Result all = index.search(new BrowseIndex.Query(null, Map.of(), 0, 1000));
        assertEquals(500, all.total());
        for (BrowseIndex.Facet facet : BrowseIndex.Facet.values()) {
            for (BrowseIndex.Count value : all.facets().get(facet)) {
                BrowseIndex.Result r = index.search(new BrowseIndex.Query(null, Map.of(facet, value.value()), 0, 1000));
                List<String> expected = all.page().stream().filter(e -> facet.values(e).contains(value.value())).map(BrowseEntry::iri).toList();
                assertEquals(expected, r.page().stream().map(BrowseEntry::iri).toList(), facet + "=" + value.value());
                assertEquals(value.count(), r.total(), "the count shown for " + facet + "=" + value.value());
            }
        }
        // with a base, the kind is that of the derivation from that base; words narrow it further
        BrowseIndex.Result fromBase = index.search(new BrowseIndex.Query("medical",
                Map.of(BrowseIndex.Facet.BASE, "http://x/model/org/base-3", BrowseIndex.Facet.KIND, "finetune"), 0, 1000));
        List<String> expected = all.page().stream().filter(e -> e.bases().contains("http://x/model/org/base-3")
                && e.kinds().contains("finetune") && e.description().contains("medical")).map(BrowseEntry::iri).toList();
        assertEquals(expected, fromBase.page().stream().map(BrowseEntry::iri).toList());
        assertTrue(fromBase.total() > 0);
        assertEquals(all.page().subList(20, 30), index.search(new BrowseIndex.Query(null, Map.of(), 20, 10)).page(), "a page of the whole list");
    }

    private static BrowseEntry named(String label, String hfId, String description) {
        return new BrowseEntry("http://x/model/" + hfId, label, hfId, description, List.of(), List.of(), List.of(), List.of(), "none");
    }

    @Test
    void suggestions_give_names_beginning_with_the_text_then_hub_ids_then_other_matches() {
        BrowseIndex index = new BrowseIndex(List.of(
                named("zephyr-7b-beta", "HuggingFaceH4/zephyr-7b-beta", "A chat model"),
                named("Zephyr-orpo", "HuggingFaceH4/zephyr-orpo-141b", "Another"),
                named("mistral-zephyr-merge", "someone/mistral-zephyr-merge", "A merge of zephyr"),
                named("chat-helper", "zephyr-team/chat-helper", "Tuned from a base"),
                named("llama-3", "meta-llama/Meta-Llama-3-8B", "No match here"),
                named("unrelated", "org/unrelated", "mentions zephyrine in passing")));
        assertEquals(List.of("zephyr-7b-beta", "Zephyr-orpo", "chat-helper", "mistral-zephyr-merge", "unrelated"),
                index.suggest("zeph", 10).stream().map(BrowseEntry::label).toList(),
                "names beginning with it (any case), then the Hub id that begins with it, then the other matches by name");
        assertEquals(List.of("zephyr-7b-beta", "Zephyr-orpo"), index.suggest("ZEPH", 2).stream().map(BrowseEntry::label).toList());
        assertEquals(List.of("chat-helper"), index.suggest("zephyr-team/ch", 10).stream().map(BrowseEntry::label).toList(), "a Hub id prefix");
        assertEquals(List.of("chat-helper", "zephyr-7b-beta"), index.suggest("chat zeph", 10).stream().map(BrowseEntry::label).toList(),
                "every word must match, in the name, the Hub id or the description");
        assertEquals(List.of(), index.suggest("nothing", 10));
        assertEquals(List.of(), index.suggest("  -- ", 10));
    }

    @Test
    void a_suggestion_has_every_word_and_none_is_missed_before_the_limit() {
        List<BrowseEntry> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(model(i));
        }
        BrowseIndex index = new BrowseIndex(entries);
        for (String text : List.of("model-1", "model-12 l", "medic", "org/model-4", "chat model-3", "x")) {
            List<String> words = BrowseIndex.words(text);
            List<String> matching = entries.stream().filter(e -> {
                List<String> own = BrowseIndex.words(e.label() + " " + e.hfId() + " " + e.description());
                for (int q = 0; q < words.size(); q++) {
                    String w = words.get(q);
                    boolean last = q == words.size() - 1;
                    if (own.stream().noneMatch(o -> last ? o.startsWith(w) : o.equals(w))) {
                        return false;
                    }
                }
                return true;
            }).map(BrowseEntry::iri).toList();
            List<String> suggested = index.suggest(text, 1000).stream().map(BrowseEntry::iri).toList();
            assertEquals(new java.util.TreeSet<>(matching), new java.util.TreeSet<>(suggested), text);
            assertEquals(suggested.size(), new java.util.HashSet<>(suggested).size(), "no entry twice: " + text);
            assertEquals(Math.min(7, matching.size()), index.suggest(text, 7).size(), text);
        }
    }

    @Test
    void a_search_over_100000_models_answers_in_milliseconds() {
        List<BrowseEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            entries.add(model(i));
        }
        BrowseIndex index = new BrowseIndex(entries);
        index.search(new BrowseIndex.Query("medical", Map.of(), 0, 50)); // warm up
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            BrowseIndex.Result r = index.search(new BrowseIndex.Query("model-12 medi", Map.of(BrowseIndex.Facet.LICENCE, "http://spdx.org/licenses/MIT"), 0, 50));
            assertTrue(r.total() > 0);
            index.search(new BrowseIndex.Query(null, Map.of(), 500, 50));
            index.suggest("model-99", 10);
        }
        long perQuery = (System.nanoTime() - start) / 30 / 1_000_000;
        assertTrue(perQuery < 150, perQuery + " ms per query");
    }
}
