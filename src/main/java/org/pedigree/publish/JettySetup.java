package org.pedigree.publish;

import java.io.IOException;
import java.net.BindException;

import jakarta.servlet.Filter;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.FilterMapping;
import org.eclipse.jetty.ee11.servlet.ServletHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.pedigree.publish.edge.PortInUseException;

/**
 * What {@link PedigreeServerBuilder} does to the Jetty server Fuseki built, before it starts:
 * pooled response buffers, the port bound early, and the edge filter put before Fuseki's.
 */
final class JettySetup {
    /** The response buffer of pages, documents and the API: Jetty's default size, which its buffer pool reuses. */
    static final int RESPONSE_BUFFER_BYTES = 32 * 1024;

    private JettySetup() {}

    static void pooledBuffers(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            // Fuseki asks for 5 MB output buffers, larger than Jetty pools: every answer allocated and zeroed one.
            // SPARQL answers keep that size (EdgeFilter); pages and documents get Jetty's default, from its pool.
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
            }
        }
    }

    /** Opens the listening socket now, so the real port is known and a port in use fails early; close it if the build fails. */
    static ServerConnector bind(Server jetty, int port) {
        ServerConnector connector = (ServerConnector) jetty.getConnectors()[0];
        try {
            connector.open();
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new PortInUseException(port, e);
            }
            throw new IllegalStateException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        return connector;
    }

    /**
     * Puts {@code filter} before every other, Fuseki's too, where the first filter given to
     * Fuseki's builder would be: the edge filter is made only once the port is bound, since it
     * needs the site.
     */
    static void putFirst(ServletHandler handler, Filter filter) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setName("pedigree-edge");
        FilterMapping mapping = new FilterMapping();
        mapping.setFilterName(holder.getName());
        mapping.setPathSpec("/*");
        handler.prependFilter(holder);
        handler.prependFilterMapping(mapping);
    }
}
