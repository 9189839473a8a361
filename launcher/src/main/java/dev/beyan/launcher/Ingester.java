package dev.beyan.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends release files to ingest-service, one line per file on stdout (what happened, or why it was rejected) and
 * a progress bar for big loads. NDJSON files go in batches of {@value #BATCH_LINES} lines, so that a large file
 * neither makes one huge request nor leaves the bar standing still.
 */
final class Ingester {
    static final int BATCH_LINES = 500;
    private static final int BAR_THRESHOLD = 50;
    private static final List<String> STATUSES = List.of("created", "unchanged", "revised", Outcome.REJECTED);

    private final IngestClient client;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Integer> counts = new TreeMap<>();
    private ProgressBar bar;

    Ingester(IngestClient client, PrintStream out, PrintStream err) {
        this.client = client;
        this.out = out;
        this.err = err;
    }

    /** Ingests every file; true when none was rejected. */
    boolean ingest(List<ReleaseFile> files) {
        bar = ProgressBar.onTerminal(err, "ingest", releasesIn(files), BAR_THRESHOLD);
        for (ReleaseFile file : files) {
            switch (file.format()) {
                case SEED_TEXT -> report(file.path(), client.submitSeedText(read(file.path())));
                case JSON -> report(file.path(), client.submitJson(ReleaseJson.toSubmission(read(file.path()))));
                case NDJSON -> ingestLines(file.path());
            }
        }
        bar.finish();
        out.println(summary(files.size()));
        return counts.getOrDefault(Outcome.REJECTED, 0) == 0;
    }

    private void report(Path file, Outcome outcome) {
        count(outcome);
        bar.advance(1);
        bar.println(out, line(outcome, file.toString()));
    }

    private void ingestLines(Path file) {
        List<byte[]> lines = lines(read(file));
        Map<String, Integer> before = new TreeMap<>(counts);
        for (int start = 0; start < lines.size(); start += BATCH_LINES) {
            List<byte[]> chunk = lines.subList(start, Math.min(lines.size(), start + BATCH_LINES));
            List<IngestClient.NumberedOutcome> outcomes = client.submitBatch(ndjson(chunk));
            if (outcomes.size() == 1 && outcomes.get(0).line() == 0) {
                rejectChunk(file, start, chunk, outcomes.get(0).outcome());
                continue;
            }
            for (IngestClient.NumberedOutcome numbered : outcomes) {
                count(numbered.outcome());
                if (numbered.outcome().isRejected()) {
                    bar.println(out, line(numbered.outcome(), file + ":" + (start + numbered.line())));
                }
            }
            bar.advance(outcomes.size());
        }
        bar.println(out, String.format("%-9s %s  %s", "loaded", file, difference(before, counts)));
    }

    /** The whole request failed (too large, say): every release in it is rejected for that reason. */
    private void rejectChunk(Path file, int start, List<byte[]> chunk, Outcome failure) {
        for (int i = 0; i < chunk.size(); i++) {
            if (!isBlank(chunk.get(i))) {
                count(failure);
                bar.println(out, line(failure, file + ":" + (start + i + 1)));
                bar.advance(1);
            }
        }
    }

    private void count(Outcome outcome) {
        counts.merge(outcome.status(), 1, Integer::sum);
    }

    private static String line(Outcome outcome, String where) {
        String what = outcome.isRejected() ? outcome.problem() : "id " + outcome.id() + ", version " + outcome.version();
        return String.format("%-9s %s  %s", outcome.status(), where, what);
    }

    private String summary(int files) {
        int releases = counts.values().stream().mapToInt(Integer::intValue).sum();
        return releases + " release" + (releases == 1 ? "" : "s") + " in " + files + " file" + (files == 1 ? "" : "s")
                + ": " + describe(counts);
    }

    private static String difference(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> added = new TreeMap<>();
        after.forEach((status, n) -> {
            int d = n - before.getOrDefault(status, 0);
            if (d > 0) {
                added.put(status, d);
            }
        });
        return added.isEmpty() ? "no releases" : describe(added);
    }

    private static String describe(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        STATUSES.forEach(status -> parts.add(counts.getOrDefault(status, 0) + " " + status));
        counts.forEach((status, n) -> {
            if (!STATUSES.contains(status)) {
                parts.add(n + " " + status);
            }
        });
        return String.join(", ", parts);
    }

    private static long releasesIn(List<ReleaseFile> files) {
        long n = 0;
        for (ReleaseFile file : files) {
            n += file.format() == ReleaseFile.Format.NDJSON
                    ? lines(read(file.path())).stream().filter(l -> !isBlank(l)).count() : 1;
        }
        return n;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Lines as bytes: the server, not this client, judges whether they are valid UTF-8. */
    private static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (i > start || i < content.length) {
                    lines.add(Arrays.copyOfRange(content, start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** The chunk's lines, each mapped to the API's fields, blank ones kept so that line numbers still match. */
    private static byte[] ndjson(List<byte[]> chunk) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] line : chunk) {
            body.writeBytes(isBlank(line) ? line : ReleaseJson.toSubmission(line));
            body.write('\n');
        }
        return body.toByteArray();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
