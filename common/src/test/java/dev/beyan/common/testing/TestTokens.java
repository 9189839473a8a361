package dev.beyan.common.testing;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * A real RS256 key pair made for this test JVM: its public half is written where the services under test read
 * it, and tokens are signed with its private half, as {@code ./beyan token} does with the stack's pair.
 */
public final class TestTokens {
    public static final String ISSUER = "beyan";
    private static KeyPair keys;
    private static KeyPair stranger;
    private static Path publicKey;

    private TestTokens() {
    }

    /** The PEM file of the public key; made on first use. */
    public static synchronized Path publicKeyFile() {
        if (publicKey == null) {
            keys = newKeyPair();
            try {
                publicKey = Files.createTempDirectory("beyan-jwt").resolve("publicKey.pem");
                Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKey;
    }

    /** A token for {@code subject} with {@code roles}, valid for an hour. */
    public static String of(String subject, String... roles) {
        publicKeyFile();
        return sign(subject, Set.of(roles), Instant.now().plusSeconds(3600), keys.getPrivate());
    }

    /** A token that expired a minute ago. */
    public static String expired(String subject, String... roles) {
        publicKeyFile();
        return sign(subject, Set.of(roles), Instant.now().minusSeconds(60), keys.getPrivate());
    }

    /** A well-formed token signed by a key the services do not know. */
    public static synchronized String signedByAStranger(String subject, String... roles) {
        if (stranger == null) {
            stranger = newKeyPair();
        }
        return sign(subject, Set.of(roles), Instant.now().plusSeconds(3600), stranger.getPrivate());
    }

    private static String sign(String subject, Set<String> roles, Instant expires, PrivateKey key) {
        return Jwt.issuer(ISSUER).subject(subject).groups(roles)
                .issuedAt(expires.minusSeconds(3600)).expiresAt(expires).sign(key);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
