package dev.beyan.extract.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AnalyzeCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesOneAnalysisPerInputIntoTheOutputDirectory(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("r1.txt"), " date 2024-05 Güncel\nTire Belediye Başkanı Oğuz Yalçınkaya konuştu.");
        Files.writeString(in.resolve("r2.json"), "{\"text\":\"Bolu Valisi Selim Karataş geldi.\"}");
        Path outDir = dir.resolve("out");

        assertThat(run(in.toString(), "--out", outDir.toString())).isZero();

        assertThat(Files.readString(outDir.resolve("r1.json"))).contains("\"Oğuz Yalçınkaya\"", "beyan-extractor");
        assertThat(Files.readString(outDir.resolve("r2.json"))).contains("\"Vali\"");
    }

    @Test
    void printsAnalysesWithoutAnOutputDirectory(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("r.txt"), "Tire'de toplantı yapıldı.");
        assertThat(run(file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"name\" : \"Tire\"");
    }

    @Test
    void failsWithAClearMessageForAMissingInput(@TempDir Path dir) {
        assertThat(run(dir.resolve("nope.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read", "nope.txt");
    }

    @Test
    void failsOnTextThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not UTF-8");
    }

    @Test
    void rejectsAMissingOutputDirectoryArgument() {
        assertThat(run("x.txt", "--out")).isEqualTo(2);
    }
}
