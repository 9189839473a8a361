package dev.beyan.ingest.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real RS256 tokens through the real smallrye-jwt verifier, with no clock skew so that expiry is exact. */
class VerifiedTokensTest {
    private static final KeyPair KEYS = keyPair();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier(), 0);

    @Test
    void aValidTokenIsAcceptedAgainFromTheCache() throws Exception {
        String token = sign(Instant.now().plusSeconds(3600));
        assertThat(tokens.parse(token).getSubject()).isEqualTo("muhabir");
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.parse(token).getGroups()).containsExactly("ingest");
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void aTokenKeptBeforeItExpiredIsRefusedAfterwards() throws Exception {
        Instant expires = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 2);
        String token = sign(expires);
        tokens.parse(token);
        assertThat(tokens.size()).isEqualTo(1);
        Thread.sleep(Math.max(0, expires.toEpochMilli() - System.currentTimeMillis()) + 1_100);
        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTamperedTokenIsRefusedEvenWhenTheOriginalIsKept() throws Exception {
        String token = sign(Instant.now().plusSeconds(3600));
        tokens.parse(token);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8).replace("muhabir", "yonetici");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(UTF_8))
                + "." + parts[2];
        assertThatThrownBy(() -> tokens.parse(tampered)).isInstanceOf(ParseException.class);
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsNeverKept() {
        String token = sign(Instant.now().minusSeconds(5));
        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThat(tokens.size()).isZero();
    }

    private static DefaultJWTParser verifier() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(KEYS.getPublic(), "beyan");
        context.setClockSkew(0);
        return new DefaultJWTParser(context);
    }

    private static String sign(Instant expires) {
        return Jwt.issuer("beyan").subject("muhabir").groups(Set.of("ingest"))
                .issuedAt(expires.minusSeconds(3600)).expiresAt(expires).sign(KEYS.getPrivate());
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
