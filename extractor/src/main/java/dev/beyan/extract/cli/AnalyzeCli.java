package dev.beyan.extract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.beyan.extract.Analysis;
import dev.beyan.extract.Extractor;
import dev.beyan.extract.input.ReleaseText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code analyze FILE|DIR... [--out DIR]}: analyses release files (seed text, JSON with a "text" field, or plain
 * text; a directory means the files in it, sorted) and prints each analysis as JSON, or with {@code --out} writes
 * {@code DIR/<file name without extension>.json}. Exit status 0 when every input was analysed, 1 when some could
 * not be read, 2 on a usage error.
 */
public final class AnalyzeCli {
    private static final int PROGRESS_EVERY = 100;

    private AnalyzeCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        Path outDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                if (i + 1 >= args.length) {
                    err.println("analyze: --out needs a directory");
                    return 2;
                }
                outDir = Path.of(args[++i]);
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                out.println("usage: analyze FILE|DIR... [--out DIR]");
                return 0;
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            err.println("usage: analyze FILE|DIR... [--out DIR]");
            return 2;
        }
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
                String text = ReleaseText.of(name, readUtf8(file));
                Analysis analysis = extractor.analyze(text);
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
