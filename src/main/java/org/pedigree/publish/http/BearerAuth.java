package org.pedigree.publish.http;

import java.util.Locale;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.pedigree.store.TokenStore;

/**
 * Checks the {@code Authorization: Bearer TOKEN} of a write: 401 (with
 * {@code WWW-Authenticate}) without a valid token, 403 when its scope does not allow the write.
 */
public final class BearerAuth {
    private final TokenStore tokens;

    public BearerAuth(TokenStore tokens) {
        this.tokens = tokens;
    }

    TokenStore.Token require(Context ctx, TokenStore.Scope scope) {
        String header = ctx.header("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        TokenStore.Token token = presented == null || tokens == null ? null : tokens.verify(presented).orElse(null);
        if (token == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"pedigree\"");
            throw new HttpResponseException(401, presented == null
                    ? "Writing needs a token: send 'Authorization: Bearer TOKEN' (create one with `pedigree token create --name NAME`)."
                    : "The token is not valid (unknown, revoked or mistyped).");
        }
        if (!token.allows(scope)) {
            throw new HttpResponseException(403, "The token '" + token.name() + "' may not do this: it needs the "
                    + scope.name().toLowerCase(Locale.ROOT) + " scope.");
        }
        return token;
    }
}
