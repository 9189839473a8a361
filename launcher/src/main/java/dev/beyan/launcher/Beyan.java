package dev.beyan.launcher;

import dev.beyan.extract.cli.AnalyzeCli;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Set;

/** {@code ./beyan COMMAND}: the one entry point for running, loading and operating beyan on one machine. */
public final class Beyan {
    static final String USAGE = """
            usage: ./beyan COMMAND [OPTIONS]

              up [--detach] [--fresh]   start PostgreSQL, Kafka and the three services, load seeds/, print the
                                        addresses (also written to .beyan/stack.env); Ctrl-C stops everything.
                                        --detach: run in the background and return once ready
                                        --fresh:  start from empty data (otherwise data survives down and up)
                                        ports: --pg-port (5432) --kafka-port (9092) --ingest-port (8081)
                                        --entity-port (8082) --query-port (8083), or BEYAN_PG_PORT,
                                        BEYAN_KAFKA_PORT, BEYAN_INGEST_PORT, ...; 0 = any free port;
                                        --start-timeout SECONDS (BEYAN_START_TIMEOUT, 180) per service
              down                      stop the running stack
              status                    say whether a stack runs, and where
              ingest PATH... [--url U]  post release files and folders to ingest-service: *.txt in the seed
                                        format, *.json (one release), *.ndjson (one per line); U defaults to
                                        INGEST_URL, else the running stack's
              analyze FILE|DIR... [--out DIR]
                                        analyse files with the extractor, no server needed
              rebuild [--url U]         rebuild every read model from the event store (U: ENTITY_URL)
              reanalyze [--url U]       re-run the extractor on releases analysed by an older version
                                        ingest, rebuild and reanalyze send --token T, else BEYAN_TOKEN, else
                                        .beyan/token (roles ingest and admin, written by up)
              token --roles R[,R...] [--ttl 30d] [--subject NAME]
                                        print a token for another system, signed with the stack's key in
                                        .beyan/jwt/; roles: read, ingest, admin, editor; ttl in s, m, h or d
              help                      this text
            """;

    private Beyan() {
    }

    public static void main(String[] argv) {
        int code;
        try {
            code = run(List.of(argv), System.out, System.err);
        } catch (UserError e) {
            System.err.println("beyan: " + e.getMessage());
            code = e.exitCode();
        }
        System.exit(code);
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        if (argv.isEmpty()) {
            err.print(USAGE);
            return UserError.USAGE;
        }
        String command = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        Home home = Home.ofProject();
        HttpClient http = HttpClient.newHttpClient();
        switch (command) {
            case "up":
                return new UpCommand(home, rest, out, err).run();
            case "down":
                noArguments(command, rest);
                return new DownCommand(home, out).run();
            case "status":
                noArguments(command, rest);
                return new StatusCommand(home, out).run();
            case "ingest": {
                Args args = Args.parse(command, rest, Set.of(), Set.of("--url", "--token"));
                if (args.positionals().isEmpty()) {
                    throw UserError.usage("ingest: name at least one file or folder");
                }
                String url = StackEnv.address("INGEST_URL", args.option("--url"), home);
                List<ReleaseFile> files = ReleaseFiles.expand(args.positionals());
                IngestClient client = new IngestClient(url, http, ClientToken.find(args.option("--token"), System.getenv(), home));
                return new Ingester(client, out, err).ingest(files) ? 0 : UserError.FAILED;
            }
            case "analyze":
                AnalyzeCli.main(rest.toArray(String[]::new));
                return 0;
            case "rebuild":
            case "reanalyze": {
                Args args = Args.parse(command, rest, Set.of(), Set.of("--url", "--token"));
                noArguments(command, args.positionals());
                String url = StackEnv.address("ENTITY_URL", args.option("--url"), home);
                return new AdminCommand(command, url, http, ClientToken.find(args.option("--token"), System.getenv(), home),
                        out, err).run();
            }
            case "token":
                return new TokenCommand(home, rest, out).run();
            case "help":
            case "-h":
            case "--help":
                out.print(USAGE);
                return 0;
            default:
                throw UserError.usage("unknown command '" + command + "'");
        }
    }

    private static void noArguments(String command, List<String> rest) {
        if (!rest.isEmpty()) {
            throw UserError.usage(command + ": unexpected argument " + rest.get(0));
        }
    }
}
