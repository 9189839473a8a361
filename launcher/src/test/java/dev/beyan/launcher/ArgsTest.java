package dev.beyan.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgsTest {
    private static final Set<String> SWITCHES = Set.of("--detach");
    private static final Set<String> OPTIONS = Set.of("--out", "--ingest-port");

    @Test
    void separatesSwitchesOptionsAndPositionals() {
        Args args = Args.parse("x", List.of("a", "--detach", "--out", "dir", "b", "--ingest-port=9000"), SWITCHES,
                OPTIONS);

        assertThat(args.has("--detach")).isTrue();
        assertThat(args.option("--out")).isEqualTo("dir");
        assertThat(args.option("--ingest-port")).isEqualTo("9000");
        assertThat(args.positionals()).containsExactly("a", "b");
    }

    @Test
    void refusesAnUnknownOptionAsAUsageError() {
        assertThatThrownBy(() -> Args.parse("up", List.of("--detatch"), SWITCHES, OPTIONS))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("unknown option --detatch")
                .extracting(e -> ((UserError) e).exitCode()).isEqualTo(UserError.USAGE);
    }

    @Test
    void refusesAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> Args.parse("analyze", List.of("f.txt", "--out"), SWITCHES, OPTIONS))
                .hasMessageContaining("--out needs a value");
    }

    @Test
    void takesPortsFromOptionsBeforeEnvironmentBeforeDefaults() {
        Args args = Args.parse("up", List.of("--ingest-port", "9001"), Set.of(), StackSettings.options());

        StackSettings settings = StackSettings.from(args, Map.of("BEYAN_INGEST_PORT", "9002", "BEYAN_QUERY_PORT", "9003"));

        assertThat(settings.port(Service.INGEST)).isEqualTo(9001);
        assertThat(settings.port(Service.QUERY)).isEqualTo(9003);
        assertThat(settings.port(Service.ENTITY)).isEqualTo(8082);
        assertThat(settings.postgresPort()).isEqualTo(5432);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
    }

    @Test
    void namesTheVariableThatHoldsABadPort() {
        Args none = Args.parse("up", List.of(), Set.of(), StackSettings.options());

        assertThatThrownBy(() -> StackSettings.from(none, Map.of("BEYAN_PG_PORT", "five")))
                .hasMessageContaining("BEYAN_PG_PORT: 'five'");
    }
}
