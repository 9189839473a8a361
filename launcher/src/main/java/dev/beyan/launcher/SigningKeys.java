package dev.beyan.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The local stack's token signing key pair in {@code .beyan/jwt/}, made on first start and kept (so tokens handed
 * out stay valid across restarts): the services verify with {@code publicKey.pem}, {@code ./beyan token} signs
 * with {@code privateKey.pem}, which only its owner may read. Tokens are RS256 JWTs with the roles in
 * {@code groups}, as MicroProfile JWT reads them; the JDK signs them, so the launcher needs no JWT library.
 */
final class SigningKeys {
    static final String ISSUER = "beyan";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final Path publicKey;

    private SigningKeys(PrivateKey privateKey, Path publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The pair in {@code dir}, made there first if it is missing. */
    static SigningKeys ensure(Path dir) {
        Path privatePem = dir.resolve("privateKey.pem");
        Path publicPem = dir.resolve("publicKey.pem");
        try {
            if (!Files.isRegularFile(privatePem) || !Files.isRegularFile(publicPem)) {
                Files.createDirectories(dir);
                KeyPair pair = newPair();
                writeOwnerOnly(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            return new SigningKeys(readPrivate(privatePem), publicPem);
        } catch (IOException | GeneralSecurityException e) {
            throw new UserError("could not make or read the token signing keys in " + dir + ": " + e.getMessage());
        }
    }

    /** The pair in {@code dir}, which a stack must have made. */
    static SigningKeys existing(Path dir) {
        if (!Files.isRegularFile(dir.resolve("privateKey.pem"))) {
            throw new UserError("no signing key in " + dir + ": start the stack once with ./beyan up");
        }
        return ensure(dir);
    }

    Path publicKey() {
        return publicKey;
    }

    /** A token for {@code subject} holding {@code roles}, valid for {@code ttl} from {@code now}. */
    String sign(String subject, Set<String> roles, Duration ttl, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("groups", roles);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String content = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + URL.encodeToString(ReleaseJson.MAPPER.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey);
            rs256.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + URL.encodeToString(rs256.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    private static KeyPair newPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static PrivateKey readPrivate(Path pem) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Written owner-only from the start, so the key is never readable by others, not even for a moment. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }
}
