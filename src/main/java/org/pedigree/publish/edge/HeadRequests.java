package org.pedigree.publish.edge;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * HEAD answered as GET without the body (RFC 9110 §9.3.2): the same status and headers — media
 * type, length, ETag, Link — for every page and representation, which Javalin's routes would
 * otherwise miss. Wraps a HEAD request so the routes see a GET, and the response so the body is
 * counted, not sent.
 */
final class HeadRequests {
    private HeadRequests() {}

    static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    static HttpServletResponse withoutBody(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            private final Counting out = new Counting();

            @Override
            public ServletOutputStream getOutputStream() {
                return out;
            }

            @Override
            public PrintWriter getWriter() {
                return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            }

            @Override
            public void flushBuffer() {
                if (!isCommitted() && getHeader("Content-Length") == null && out.count > 0) {
                    setContentLengthLong(out.count);
                }
            }
        };
    }

    /** Counts the bytes of a body that is not sent. */
    private static final class Counting extends ServletOutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                listener.onWritePossible();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
