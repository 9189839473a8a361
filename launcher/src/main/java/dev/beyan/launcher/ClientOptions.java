package dev.beyan.launcher;

import picocli.CommandLine.Option;

import java.util.Map;
import java.util.Optional;

/** Where the commands that call a service send their requests, and the token they send. */
final class ClientOptions {
    @Option(names = "--url", paramLabel = "U",
            description = "the service's address (default: INGEST_URL for ingest, ENTITY_URL for rebuild and "
                    + "reanalyze, else the running stack's)")
    private String url;

    @Option(names = "--token", paramLabel = "T",
            description = "the bearer token to send (default: BEYAN_TOKEN, else .beyan/token, written by up)")
    private String token;

    String url(String variable, Home home) {
        return StackEnv.address(variable, url, home);
    }

    Optional<String> token(Map<String, String> env, Home home) {
        return ClientToken.find(token, env, home);
    }
}
