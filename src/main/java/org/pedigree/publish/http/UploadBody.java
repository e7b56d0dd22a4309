package org.pedigree.publish.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;

/** The body of a write request, read whole up to the upload limit: 413 beyond it, 415 without a media type. */
public final class UploadBody {
    private final long maxBytes;

    public UploadBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body as a record source named "request body", with its declared media type. */
    public RecordSource source(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            throw new HttpResponseException(415, "Declare the body's format with Content-Type: one of "
                    + String.join(", ", RecordReaders.mediaTypes()) + ".");
        }
        return new RecordSource("request body", bytes(ctx), type);
    }

    /** The raw bytes of the body. */
    public byte[] bytes(Context ctx) {
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponseException tooLarge() {
        return new HttpResponseException(413, "The body is larger than the limit of " + maxBytes
                + " bytes: split the records into several requests, or load them with `pedigree load` on the server's machine.");
    }
}
