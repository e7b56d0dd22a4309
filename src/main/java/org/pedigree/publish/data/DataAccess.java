package org.pedigree.publish.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import org.apache.jena.query.Query;
import org.pedigree.lineage.StoreOverview;
import org.pedigree.publish.http.Negotiation;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.pages.ThingResource;
import org.pedigree.publish.view.PagedDescription;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;
import org.unbescape.xml.XmlEscape;

/**
 * What harvesters and crawlers read: {@code /.well-known/void} (VoID, DCAT, service description),
 * the dumps {@code /dump/pedigree.nq.gz} and {@code /dump/pedigree.trig.gz} with their
 * {@code .sha256}, {@code /sitemap.xml} (an index of {@code /sitemap-N.xml} past
 * {@value #SITEMAP_SIZE} URLs) and {@code /robots.txt}, which points crawlers at the dumps and
 * away from {@code /sparql}.
 */
public final class DataAccess {
    static final int SITEMAP_SIZE = 50_000;

    private final Site site;
    private final LineageStore store;
    private final StoreOverview overview;
    private final Dumps dumps;
    private final ThingResource.HtmlPage page;

    public DataAccess(Site site, LineageStore store, StoreOverview overview, Dumps dumps, ThingResource.HtmlPage page) {
        this.site = site;
        this.store = store;
        this.overview = overview;
        this.dumps = dumps;
        this.page = page;
    }

    public void voidDescription(Context ctx) {
        var graph = DatasetDescription.of(site, overview.counts(),
                List.of(dumps.current(Dumps.Format.NQUADS), dumps.current(Dumps.Format.TRIG)));
        RdfFormat format = Negotiation.choose(ctx, List.of("text/turtle", "application/ld+json", "application/rdf+xml",
                        "application/n-triples", "text/html"))
                .map(RdfFormat::ofMediaType)
                .orElseThrow(() -> new HttpResponseException(406, "The dataset description is offered as " + String.join(", ", RdfFormat.mediaTypes(RdfFormat.THINGS)) + "."));
        if (format == RdfFormat.HTML) {
            String dataset = site.iris().voidDataset();
            page.render(ctx, dataset, PagedDescription.whole(site, dataset, graph));
        } else {
            ctx.contentType(format.contentType()).result(format.write(graph));
        }
    }

    public void dump(Context ctx) {
        String file = ctx.pathParam("file");
        boolean checksum = file.endsWith(".sha256");
        Dumps.Format format = Dumps.Format.ofFileName(checksum ? file.substring(0, file.length() - ".sha256".length()) : file);
        if (format == null) {
            throw new NotFoundResponse("The dumps are /dump/" + Dumps.Format.NQUADS.fileName + " and /dump/" + Dumps.Format.TRIG.fileName
                    + " (each with a .sha256).");
        }
        Dumps.Dump dump = dumps.current(format);
        if (checksum) {
            ctx.contentType("text/plain; charset=utf-8").result(dump.sha256() + "  " + format.fileName + "\n");
            return;
        }
        ctx.header("ETag", "\"" + dump.sha256() + "\"");
        if (("\"" + dump.sha256() + "\"").equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName + "\"");
        ctx.header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(dump.sha256())));
        try {
            ctx.contentType("application/gzip").result(Files.newInputStream(dump.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void sitemap(Context ctx) {
        long total = store.select(SparqlQueries.query("sitemap-count", Map.of("base", SparqlQueries.literal(site.baseUri()))), row -> row.getLiteral("n").getLong()).getFirst();
        if (total <= SITEMAP_SIZE) {
            urlset(ctx, 0);
            return;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (long page = 1; (page - 1) * SITEMAP_SIZE < total; page++) {
            xml.append("  <sitemap><loc>").append(XmlEscape.escapeXml10(site.iriOfPath("sitemap-" + page + ".xml"))).append("</loc></sitemap>\n");
        }
        ctx.contentType("application/xml; charset=utf-8").result(xml.append("</sitemapindex>\n").toString());
    }

    public void sitemapPage(Context ctx) {
        String n = ctx.pathParam("n");
        if (!n.matches("[1-9][0-9]{0,6}")) {
            throw new NotFoundResponse("No such sitemap.");
        }
        urlset(ctx, Integer.parseInt(n) - 1);
    }

    /** {@code /context.jsonld}: the JSON-LD context Pedigree's JSON-LD documents are compacted with. */
    public void jsonLdContext(Context ctx) {
        ctx.contentType("application/ld+json; charset=utf-8").result(RdfFormat.jsonLdContext());
    }

    public void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("""
                # Pedigree: please harvest the dumps rather than crawling page by page or querying /sparql.
                User-agent: *
                Disallow: /sparql
                Disallow: /api/
                Allow: /

                Sitemap: %s
                # Full dumps (gzip N-Quads and TriG, SHA-256 beside each): %s, %s
                # Dataset description (VoID, DCAT): %s
                """.formatted(site.iriOfPath("sitemap.xml"), site.iriOfPath("dump/" + Dumps.Format.NQUADS.fileName),
                site.iriOfPath("dump/" + Dumps.Format.TRIG.fileName), site.iris().voidDocument()));
    }

    private void urlset(Context ctx, int page) {
        Query q = SparqlQueries.query("sitemap", Map.of("base", SparqlQueries.literal(site.baseUri())));
        q.setOffset((long) page * SITEMAP_SIZE);
        q.setLimit(SITEMAP_SIZE);
        List<String> urls = store.select(q, row -> row.getResource("thing").getURI());
        if (urls.isEmpty() && page > 0) {
            throw new NotFoundResponse("No such sitemap page.");
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.forEach(url -> xml.append("  <url><loc>").append(XmlEscape.escapeXml10(url)).append("</loc></url>\n"));
        ctx.contentType("application/xml; charset=utf-8").result(xml.append("</urlset>\n").toString());
    }
}
