package org.pedigree.publish.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.pedigree.lineage.browse.BrowseCatalogue;
import org.pedigree.lineage.browse.BrowseEntry;
import org.pedigree.lineage.browse.BrowseIndex;
import org.pedigree.publish.http.QueryParams;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.Pages;

/**
 * {@code GET /models} and {@code GET /datasets}: the lists with full-text search, facets and
 * pages, all plain links and a GET form (no script needed); and {@code GET /models/suggest?q=},
 * {@code /datasets/suggest?q=}: names for the search box as you type (JSON, used by
 * {@code /static/suggest.js}).
 */
public final class BrowsePage {
    static final int PAGE_SIZE = 50;
    static final int VALUES_SHOWN = 12;
    static final int SUGGESTIONS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A facet value on the page: words, count, the link that applies it, and whether it is applied
     * ({@code "true"} for {@code aria-current}, else null). Beans, like the rows, for the reason
     * {@link org.pedigree.publish.view.Anchor} gives.
     */
    public static final class FacetValue {
        private final String text;
        private final int count;
        private final String href;
        private final String current;

        FacetValue(String text, int count, String href, boolean active) {
            this.text = text;
            this.count = count;
            this.href = href;
            this.current = active ? "true" : null;
        }

        public String getText() {
            return text;
        }

        public int getCount() {
            return count;
        }

        public String getHref() {
            return href;
        }

        public String getCurrent() {
            return current;
        }
    }

    /** A facet with its values, and the link that removes its filter when one is applied. */
    public record FacetView(String parameter, String words, List<FacetValue> values, int more, String clear) {}

    /**
     * One row of the list, every value ready to show: the Hub id only when it differs from the
     * label, the advisory status only when there is one.
     */
    public static final class Row {
        private final String href;
        private final String label;
        private final String otherId;
        private final String description;
        private final List<String> kinds;
        private final List<String> licences;
        private final List<String> restrictions;
        private final String advisory;

        Row(String href, String label, String hfId, String description, List<String> kinds, List<String> licences,
            List<String> restrictions, String advisory) {
            this.href = href;
            this.label = label;
            this.otherId = hfId == null || hfId.equals(label) ? null : hfId;
            this.description = description;
            this.kinds = kinds;
            this.licences = licences;
            this.restrictions = restrictions;
            this.advisory = "none".equals(advisory) ? null : advisory;
        }

        public String getHref() {
            return href;
        }

        public String getLabel() {
            return label;
        }

        /** The Hub id when it is not the label already shown, else null. */
        public String getOtherId() {
            return otherId;
        }

        public String getDescription() {
            return description;
        }

        public List<String> getKinds() {
            return kinds;
        }

        public List<String> getLicences() {
            return licences;
        }

        public List<String> getRestrictions() {
            return restrictions;
        }

        /** The advisory status ({@code affected}, {@code under_investigation} …), or null when none reaches the model. */
        public String getAdvisory() {
            return advisory;
        }

        /** The advisory status in words. */
        public String getAdvisoryWords() {
            return advisory == null ? null : advisory.replace('_', ' ');
        }
    }

    private final Site site;
    private final BrowseCatalogue catalogue;
    private final Pages pages;

    public BrowsePage(Site site, BrowseCatalogue catalogue, Pages pages) {
        this.site = site;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    public void models(Context ctx) {
        render(ctx, "models", catalogue.snapshot().models(), List.of(BrowseIndex.Facet.values()));
    }

    public void datasets(Context ctx) {
        render(ctx, "datasets", catalogue.snapshot().datasets(), List.of(BrowseIndex.Facet.LICENCE));
    }

    public void suggestModels(Context ctx) {
        suggest(ctx, catalogue.snapshot().models());
    }

    public void suggestDatasets(Context ctx) {
        suggest(ctx, catalogue.snapshot().datasets());
    }

    private void suggest(Context ctx, BrowseIndex index) {
        String q = ctx.queryParam("q");
        List<Map<String, String>> found = new ArrayList<>();
        if (q != null && q.length() <= 200) {
            for (BrowseEntry e : index.suggest(q, SUGGESTIONS)) {
                Map<String, String> s = new LinkedHashMap<>();
                s.put("label", e.label());
                if (e.hfId() != null) {
                    s.put("id", e.hfId());
                }
                s.put("href", site.href(e.iri()));
                found.add(s);
            }
        }
        try {
            ctx.contentType("application/json").header("Cache-Control", "no-cache").result(JSON.writeValueAsString(found));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void render(Context ctx, String collection, BrowseIndex index, List<BrowseIndex.Facet> offered) {
        Map<String, String> labels = catalogue.snapshot().labels();
        String q = trimmed(ctx.queryParam("q"));
        Map<BrowseIndex.Facet, String> filters = new EnumMap<>(BrowseIndex.Facet.class);
        for (BrowseIndex.Facet f : offered) {
            String value = trimmed(ctx.queryParam(f.parameter));
            if (value != null) {
                filters.put(f, f == BrowseIndex.Facet.BASE && value.startsWith("/") ? site.iriOfPath(value) : value);
            }
        }
        int page = QueryParams.clamped(ctx, "page", 1, 1, 1_000_000);
        BrowseIndex.Result result = index.search(new BrowseIndex.Query(q, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        int pageCount = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);

        List<FacetView> facets = new ArrayList<>();
        for (BrowseIndex.Facet f : offered) {
            List<BrowseIndex.Count> counts = result.facets().get(f);
            List<FacetValue> values = new ArrayList<>();
            for (int i = 0; i < counts.size() && i < VALUES_SHOWN; i++) {
                BrowseIndex.Count c = counts.get(i);
                boolean active = c.value().equals(filters.get(f));
                Map<BrowseIndex.Facet, String> with = new EnumMap<>(filters);
                with.put(f, c.value());
                values.add(new FacetValue(words(f, c.value(), labels), c.count(), link(collection, q, with, 1), active));
            }
            String clear = null;
            if (filters.containsKey(f)) {
                Map<BrowseIndex.Facet, String> without = new EnumMap<>(filters);
                without.remove(f);
                clear = link(collection, q, without, 1);
            }
            facets.add(new FacetView(f.parameter, f.words, values, Math.max(0, counts.size() - VALUES_SHOWN), clear));
        }
        List<Map<String, String>> applied = new ArrayList<>();
        filters.forEach((f, v) -> {
            Map<BrowseIndex.Facet, String> without = new EnumMap<>(filters);
            without.remove(f);
            applied.add(Map.of("facet", f.words, "value", words(f, v, labels), "remove", link(collection, q, without, 1)));
        });
        List<Map<String, String>> hidden = new ArrayList<>();
        filters.forEach((f, v) -> hidden.add(Map.of("name", f.parameter, "value", f == BrowseIndex.Facet.BASE ? site.href(v) : v)));

        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("collection", collection);
        variables.put("title", collection.equals("models") ? "Models" : "Datasets");
        variables.put("q", q == null ? "" : q);
        variables.put("rows", result.page().stream().map(e -> row(e, labels)).toList());
        variables.put("total", result.total());
        variables.put("all", index.size());
        variables.put("facets", facets);
        variables.put("applied", applied);
        variables.put("hidden", hidden);
        variables.put("page", page);
        variables.put("pages", pageCount);
        variables.put("first", (page - 1) * PAGE_SIZE + 1);
        variables.put("previous", page > 1 ? link(collection, q, filters, page - 1) : null);
        variables.put("next", page < pageCount ? link(collection, q, filters, page + 1) : null);
        variables.put("canonical", "/" + collection);
        ctx.html(pages.render("browse", variables));
    }

    private Row row(BrowseEntry e, Map<String, String> labels) {
        String description = e.description();
        if (description != null && description.length() > 240) {
            description = description.substring(0, 239) + "…";
        }
        return new Row(site.href(e.iri()), e.label(), e.hfId(), description, e.kinds(),
                e.licences().stream().map(l -> labels.getOrDefault(l, l)).toList(),
                e.restrictions().stream().map(r -> ModelPage.RESTRICTIONS.getOrDefault(r, r)).toList(), e.advisory());
    }

    private static String words(BrowseIndex.Facet f, String value, Map<String, String> labels) {
        return switch (f) {
            case BASE, LICENCE -> labels.getOrDefault(value, value);
            case RESTRICTION -> ModelPage.RESTRICTIONS.getOrDefault(value, value);
            case ADVISORY -> value.replace('_', ' ');
            case KIND -> value;
        };
    }

    private String link(String collection, String q, Map<BrowseIndex.Facet, String> filters, int page) {
        StringBuilder href = new StringBuilder("/").append(collection);
        char sep = '?';
        if (q != null) {
            href.append(sep).append("q=").append(encode(q));
            sep = '&';
        }
        for (Map.Entry<BrowseIndex.Facet, String> f : filters.entrySet()) {
            String value = f.getKey() == BrowseIndex.Facet.BASE ? site.href(f.getValue()) : f.getValue();
            href.append(sep).append(f.getKey().parameter).append('=').append(encode(value));
            sep = '&';
        }
        if (page > 1) {
            href.append(sep).append("page=").append(page);
        }
        return href.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
