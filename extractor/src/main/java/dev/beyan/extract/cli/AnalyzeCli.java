package dev.beyan.extract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.beyan.extract.Analysis;
import dev.beyan.extract.Extractor;
import dev.beyan.extract.input.ReleaseText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code analyze FILE|DIR... [--out DIR]}: analyses release files (seed text, JSON with a "text" field and
 * optional "source" and "url" (a local outlet's address places offices its text leaves unplaced), or plain
 * text; a directory means the files in it, sorted) and prints each analysis as JSON, or with {@code --out} writes
 * {@code DIR/<file name without extension>.json}. Exit status 0 when every input was analysed, 1 when some could
 * not be read, 2 on a usage error.
 */
@Command(name = "analyze",
        description = "Analyse files with the extractor, no server needed: seed text, JSON with a \"text\" field, or "
                + "plain text; a folder means the files in it. Prints each analysis as JSON, or writes "
                + "DIR/<file name>.json. Exit status 1 when an input could not be read.")
public final class AnalyzeCli implements Callable<Integer> {
    private static final int PROGRESS_EVERY = 100;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "files and folders to analyse")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "write one DIR/<file name>.json per input")
    private Path outDir;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    private boolean help;

    private final PrintStream out;
    private final PrintStream err;

    public AnalyzeCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return new CommandLine(new AnalyzeCli(out, err))
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .execute(args);
    }

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>();
        int failures = 0;
        for (Path input : inputs) {
            try {
                files.addAll(expand(input));
            } catch (IOException e) {
                err.println("analyze: cannot read " + input + ": " + message(e));
                failures++;
            }
        }
        if (outDir != null) {
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                err.println("analyze: cannot create " + outDir + ": " + message(e));
                return 1;
            }
        }
        Extractor extractor = new Extractor();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        int done = 0;
        for (Path file : files) {
            try {
                String name = file.getFileName().toString();
                ReleaseText.Release release = ReleaseText.read(name, readUtf8(file));
                Analysis analysis = extractor.analyze(release.text(), release.origin());
                if (outDir == null) {
                    out.println(json.writeValueAsString(analysis));
                } else {
                    json.writeValue(outDir.resolve(withoutExtension(name) + ".json").toFile(), analysis);
                }
            } catch (IOException e) {
                err.println("analyze: cannot analyse " + file + ": " + message(e));
                failures++;
            }
            done++;
            if (files.size() > PROGRESS_EVERY && done % PROGRESS_EVERY == 0) {
                err.println("analyze: " + done + "/" + files.size());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static List<Path> expand(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new IOException("no such file or directory");
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> entries = Files.list(input)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
