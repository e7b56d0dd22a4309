package org.pedigree.publish;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import org.pedigree.Pedigree;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.SparqlUpdateRecords;
import org.pedigree.lineage.Catalogue;
import org.pedigree.lineage.LineageService;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.lineage.browse.BrowseCatalogue;
import org.pedigree.model.PedigreeProblem;
import org.pedigree.publish.api.AdminApi;
import org.pedigree.publish.api.ApiDocs;
import org.pedigree.publish.api.ExportApi;
import org.pedigree.publish.api.Importers;
import org.pedigree.publish.api.LineageApi;
import org.pedigree.publish.api.RecordsApi;
import org.pedigree.publish.api.SparqlWrites;
import org.pedigree.publish.api.WriteResults;
import org.pedigree.publish.data.DataAccess;
import org.pedigree.publish.data.Dumps;
import org.pedigree.publish.data.HealthChecks;
import org.pedigree.publish.data.StaticAssets;
import org.pedigree.publish.edge.SecurityHeaders;
import org.pedigree.publish.edge.SparqlEndpoint;
import org.pedigree.publish.http.BearerAuth;
import org.pedigree.publish.http.HttpCaching;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.http.UploadBody;
import org.pedigree.publish.http.WriteGate;
import org.pedigree.publish.http.WriteRateLimit;
import org.pedigree.publish.pages.BrowsePage;
import org.pedigree.publish.pages.CounterExamples;
import org.pedigree.publish.pages.DictionaryPage;
import org.pedigree.publish.pages.FamilyTreeLayout;
import org.pedigree.publish.pages.HomePage;
import org.pedigree.publish.pages.LineagePicture;
import org.pedigree.publish.pages.ModelPage;
import org.pedigree.publish.pages.QueryEditorPage;
import org.pedigree.publish.pages.RecordPage;
import org.pedigree.publish.pages.TermPage;
import org.pedigree.publish.pages.ThingPage;
import org.pedigree.publish.pages.ThingResource;
import org.pedigree.publish.view.ErrorResponses;
import org.pedigree.publish.view.Pages;
import org.pedigree.store.LineageStore;
import org.pedigree.store.TokenStore;

/**
 * Every route of the Javalin side of the server, in one place. SPARQL queries ({@code /sparql})
 * are not here: Fuseki answers them before a request reaches Javalin (see {@link SparqlEndpoint});
 * {@link EdgeFilter} sends SPARQL Update and the Graph Store Protocol here ({@link SparqlWrites}).
 * The application's services come from {@link Pedigree}; only the web's objects (pages, handlers,
 * the HTTP helpers) are made here.
 */
final class Routes {
    private Routes() {}

    /**
     * The version of what the answer at {@code path} reads besides the store, which the page cache
     * keeps answers by: the lists read the browse index and the home page and VoID the record
     * counts, both made again in the background after a write (a minute or more at a million models), so
     * their version is the store generation they were made at; other answers read the lineage
     * index, which a write brings up to date after its commit and before it is answered (1 when it
     * is current, 0 in between, when a page shows the lineage of before the write).
     */
    static long derivedVersion(Pedigree app, String path) {
        if (path.startsWith("/models") || path.startsWith("/datasets")) {
            return app.browse().version();
        }
        if (path.equals("/") || path.equals("/.well-known/void")) {
            return app.catalogue().countsVersion();
        }
        return app.lineage().current() ? 1 : 0;
    }

    /** @param settings with the dump directory decided (not null) */
    static Javalin create(Pedigree app, Site site, HttpCaching caching, TokenStore tokens, ServerSettings settings) {
        LineageStore store = app.store();
        BrowseCatalogue browseCatalogue = app.browse();
        LineageService lineage = app.lineage();
        Knowledge knowledge = app.knowledge();
        Catalogue catalogue = app.catalogue();
        RecordHistory history = app.history();
        RecordReaders readers = app.readers();
        RecordWriter writer = app.writer();
        Pages pages = new Pages(site);
        LineageApi lineageApi = new LineageApi(site, lineage);
        ApiDocs apiDocs = new ApiDocs(pages);
        HomePage home = new HomePage(site, app.overview(), pages);
        BrowsePage browse = new BrowsePage(site, browseCatalogue, pages);
        TermPage termPage = new TermPage(site, knowledge.merged(), new CounterExamples(knowledge.merged(), site.baseUri()), browseCatalogue, pages);
        DictionaryPage dictionary = new DictionaryPage(site, knowledge.merged(), pages);
        QueryEditorPage editor = new QueryEditorPage(pages);
        ThingPage thingPage = new ThingPage(site, pages);
        LineagePicture picture = new LineagePicture(site, lineage, new FamilyTreeLayout(site, lineage));
        ThingResource things = new ThingResource(site, app.descriptions(), new ModelPage(site, catalogue, lineage, history, picture, pages),
                thingPage, termPage, knowledge.vocabulary());
        DataAccess data = new DataAccess(site, store, app.overview(), new Dumps(store, settings.dumpDirectory()), thingPage);
        RecordPage record = new RecordPage(site, history, pages);
        HealthChecks health = new HealthChecks(store, lineage);
        ExportApi exports = new ExportApi(site, app.exporter());
        StaticAssets assets = new StaticAssets();
        ErrorResponses errors = new ErrorResponses(pages);
        BearerAuth auth = new BearerAuth(tokens);
        WriteRateLimit rateLimit = new WriteRateLimit(settings.writesPerMinute());
        WriteGate gate = new WriteGate(auth, rateLimit);
        UploadBody upload = new UploadBody(settings.uploadLimit());
        WriteResults results = new WriteResults(site, errors);
        RecordsApi records = new RecordsApi(site, readers, writer, history, gate, upload, results,
                new Importers(site.iris(), knowledge, readers, catalogue));
        SparqlWrites sparqlWrites = new SparqlWrites(site, store, readers, writer, new SparqlUpdateRecords(site.iris(), settings.queryTimeout()),
                gate, upload, results, records);
        AdminApi admin = new AdminApi(store, gate);

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = settings.uploadLimit();
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(caching::rendering);
            config.routes.get("/", home::handle);
            config.routes.get("/healthz", health::alive);
            config.routes.get("/readyz", health::ready);
            config.routes.get("/models", browse::models);
            config.routes.get("/models/suggest", browse::suggestModels);
            config.routes.get("/datasets", browse::datasets);
            config.routes.get("/datasets/suggest", browse::suggestDatasets);
            config.routes.get("/model/{owner}/{name}", things::model);
            config.routes.get("/model/{owner}/{name}/lineage.svg", picture::handle);
            config.routes.get("/dataset/{owner}/{name}", things::dataset);
            config.routes.get("/activity/{id}", things::activity);
            config.routes.get("/agent/{id}", things::agent);
            config.routes.get("/dictionary", dictionary::handle);
            config.routes.get("/query", editor::handle);
            config.routes.get("/term/{slug}", things::vocabulary);
            config.routes.get("/kind/{slug}", things::vocabulary);
            config.routes.get("/role/{slug}", things::vocabulary);
            config.routes.get("/licence/{slug}", things::vocabulary);
            config.routes.get("/.well-known/void", data::voidDescription);
            config.routes.get("/dump/{file}", data::dump);
            config.routes.get("/sitemap.xml", data::sitemap);
            config.routes.get("/sitemap-{n}.xml", data::sitemapPage);
            config.routes.get("/robots.txt", data::robots);
            config.routes.get("/context.jsonld", data::jsonLdContext);
            config.routes.get("/ontology", things::ontology);
            for (RdfFormat format : RdfFormat.THINGS) {
                config.routes.get("/ontology." + format.extension, things::ontology);
            }
            config.routes.get("/record/{id}", record::current);
            config.routes.get("/record/{id}/v/{n}", record::version);
            config.routes.post("/api/records", records::create);
            config.routes.put("/api/records/{id}", records::replace);
            config.routes.post("/api/import/{format}", records::importDocument);
            config.routes.delete("/api/records/{id}", records::retire);
            config.routes.get("/api/records/{id}", records::info);
            config.routes.get("/api/records/{id}/history", records::history);
            config.routes.get("/api/models/{owner}/{name}/trace", lineageApi::trace);
            config.routes.get("/api/models/{owner}/{name}/descendants", lineageApi::descendants);
            config.routes.get("/api/models/{owner}/{name}/impact", lineageApi::impact);
            config.routes.get("/api/datasets/{owner}/{name}/impact", lineageApi::impact);
            config.routes.get("/api/models/{owner}/{name}/licence", lineageApi::licence);
            config.routes.get("/api/models/{owner}/{name}/advisories", lineageApi::advisories);
            config.routes.get("/api/models/{owner}/{name}/completeness", lineageApi::completeness);
            config.routes.get("/api/lineage/common-ancestor", lineageApi::commonAncestor);
            config.routes.get("/api/lineage/diff", lineageApi::diff);
            config.routes.get("/api/openapi.json", apiDocs::json);
            config.routes.get("/api/openapi.yaml", apiDocs::yaml);
            config.routes.get("/api/docs", apiDocs::page);
            config.routes.get("/api/docs/{file}", apiDocs::asset);
            config.routes.get("/api/models/{owner}/{name}/export", exports::export);
            config.routes.get("/api/admin/backup", admin::backup);
            config.routes.post("/api/admin/compact", admin::compact);
            config.routes.get("/static/{file}", assets::handle);
            config.routes.get("/favicon.ico", assets::favicon);
            // Reached only through EdgeFilter, for the requests of /sparql that write or use ?graph=.
            config.routes.post(SparqlEndpoint.PATH, sparqlWrites::post);
            config.routes.get(SparqlEndpoint.PATH, sparqlWrites::graphStore);
            config.routes.put(SparqlEndpoint.PATH, sparqlWrites::graphStore);
            config.routes.delete(SparqlEndpoint.PATH, sparqlWrites::graphStore);
            config.routes.after(caching::apply);
            config.routes.exception(PedigreeProblem.class, errors::problem);
            config.routes.exception(HttpResponseException.class, errors::refused);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::noRoute);
        });
    }
}
