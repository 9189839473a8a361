package dev.beyan.launcher;

import dev.beyan.extract.cli.AnalyzeCli;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ./beyan COMMAND}: the one entry point for running, loading and operating beyan on one machine. picocli
 * parses every command's options, refuses what a command does not take, and writes each command's help.
 */
@Command(name = "beyan", synopsisSubcommandLabel = "COMMAND",
        description = "Run, load and operate beyan on one machine.",
        footer = {"", "./beyan COMMAND --help shows a command's options; "
                + "source <(./beyan generate-completion) completes them in bash and zsh."})
public final class Beyan implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    private boolean help;

    @Spec
    private CommandSpec spec;

    private Beyan() {
    }

    public static void main(String[] argv) {
        System.exit(commandLine(Home.ofProject(), HttpClient.newHttpClient(), System.out, System.err, System.getenv())
                .execute(argv));
    }

    /** No command: the help, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return UserError.USAGE;
    }

    static CommandLine commandLine(Home home, HttpClient http, PrintStream out, PrintStream err,
                                   Map<String, String> env) {
        CommandLine cli = new CommandLine(new Beyan())
                .addSubcommand(new UpCommand(home, out, err))
                .addSubcommand(new DownCommand(home, out))
                .addSubcommand(new StatusCommand(home, out))
                .addSubcommand(new IngestCommand(home, http, env, out, err))
                .addSubcommand(new AnalyzeCli(out, err));
        for (String action : new String[] {"rebuild", "reanalyze"}) {
            cli.addSubcommand(action, new AdminCommand(action, home, http, env, out, err));
            cli.getSubcommands().get(action).getCommandSpec().usageMessage()
                    .description(AdminCommand.ACTIONS.get(action));
        }
        cli.addSubcommand(new TokenCommand(home, out))
                .addSubcommand(new BenchCommand(home, out))
                .addSubcommand(new HelpCommand())
                .addSubcommand(new GenerateCompletion());
        for (CommandLine command : cli.getSubcommands().values()) {
            CommandSpec commandSpec = command.getCommandSpec();
            if (commandSpec.findOption("--help") == null) {
                commandSpec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help")
                        .build());
            }
        }
        return cli.setDefaultValueProvider(new EnvironmentDefaults(env))
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setParameterExceptionHandler(usageError(err))
                .setExecutionExceptionHandler(userError(err));
    }

    /** A command line the command cannot take: what is wrong, a suggestion where one is close, where help is. */
    private static IParameterExceptionHandler usageError(PrintStream err) {
        return (e, args) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
            err.println("(./" + command + " --help shows its options)");
            return UserError.USAGE;
        };
    }

    /** A {@link UserError} is the user's to fix: its message alone, never a stack trace. */
    private static IExecutionExceptionHandler userError(PrintStream err) {
        return (e, command, parsed) -> {
            if (e instanceof UserError user) {
                err.println("beyan: " + user.getMessage());
                return user.exitCode();
            }
            throw e;
        };
    }
}
