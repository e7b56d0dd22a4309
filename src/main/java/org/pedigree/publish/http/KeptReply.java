package org.pedigree.publish.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * An answer sent from memory, without routing or rendering: a 304 for an ETag the client holds,
 * or a page kept by {@link AnswerCache}. Its status, its headers (besides those the edge gives
 * every answer, {@link #EDGE_HEADERS}) and its body (empty for a 304); written the same to a
 * servlet response and to a response at Jetty's core.
 */
public record KeptReply(int status, List<Header> headers, byte[] body) {
    /** A header's name and one of its values. */
    public record Header(String name, String value) {}

    /** What the edge adds to every answer, before anything else: CORS for reads by any origin. */
    public static final List<Header> EDGE_HEADERS = List.of(new Header("Access-Control-Allow-Origin", "*"),
            new Header("Access-Control-Expose-Headers", "ETag, Link, Content-Location, Location, Retry-After"));

    private static final byte[] NONE = new byte[0];

    static KeptReply notModified(List<Header> headers) {
        return new KeptReply(304, headers, NONE);
    }

    /** Writes the reply to a servlet response, the edge's headers included. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        for (Header h : EDGE_HEADERS) {
            response.setHeader(h.name(), h.value());
        }
        for (Header h : headers) {
            response.addHeader(h.name(), h.value());
        }
        if (status != 304) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** Writes the reply to a response at Jetty's core, the edge's headers included; completes {@code callback}. */
    public void writeTo(Response response, Callback callback) {
        response.setStatus(status);
        var fields = response.getHeaders();
        for (Header h : EDGE_HEADERS) {
            fields.put(h.name(), h.value());
        }
        for (Header h : headers) {
            fields.add(h.name(), h.value());
        }
        if (status == 304) {
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
        } else {
            fields.put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }
}
