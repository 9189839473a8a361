package dev.beyan.ingest.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token parser the bearer authentication uses: it verifies a token's RS256 signature once and keeps the
 * verified token, keyed by its exact text, until it expires. Verifying is about 50 µs of CPU a request
 * (docs/PERFORMANCE.md); smallrye-jwt keeps nothing between requests, and quarkus-oidc's token cache is for the
 * answers of introspection and UserInfo, not for locally verified JWTs.
 *
 * <p>A kept token is accepted only while the verifier itself would accept it: until its {@code exp} plus the
 * configured clock skew, as the verifier would. Its claims cannot change, since any other text is another key.
 * Out of scope: a signing key withdrawn while its tokens are kept. Here the key is a file read at start
 * ({@code mp.jwt.verify.publickey.location}), so withdrawing it means a restart, which empties this cache.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokens implements JWTParser {
    /** Enough for every client of a registry; about 1 KB each. When full, new tokens are verified every time. */
    static final int MAX_ENTRIES = 10_000;

    private final JWTParser verifier;
    private final long clockSkewSeconds;
    private final Map<String, Verified> kept = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo context) {
        this(verifier, context.getClockSkew());
    }

    VerifiedTokens(JWTParser verifier, long clockSkewSeconds) {
        this.verifier = verifier;
        this.clockSkewSeconds = clockSkewSeconds;
    }

    private record Verified(JsonWebToken token, long acceptedUntilEpochSecond) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = Instant.now().getEpochSecond();
        Verified known = kept.get(token);
        if (known != null) {
            if (now < known.acceptedUntilEpochSecond()) {
                return known.token();
            }
            kept.remove(token, known);
        }
        JsonWebToken verified = verifier.parse(token);
        keep(token, verified, now);
        return verified;
    }

    private void keep(String token, JsonWebToken verified, long now) {
        long acceptedUntil = verified.getExpirationTime() + clockSkewSeconds;
        if (verified.getExpirationTime() <= 0 || acceptedUntil <= now) {
            return;
        }
        if (kept.size() >= MAX_ENTRIES) {
            kept.values().removeIf(v -> v.acceptedUntilEpochSecond() <= now);
            if (kept.size() >= MAX_ENTRIES) {
                return;
            }
        }
        kept.put(token, new Verified(verified, acceptedUntil));
    }

    int size() {
        return kept.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
