package dev.beyan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackEnvTest {

    @Test
    void recordsTheAddressesAsShellAssignmentsAndReadsThemBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stack.env");
        StackAddresses addresses = new StackAddresses("http://localhost:8081", "http://localhost:8082",
                "http://localhost:8083", "jdbc:postgresql://localhost:5432/postgres", "postgres", "postgres",
                "127.0.0.1:9092");

        StackEnv.write(file, addresses);

        assertThat(Files.readString(file)).contains("INGEST_URL='http://localhost:8081'\n");
        assertThat(StackEnv.read(file)).isEqualTo(addresses.toEnv());
    }

    @Test
    void readsNothingWhenNoStackWroteTheFile(@TempDir Path dir) {
        assertThat(StackEnv.read(dir.resolve("stack.env"))).isEmpty();
    }

    @Test
    void saysHowToStartAStackWhenAnAddressIsMissing(@TempDir Path dir) {
        Home home = new Home(dir, dir.resolve(".beyan"));

        assertThatThrownBy(() -> StackEnv.address("NO_SUCH_URL_ANYWHERE", null, home))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("./beyan up --detach");
    }

    @Test
    void findsNoRunningStackWhenThePidFileIsMissingOrUnlocked(@TempDir Path dir) {
        Path pidFile = dir.resolve("launcher.pid");
        assertThat(StackLock.runningPid(pidFile)).isEmpty();

        StackLock.acquire(pidFile).close();

        assertThat(StackLock.runningPid(pidFile)).isEmpty();
    }
}
