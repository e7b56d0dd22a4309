package org.pedigree.publish.view;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 9457 problem documents ({@code application/problem+json}), written in this one place: by
 * {@link ErrorResponses} for the Javalin side ({@link #write(Context, HttpStatus, String, Map)})
 * and by {@link EdgeFilter}, which answers before Javalin, on the servlet response
 * ({@link #write(HttpServletResponse, HttpStatus, String, String)}). Whether a problem goes out as
 * this document or as an HTML page is {@link ErrorResponses}' choice.
 */
public final class Problems {
    static final String MEDIA_TYPE = "application/problem+json";

    /** Javalin's own default mapper, so a document written on the servlet response reads as one written by {@code ctx.json}. */
    private static final ObjectMapper JSON = JavalinJackson.defaultMapper();

    private Problems() {}

    /** Answers a Javalin request with the problem; {@code extras} are further members of the document. */
    public static void write(Context ctx, HttpStatus status, String detail, Map<String, Object> extras) {
        ctx.status(status);
        ctx.json(document(status, detail, ctx.path(), extras)).contentType(MEDIA_TYPE);
    }

    /** Answers on the servlet response, for a request that never reaches Javalin. */
    public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance) throws IOException {
        response.setStatus(status.getCode());
        response.setContentType(MEDIA_TYPE);
        response.getOutputStream().write(JSON.writeValueAsBytes(document(status, detail, instance, Map.of())));
    }

    private static Map<String, Object> document(HttpStatus status, String detail, String instance, Map<String, Object> extras) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getMessage());
        problem.put("status", status.getCode());
        problem.put("detail", detail);
        problem.put("instance", instance);
        problem.putAll(extras);
        return problem;
    }
}
