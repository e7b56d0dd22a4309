package org.pedigree.publish.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pedigree.publish.view.Pages;

/**
 * The API described in OpenAPI 3.1 ({@code /api/openapi.json}, {@code /api/openapi.yaml}) and
 * readable at {@code /api/docs} with Swagger UI, which the jar carries (the
 * {@code org.webjars:swagger-ui} resources; nothing is loaded from a CDN).
 */
public final class ApiDocs {
    private static final String SWAGGER = "/META-INF/resources/webjars/swagger-ui/";
    /** The Swagger UI files the docs page loads. */
    private static final Map<String, String> FILES = Map.of("swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8");

    private final byte[] yaml;
    private final byte[] json;
    private final String swaggerVersion;
    private final Pages pages;

    public ApiDocs(Pages pages) {
        this.pages = pages;
        this.yaml = resource("/openapi/openapi.yaml");
        try {
            JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            this.json = new ObjectMapper().writeValueAsBytes(spec);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled OpenAPI document does not parse", e);
        }
        this.swaggerVersion = swaggerVersion();
    }

    public void json(Context ctx) {
        ctx.contentType("application/json").header("Cache-Control", "public, max-age=300").result(json);
    }

    public void yaml(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").header("Cache-Control", "public, max-age=300").result(yaml);
    }

    public void page(Context ctx) {
        ctx.html(pages.render("api-docs", Map.of()));
    }

    public void asset(Context ctx) {
        String file = ctx.pathParam("file");
        String type = FILES.get(file);
        if (type == null) {
            throw new NotFoundResponse("No such file.");
        }
        ctx.contentType(type).header("Cache-Control", "public, max-age=86400").result(resource(SWAGGER + swaggerVersion + "/" + file));
    }

    private static String swaggerVersion() {
        try (InputStream in = ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Swagger UI is missing from the class path (org.webjars:swagger-ui)", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
