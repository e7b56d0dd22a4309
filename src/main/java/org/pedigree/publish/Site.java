package org.pedigree.publish;

import java.net.URI;

/**
 * The one place where instance IRIs and the URLs of pages are minted. Instance IRIs are the
 * configured base URI plus the contract's path ({@code model/{owner}/{name}} …); a page links to
 * a thing of this site with a root-relative path, and to anything else with its full IRI.
 */
public final class Site {
    private final String base;

    /** @param baseUri an absolute http(s) URI; a missing final slash is added */
    public Site(String baseUri) {
        URI uri = URI.create(baseUri);
        if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("the base URI must be an absolute http or https URI, not '" + baseUri + "'");
        }
        this.base = baseUri.endsWith("/") ? baseUri : baseUri + "/";
    }

    /** The base URI, always ending with a slash. */
    public String baseUri() {
        return base;
    }

    public String modelIri(String owner, String name) {
        return base + "model/" + owner + "/" + name;
    }

    /** The IRI prefix of every record (named graph) of this site. */
    public String recordNamespace() {
        return base + "record/";
    }

    /** The IRI named by a request path of this server ({@code /model/a/b} → base + {@code model/a/b}). */
    public String iriOfPath(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** True when the IRI is minted by this site. */
    public boolean isLocal(String iri) {
        return iri != null && iri.startsWith(base);
    }

    /** Where a page links to show {@code iri}: a root-relative path for local things, else the IRI. */
    public String href(String iri) {
        return isLocal(iri) ? "/" + iri.substring(base.length()) : iri;
    }
}
