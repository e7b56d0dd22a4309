package org.pedigree.publish.edge;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;

/**
 * One line per request (pages, API and SPARQL alike), written by Jetty to the SLF4J logger
 * {@code pedigree.access}: client, request line, status, bytes, milliseconds, user agent.
 */
public final class AccessLog {
    static final String LOGGER = "pedigree.access";
    private static final String FORMAT = "%{client}a \"%r\" %s %O %{ms}Tms \"%{User-Agent}i\"";

    private AccessLog() {}

    public static RequestLog create() {
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(LOGGER);
        return new CustomRequestLog(writer, FORMAT);
    }
}
