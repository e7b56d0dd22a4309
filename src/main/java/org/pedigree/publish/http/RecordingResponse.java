package org.pedigree.publish.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that sends everything as usual and keeps a copy of the body, up to a limit, for
 * {@link AnswerCache}: what went out (compressed or not) is what a hit sends again. Beyond the
 * limit the copy is dropped and {@link #body()} is null, so a large answer is sent but not kept.
 */
final class RecordingResponse extends HttpServletResponseWrapper {
    private final int limit;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private Tee out;
    private PrintWriter writer;

    RecordingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The bytes of the body sent, or null when it was larger than the limit. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return copy == null ? null : copy.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            out = new Tee(super.getOutputStream());
        }
        return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (copy == null) {
            return;
        }
        if (copy.size() + length > limit) {
            copy = null; // too large to keep: sent, not cached
            return;
        }
        copy.write(bytes, offset, length);
    }

    /** The real output stream, with a copy of each byte written. */
    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream real;

        Tee(ServletOutputStream real) {
            this.real = real;
        }

        @Override
        public void write(int b) throws IOException {
            real.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            real.write(b, off, len);
            keep(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            real.flush();
        }

        @Override
        public void close() throws IOException {
            real.close();
        }

        @Override
        public boolean isReady() {
            return real.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            real.setWriteListener(listener);
        }
    }
}
