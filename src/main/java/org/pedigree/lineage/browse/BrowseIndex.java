package org.pedigree.lineage.browse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An immutable in-memory index of the models (or datasets) for the browse lists: entries sorted
 * by name, an inverted index of the words of their names, ids and descriptions (a word prefix
 * matches, so typing finds), the entries of each facet value, and facet counts over any result. A
 * query with a facet value reads only that value's entries (the derivatives of a hub, not every
 * model); the facet counts of the whole list are counted once; a query with words alone marks the
 * entries of its words in bit sets (milliseconds for 100,000 models); suggestions read ranges of
 * the names and Hub ids in sorted order.
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
    /** Each entry's name in lower case, in entry order, which sorts them: the names beginning with a text are one range. */
    private final String[] lowerLabels;
    /** The entries with a Hub id, in the order of their ids in lower case, and those ids: the ids beginning with a text are one range. */
    private final int[] byHfId;
    private final String[] lowerHfIds;

    BrowseIndex(List<BrowseEntry> unsorted) {
        List<BrowseEntry> sorted = new ArrayList<>(unsorted);
        sorted.sort(Comparator.comparing((BrowseEntry e) -> e.label().toLowerCase(Locale.ROOT)).thenComparing(BrowseEntry::iri));
        this.entries = List.copyOf(sorted);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            BrowseEntry e = entries.get(i);
            byIri.put(e.iri(), i);
            for (String word : words(text(e))) {
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
        this.lowerLabels = entries.stream().map(e -> e.label().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        this.byHfId = IntStream.range(0, entries.size()).filter(i -> entries.get(i).hfId() != null).boxed()
                .sorted(Comparator.comparing((Integer i) -> entries.get(i).hfId().toLowerCase(Locale.ROOT))).mapToInt(Integer::intValue).toArray();
        this.lowerHfIds = Arrays.stream(byHfId).mapToObj(i -> entries.get(i).hfId().toLowerCase(Locale.ROOT)).toArray(String[]::new);
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
        BitSet hit = matches(query.text());
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
    private Result scan(BitSet hit, Map<Facet, String> filters, int offset, int limit) {
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
            if (hit != null && !hit.get(i)) {
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

    /**
     * Up to {@code limit} entries with the query's words (the last as a prefix): the names beginning
     * with the text first, in name order, then the Hub ids beginning with it, then the other
     * matches in name order. The first two are ranges of sorted arrays, so a suggestion as one
     * types costs the same whatever the number of entries; the others are read from the word index
     * only when those ranges do not fill the suggestions.
     */
    public List<BrowseEntry> suggest(String text, int limit) {
        List<String> query = text == null ? List.of() : words(text);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        String prefix = text.trim().toLowerCase(Locale.ROOT);
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int i = lowerBound(lowerLabels, prefix); i < lowerLabels.length && chosen.size() < limit && lowerLabels[i].startsWith(prefix); i++) {
            if (hasWords(entries.get(i), query)) {
                chosen.add(i);
            }
        }
        for (int k = lowerBound(lowerHfIds, prefix); k < lowerHfIds.length && chosen.size() < limit && lowerHfIds[k].startsWith(prefix); k++) {
            if (hasWords(entries.get(byHfId[k]), query)) {
                chosen.add(byHfId[k]);
            }
        }
        if (chosen.size() < limit) {
            BitSet hit = matches(text);
            for (int i = hit.nextSetBit(0); i >= 0 && chosen.size() < limit; i = hit.nextSetBit(i + 1)) {
                chosen.add(i);
            }
        }
        return chosen.stream().map(entries::get).toList();
    }

    /** The first position of {@code sorted} whose value is not before {@code key}. */
    private static int lowerBound(String[] sorted, String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether the entry has every word of the query, the last as a prefix, as {@link #matches} finds them. */
    private static boolean hasWords(BrowseEntry e, List<String> query) {
        List<String> own = words(text(e));
        for (int q = 0; q < query.size(); q++) {
            String word = query.get(q);
            boolean last = q == query.size() - 1;
            if (own.stream().noneMatch(w -> last ? w.startsWith(word) : w.equals(word))) {
                return false;
            }
        }
        return true;
    }

    /** The text whose words are indexed: name, Hub id and description. */
    private static String text(BrowseEntry e) {
        return e.label() + " " + (e.hfId() == null ? "" : e.hfId()) + " " + (e.description() == null ? "" : e.description());
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
    private BitSet matches(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> query = words(text);
        if (query.isEmpty()) {
            return null;
        }
        BitSet result = null;
        for (int q = 0; q < query.size(); q++) {
            String word = query.get(q);
            BitSet these = new BitSet();
            Collection<int[]> postings = q == query.size() - 1 ? words.subMap(word, true, word + Character.MAX_VALUE, false).values()
                    : List.of(words.getOrDefault(word, NONE));
            for (int[] ids : postings) {
                for (int id : ids) {
                    these.set(id);
                }
            }
            if (result == null) {
                result = these;
            } else {
                result.and(these);
            }
        }
        return result;
    }

    static List<String> words(String text) {
        return Arrays.stream(WORDS.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
