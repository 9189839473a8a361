package dev.beyan.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCommandTest {

    @Test
    void mintsAnRs256TokenThatThePublicKeyVerifies(@TempDir Path data) throws Exception {
        Home home = new Home(data, data);
        SigningKeys.ensure(home.jwt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Beyan.commandLine(home, null, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of())
                .execute("token", "--roles", "read,ingest", "--ttl", "30d", "--subject", "newsroom-x");
        assertThat(code).isZero();

        String[] parts = out.toString(StandardCharsets.UTF_8).strip().split("\\.");
        assertThat(parts).hasSize(3);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey(home.jwt().resolve("publicKey.pem")));
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        JsonNode claims = ReleaseJson.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("iss").asText()).isEqualTo("beyan");
        assertThat(claims.get("sub").asText()).isEqualTo("newsroom-x");
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("read", "ingest");
        long ttl = claims.get("exp").asLong() - claims.get("iat").asLong();
        assertThat(ttl).isEqualTo(Duration.ofDays(30).toSeconds());
    }

    @Test
    void keepsTheKeyPairAndLetsOnlyItsOwnerReadThePrivateKey(@TempDir Path data) throws Exception {
        SigningKeys first = SigningKeys.ensure(data);
        String before = Files.readString(data.resolve("publicKey.pem"));
        SigningKeys.ensure(data);
        assertThat(Files.readString(data.resolve("publicKey.pem"))).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("privateKey.pem"))))
                .isEqualTo("rw-------");
        assertThat(first.sign("a", Set.of("admin"), Duration.ofMinutes(1), Instant.now())).isNotBlank();
    }

    @Test
    void refusesUnknownRolesBadLifetimesAndAMissingKey(@TempDir Path data) {
        assertThatThrownBy(() -> TokenCommand.roles("read,root")).hasMessageContaining("unknown role 'root'");
        assertThatThrownBy(() -> TokenCommand.roles(null)).hasMessageContaining("--roles is required");
        assertThatThrownBy(() -> TokenCommand.ttl("30 days")).hasMessageContaining("--ttl");
        assertThatThrownBy(() -> TokenCommand.ttl("0d")).hasMessageContaining("--ttl");
        assertThat(TokenCommand.ttl("12h")).isEqualTo(Duration.ofHours(12));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Beyan.commandLine(new Home(data, data), null, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).execute("token", "--roles", "read");
        assertThat(code).isEqualTo(UserError.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("./beyan up");
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
