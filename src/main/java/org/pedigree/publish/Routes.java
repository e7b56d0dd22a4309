package org.pedigree.publish;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.time.Clock;

import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordConflict;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.lineage.Catalogue;
import org.pedigree.lineage.Descriptions;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.store.LineageStore;
import org.pedigree.store.StoreFullException;
import org.pedigree.store.TokenStore;
import org.pedigree.validate.LineageValidator;

/**
 * Every route of the Javalin side of the server, in one place. SPARQL ({@code /sparql}) is not
 * here: Fuseki answers it before a request reaches Javalin (see {@link SparqlEndpoint}).
 */
final class Routes {
    private Routes() {}

    static Javalin create(Site site, LineageStore store, TokenStore tokens, long maxUploadBytes, Clock clock, Path dumpDirectory,
                          int writesPerMinute) {
        Pages pages = new Pages(site);
        Knowledge knowledge = Knowledge.bundled();
        Catalogue catalogue = new Catalogue(store, site.iris().recordNamespace());
        RecordHistory history = new RecordHistory(store, site.iris());
        RecordWriter writer = new RecordWriter(store, LineageValidator.bundled(knowledge.merged()), site.iris(), clock);
        HomePage home = new HomePage(catalogue, pages);
        ThingPage thingPage = new ThingPage(site, pages);
        ThingResource things = new ThingResource(site, new Descriptions(store), new ModelPage(site, catalogue, pages),
                thingPage, knowledge.vocabulary());
        DataAccess data = new DataAccess(site, store, catalogue, new Dumps(store, dumpDirectory), thingPage);
        RecordPage record = new RecordPage(site, history, pages);
        HealthChecks health = new HealthChecks(store);
        StaticAssets assets = new StaticAssets();
        ErrorResponses errors = new ErrorResponses(pages);
        BearerAuth auth = new BearerAuth(tokens);
        RecordsApi records = new RecordsApi(site, new RecordReaders(site.iris(), knowledge), writer, history,
                auth, errors, maxUploadBytes, new WriteRateLimit(writesPerMinute));
        AdminApi admin = new AdminApi(store, auth);

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = maxUploadBytes;
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/", home::handle);
            config.routes.get("/healthz", health::alive);
            config.routes.get("/readyz", health::ready);
            config.routes.get("/model/{owner}/{name}", things::model);
            config.routes.get("/dataset/{owner}/{name}", things::dataset);
            config.routes.get("/activity/{id}", things::activity);
            config.routes.get("/agent/{id}", things::agent);
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
            config.routes.delete("/api/records/{id}", records::retire);
            config.routes.get("/api/records/{id}", records::info);
            config.routes.get("/api/records/{id}/history", records::history);
            config.routes.get("/api/admin/backup", admin::backup);
            config.routes.post("/api/admin/compact", admin::compact);
            config.routes.get("/static/{file}", assets::handle);
            config.routes.after(HttpCaching::apply);
            config.routes.exception(InputProblem.class, errors::badInput);
            config.routes.exception(RecordConflict.class, errors::conflict);
            config.routes.exception(StoreFullException.class, errors::storeFull);
            config.routes.exception(HttpResponseException.class, errors::refused);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::noRoute);
        });
    }
}
