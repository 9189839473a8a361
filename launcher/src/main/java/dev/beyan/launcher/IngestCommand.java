package dev.beyan.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ingest PATH...}: posts release files and folders to ingest-service, one request per release. */
@Command(name = "ingest", description = "Post release files and folders to ingest-service: *.txt in the seed "
        + "format, *.json (one release), *.ndjson (one per line). Exit status 1 when any was refused.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "release files and folders")
    private List<String> paths;

    @Mixin
    private ClientOptions client;

    private final Home home;
    private final HttpClient http;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    IngestCommand(Home home, HttpClient http, Map<String, String> env, PrintStream out, PrintStream err) {
        this.home = home;
        this.http = http;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String url = client.url("INGEST_URL", home);
        List<ReleaseFile> files = ReleaseFiles.expand(paths);
        IngestClient ingest = new IngestClient(url, http, client.token(env, home));
        return new Ingester(ingest, out, err).ingest(files) ? 0 : UserError.FAILED;
    }
}
