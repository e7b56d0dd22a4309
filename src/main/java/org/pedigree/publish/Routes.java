package org.pedigree.publish;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import org.pedigree.lineage.Catalogue;
import org.pedigree.store.LineageStore;

/**
 * Every route of the Javalin side of the server, in one place. SPARQL ({@code /sparql}) is not
 * here: Fuseki answers it before a request reaches Javalin (see {@link SparqlEndpoint}).
 */
final class Routes {
    private Routes() {}

    static Javalin create(Site site, LineageStore store) {
        Pages pages = new Pages(site);
        Catalogue catalogue = new Catalogue(store, site.iris().recordNamespace());
        HomePage home = new HomePage(catalogue, pages);
        ModelPage model = new ModelPage(site, catalogue, pages);
        HealthChecks health = new HealthChecks(store);
        StaticAssets assets = new StaticAssets();
        ErrorResponses errors = new ErrorResponses(pages);

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/", home::handle);
            config.routes.get("/healthz", health::alive);
            config.routes.get("/readyz", health::ready);
            config.routes.get("/model/{owner}/{name}", model::handle);
            config.routes.get("/static/{file}", assets::handle);
            config.routes.exception(HttpResponseException.class, errors::refused);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::noRoute);
        });
    }
}
