package dev.beyan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the user named: a folder stands for the release files under it (sorted, hidden ones and other kinds
 * of file left out); a file named outright must be of a known kind, so that a typo fails before anything is sent.
 */
final class ReleaseFiles {
    private ReleaseFiles() {
    }

    static List<ReleaseFile> expand(List<String> arguments) {
        List<ReleaseFile> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                files.addAll(inFolder(path));
            } else if (Files.isRegularFile(path)) {
                ReleaseFile.Format format = ReleaseFile.Format.of(path).orElseThrow(() -> new UserError(
                        "cannot ingest " + argument + ": use .txt (seed text format), .json (one release) or"
                                + " .ndjson (one release per line)"));
                files.add(new ReleaseFile(path, format));
            } else {
                throw new UserError("no such file or folder: " + argument);
            }
        }
        return files;
    }

    private static List<ReleaseFile> inFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .sorted()
                    .flatMap(p -> ReleaseFile.Format.of(p).map(f -> new ReleaseFile(p, f)).stream())
                    .toList();
        } catch (IOException e) {
            throw new UserError("cannot read the folder " + folder + ": " + e.getMessage());
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
