package org.pedigree.publish.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import org.pedigree.publish.edge.SecurityHeaders;
import org.pedigree.publish.view.Pages;

/**
 * {@code GET /query}: the SPARQL editor. YASGUI (bundled in the jar, served from {@code /static})
 * takes over the page when scripts run; without them the page is a plain form that sends the
 * query to {@code /sparql}. Example queries for the four uses of lineage — licence compliance,
 * security impact, audit trail, reproducibility — come from {@code queries/examples/*.rq}.
 */
public final class QueryEditorPage {
    static final List<String> EXAMPLES = List.of("1-licence-compliance", "2-security-impact", "3-audit-trail", "4-reproducibility");

    /** An example: an id for the page, its title and explanation (its first two comment lines), and the query. */
    public record Example(String id, String title, String explanation, String query) {}

    private final Pages pages;
    private final List<Example> examples;

    public QueryEditorPage(Pages pages) {
        this.pages = pages;
        List<Example> loaded = new ArrayList<>();
        for (String name : EXAMPLES) {
            String text = read("/queries/examples/" + name + ".rq");
            String[] lines = text.split("\n", 3);
            loaded.add(new Example(name.substring(2), lines[0].replaceFirst("^#\\s*", ""), lines[1].replaceFirst("^#\\s*", ""),
                    lines[2].strip() + "\n"));
        }
        this.examples = List.copyOf(loaded);
    }

    List<Example> examples() {
        return examples;
    }

    /** {@code /query?query=…} opens the editor on that query (a page's "reproduce in SPARQL" link); else on an example. */
    public void handle(Context ctx) {
        String query = ctx.queryParam("query");
        if (query == null || query.isBlank() || query.length() > MAX_QUERY) {
            query = examples.get(1).query();
        }
        ctx.header("Content-Security-Policy", SecurityHeaders.CSP_EDITOR);
        ctx.html(pages.render("query", Map.of("examples", examples, "canonical", "/query", "stylesheet", "/static/yasgui.min.css",
                "query", query)));
    }

    /** The longest query a link may open the editor on. */
    static final int MAX_QUERY = 10_000;

    /** The link that opens the editor on {@code query}. */
    static String link(String query) {
        return "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static String read(String resource) {
        try (InputStream in = QueryEditorPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
