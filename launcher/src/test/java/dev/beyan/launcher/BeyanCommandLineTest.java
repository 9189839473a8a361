package dev.beyan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code ./beyan} reads its command line: options, their variables and defaults, refusals and help. */
class BeyanCommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandLine cli(Path dir, Map<String, String> env) {
        return Beyan.commandLine(new Home(dir, dir.resolve(".beyan")), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
    }

    private StackSettings upSettings(Path dir, Map<String, String> env, String... args) {
        CommandLine cli = cli(dir, env);
        cli.parseArgs(args);
        return ((UpCommand) cli.getSubcommands().get("up").getCommand()).settings();
    }

    @Test
    void takesPortsFromOptionsBeforeEnvironmentBeforeDefaults(@TempDir Path dir) {
        StackSettings settings = upSettings(dir, Map.of("BEYAN_INGEST_PORT", "9002", "BEYAN_QUERY_PORT", "9003"),
                "up", "--ingest-port", "9001", "--start-timeout=60");

        assertThat(settings.port(Service.INGEST)).isEqualTo(9001);
        assertThat(settings.port(Service.QUERY)).isEqualTo(9003);
        assertThat(settings.port(Service.ENTITY)).isEqualTo(8082);
        assertThat(settings.postgresPort()).isEqualTo(5432);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.startTimeout().toSeconds()).isEqualTo(60);
    }

    @Test
    void refusesABadPortFromTheEnvironmentAsAUsageErrorNamingTheOption(@TempDir Path dir) {
        int code = cli(dir, Map.of("BEYAN_PG_PORT", "five")).execute("up");

        assertThat(code).isEqualTo(UserError.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pg-port", "'five' is not a non-negative whole number");
    }

    @Test
    void refusesAPortAbove65535(@TempDir Path dir) {
        assertThat(cli(dir, Map.of()).execute("up", "--query-port", "70000")).isEqualTo(UserError.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'70000' is not a port number");
    }

    @Test
    void refusesAnUnknownOptionWithASuggestion(@TempDir Path dir) {
        assertThat(cli(dir, Map.of()).execute("up", "--detatch")).isEqualTo(UserError.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("beyan up: Unknown option: '--detatch'",
                "--detach", "./beyan up --help");
    }

    @Test
    void refusesAnOptionWithoutItsValueAndACommandWithoutItsArguments(@TempDir Path dir) {
        assertThat(cli(dir, Map.of()).execute("analyze", "f.txt", "--out")).isEqualTo(UserError.USAGE);
        assertThat(cli(dir, Map.of()).execute("ingest")).isEqualTo(UserError.USAGE);
        assertThat(cli(dir, Map.of()).execute("down", "now")).isEqualTo(UserError.USAGE);
        assertThat(cli(dir, Map.of()).execute("token")).isEqualTo(UserError.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required option: '--roles=R[,R...]'");
    }

    @Test
    void printsTheHelpOfEveryCommand(@TempDir Path dir) {
        assertThat(cli(dir, Map.of()).execute("--help")).isZero();
        assertThat(cli(dir, Map.of()).execute("help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[] {"up", "down", "status", "ingest", "analyze", "rebuild", "reanalyze",
                "token", "help", "generate-completion"}) {
            assertThat(help).contains(command);
            assertThat(cli(dir, Map.of()).execute(command, "--help")).as(command).isZero();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--pg-port=PORT", "BEYAN_PG_PORT; 5432",
                "--roles=R[,R...]", "--out=DIR", "--url=U");
    }

    @Test
    void printsTheHelpAsAUsageErrorWithoutACommand(@TempDir Path dir) {
        assertThat(cli(dir, Map.of()).execute()).isEqualTo(UserError.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: beyan", "COMMAND");
    }

    @Test
    void writesACompletionScript(@TempDir Path dir) {
        assertThat(cli(dir, Map.of()).execute("generate-completion")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("complete", "--ingest-port");
    }
}
