package org.pedigree.publish.http;

import java.util.Optional;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What is answered from memory: a 304 for the ETag {@link HttpCaching} remembers for the request,
 * else the page or document {@link AnswerCache} keeps for it. A handler at Jetty's core, in front
 * of the servlets (the edge filter, Fuseki, Javalin), sends such an answer without the servlet
 * layer's request and response objects, which cost a 304 as much as everything else together;
 * anything else goes on to the servlets. The edge filter asks the same for the HEAD requests,
 * which it answers as GETs without a body.
 */
public final class KeptAnswers extends Handler.Wrapper {
    private final HttpCaching etags;
    private final AnswerCache pages;

    public KeptAnswers(Handler servlets, HttpCaching etags, AnswerCache pages) {
        super(servlets);
        this.etags = etags;
        this.pages = pages;
    }

    /** The answer kept for the request, if there is one. */
    public Optional<KeptReply> find(RequestView request) {
        Optional<KeptReply> notModified = etags.notModified(request);
        return notModified.isPresent() ? notModified : pages.kept(request);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if ("GET".equals(request.getMethod())) {
            Optional<KeptReply> kept = find(RequestView.of(request));
            if (kept.isPresent()) {
                kept.get().writeTo(response, callback);
                return true;
            }
        }
        return super.handle(request, response, callback);
    }
}
