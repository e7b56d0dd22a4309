package org.pedigree.lineage.browse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An immutable in-memory index of the models (or datasets) for the browse lists: entries sorted
 * by name, an inverted index of the words of their names, ids and descriptions (a word prefix
 * matches, so typing finds), the entries of each facet value, and facet counts over any result. A
 * query with a facet value reads only that value's entries (the derivatives of a hub, not every
 * model); the facet counts of the whole list are counted once; a query with words alone scans int
 * arrays (milliseconds for 100,000 models).
 */
public final class BrowseIndex {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int[] NONE = new int[0];

    /** The facets a list offers, in the order the page shows them. */
    public enum Facet {
        BASE("base", "base model"), KIND("kind", "derivation kind"), LICENCE("licence", "licence"),
        RESTRICTION("restriction", "effective restriction"), ADVISORY("advisory", "advisory status");

        public final String parameter;
        public final String words;

        Facet(String parameter, String words) {
            this.parameter = parameter;
            this.words = words;
        }

        List<String> values(BrowseEntry e) {
            return switch (this) {
                case BASE -> e.bases();
                case KIND -> e.kinds();
                case LICENCE -> e.licences().isEmpty() ? List.of("none stated") : e.licences();
                case RESTRICTION -> e.restrictions().isEmpty() ? List.of("none") : e.restrictions();
                case ADVISORY -> List.of(e.advisory());
            };
        }
    }

    /** A query: words (all must match; the last may be a prefix), facet values, a page. */
    public record Query(String text, Map<Facet, String> filters, int offset, int limit) {}

    /** One facet value with its count in the result. */
    public record Count(String value, int count) {}

    /** The entries of one page, how many matched, and the counts of each facet over the matches. */
    public record Result(List<BrowseEntry> page, int total, Map<Facet, List<Count>> facets) {}

    private final List<BrowseEntry> entries;
    private final NavigableMap<String, int[]> words;
    private final Map<String, Integer> byIri = new HashMap<>();
    /** For each facet and value, the entries that have it, in entry order. */
    private final Map<Facet, Map<String, int[]>> byValue = new EnumMap<>(Facet.class);
    /** The facet counts of every entry (a query with neither words nor facet values). */
    private final Map<Facet, List<Count>> allFacets;

    BrowseIndex(List<BrowseEntry> unsorted) {
        List<BrowseEntry> sorted = new ArrayList<>(unsorted);
        sorted.sort(Comparator.comparing((BrowseEntry e) -> e.label().toLowerCase(Locale.ROOT)).thenComparing(BrowseEntry::iri));
        this.entries = List.copyOf(sorted);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            BrowseEntry e = entries.get(i);
            byIri.put(e.iri(), i);
            for (String word : words(e.label() + " " + (e.hfId() == null ? "" : e.hfId()) + " " + (e.description() == null ? "" : e.description()))) {
                List<Integer> list = postings.computeIfAbsent(word, w -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        TreeMap<String, int[]> index = new TreeMap<>();
        postings.forEach((word, ids) -> index.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.words = index;
        for (Facet f : Facet.values()) {
            Map<String, List<Integer>> values = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                for (String v : f.values(entries.get(i))) {
                    List<Integer> list = values.computeIfAbsent(v, x -> new ArrayList<>());
                    if (list.isEmpty() || list.getLast() != i) {
                        list.add(i);
                    }
                }
            }
            Map<String, int[]> ids = new HashMap<>();
            values.forEach((v, list) -> ids.put(v, list.stream().mapToInt(Integer::intValue).toArray()));
            byValue.put(f, ids);
        }
        this.allFacets = scan(null, Map.of(), 0, 0).facets();
    }

    public int size() {
        return entries.size();
    }

    /** The label of an entry by IRI, or null. */
    String label(String iri) {
        Integer i = byIri.get(iri);
        return i == null ? null : entries.get(i).label();
    }

    public Result search(Query query) {
        boolean[] hit = matches(query.text());
        if (hit == null && query.filters().isEmpty()) {
            int from = Math.min(query.offset(), entries.size());
            return new Result(entries.subList(from, Math.min(entries.size(), from + query.limit())), entries.size(), allFacets);
        }
        return scan(hit, query.filters(), query.offset(), query.limit());
    }

    /**
     * The entries of {@code hit} (null: every entry) that pass the filters, read from the entries of
     * the rarest filter value when there is one, with their facet counts and one page.
     */
    private Result scan(boolean[] hit, Map<Facet, String> filters, int offset, int limit) {
        int[] candidates = null;
        for (Map.Entry<Facet, String> f : filters.entrySet()) {
            int[] ids = byValue.get(f.getKey()).getOrDefault(f.getValue(), NONE);
            if (candidates == null || ids.length < candidates.length) {
                candidates = ids;
            }
        }
        List<BrowseEntry> page = new ArrayList<>();
        Map<Facet, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            counts.put(f, new HashMap<>());
        }
        int total = 0;
        int n = candidates != null ? candidates.length : entries.size();
        for (int c = 0; c < n; c++) {
            int i = candidates != null ? candidates[c] : c;
            if (hit != null && !hit[i]) {
                continue;
            }
            BrowseEntry e = entries.get(i);
            if (!passes(e, filters)) {
                continue;
            }
            if (total >= offset && page.size() < limit) {
                page.add(e);
            }
            total++;
            for (Facet f : Facet.values()) {
                for (String v : f.values(e)) {
                    counts.get(f).merge(v, 1, Integer::sum);
                }
            }
        }
        Map<Facet, List<Count>> facets = new LinkedHashMap<>();
        counts.forEach((f, c) -> facets.put(f, c.entrySet().stream().map(x -> new Count(x.getKey(), x.getValue()))
                .sorted(Comparator.comparing(Count::count).reversed().thenComparing(Count::value)).toList()));
        return new Result(page, total, facets);
    }

    /** Up to {@code limit} entries whose words start with the query's words, names beginning with it first. */
    public List<BrowseEntry> suggest(String text, int limit) {
        boolean[] hit = matches(text);
        if (hit == null) {
            return List.of();
        }
        String prefix = text.trim().toLowerCase(Locale.ROOT);
        List<BrowseEntry> starting = new ArrayList<>();
        List<BrowseEntry> others = new ArrayList<>();
        for (int i = 0; i < entries.size() && starting.size() < limit; i++) {
            if (hit[i]) {
                BrowseEntry e = entries.get(i);
                boolean starts = e.label().toLowerCase(Locale.ROOT).startsWith(prefix)
                        || (e.hfId() != null && e.hfId().toLowerCase(Locale.ROOT).startsWith(prefix));
                (starts ? starting : others).add(e);
            }
        }
        List<BrowseEntry> all = new ArrayList<>(starting);
        for (int i = 0; i < others.size() && all.size() < limit; i++) {
            all.add(others.get(i));
        }
        return all;
    }

    private static boolean passes(BrowseEntry e, Map<Facet, String> filters) {
        for (Map.Entry<Facet, String> f : filters.entrySet()) {
            if (f.getKey() == Facet.KIND && filters.containsKey(Facet.BASE)) {
                // With a base, the kind is that of the derivation from it.
                int at = e.bases().indexOf(filters.get(Facet.BASE));
                if (at < 0 || !e.baseKinds().get(at).equals(f.getValue())) {
                    return false;
                }
            } else if (!f.getKey().values(e).contains(f.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Which entries have every word of {@code text} (the last as a prefix); null when there is no word. */
    private boolean[] matches(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> query = words(text);
        if (query.isEmpty()) {
            return null;
        }
        boolean[] result = null;
        for (int q = 0; q < query.size(); q++) {
            String word = query.get(q);
            boolean[] these = new boolean[entries.size()];
            Function<int[], Void> mark = ids -> {
                for (int id : ids) {
                    these[id] = true;
                }
                return null;
            };
            if (q == query.size() - 1) {
                words.subMap(word, true, word + Character.MAX_VALUE, false).values().forEach(mark::apply);
            } else {
                mark.apply(words.getOrDefault(word, NONE));
            }
            if (result == null) {
                result = these;
            } else {
                for (int i = 0; i < result.length; i++) {
                    result[i] &= these[i];
                }
            }
        }
        return result;
    }

    static List<String> words(String text) {
        return Arrays.stream(WORDS.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
