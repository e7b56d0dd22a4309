package org.pedigree.publish.http;

import io.javalin.http.Context;
import org.pedigree.store.TokenStore;

/**
 * What every writing request passes first, in one place: the bearer token and its scope
 * ({@link BearerAuth}: 401 or 403) and, for a record write, one write from the token's bucket
 * ({@link WriteRateLimit}: 429 with {@code Retry-After}). A handler begins with
 * <pre>
 * TokenStore.Token token = gate.write(ctx, TokenStore.Scope.WRITE);
 * </pre>
 * and uses the token as the submitter of what it stores.
 */
public final class WriteGate {
    private final BearerAuth auth;
    private final WriteRateLimit rateLimit;

    public WriteGate(BearerAuth auth, WriteRateLimit rateLimit) {
        this.auth = auth;
        this.rateLimit = rateLimit;
    }

    /** A record write (create, replace, import, SPARQL Update, Graph Store, retire): the token, with {@code scope}, and one write of its limit. */
    public TokenStore.Token write(Context ctx, TokenStore.Scope scope) {
        TokenStore.Token token = auth.require(ctx, scope);
        rateLimit.take(token.name(), ctx);
        return token;
    }

    /**
     * Data management (an online backup, a compaction): an admin token. Not counted against the
     * write limit, which spreads record writes and does not meter an operator's maintenance.
     */
    public TokenStore.Token admin(Context ctx) {
        return auth.require(ctx, TokenStore.Scope.ADMIN);
    }
}
