package dev.beyan.ingest.release;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.Extractor;
import dev.beyan.extract.Span;
import dev.beyan.extract.input.ReleaseText;
import dev.beyan.extract.input.SeedText;
import dev.beyan.extract.text.TurkishText;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text this service stores from a seed file is the text the extractor's analyse command reads from the same
 * file, character for character, so an offset the extractor gives (in the registry or on the command line) points
 * at the same characters in the stored text and, shifted by {@link SeedText#textStart()}, in the file. Checked on
 * generated seed files: with and without a header, spaces and Windows line breaks around it, blank lines after it,
 * datelines, a decomposed İ and characters outside the BMP in the body.
 */
class SeedTextOffsetsAgreeTest {
    private static final int FILES = 400;
    private static final String[] CATEGORIES = {"Güncel", "Yerel Yönetim", "chp", "Siyaset ve Gündem", "İÇ HABER"};
    private static final String[] DATELINES = {"(İZMİR)- ", "(MUĞLA) – ", "(ISPARTA)-", "(Bayındır)— "};
    private static final String[] SENTENCES = {
            "Tire'de konuşan Belediye Başkanı Ayşe Korkmaz, \"Su hatlarını bu yaz yeniliyoruz\" dedi.",
            "Heyet daha sonra Kiraz ve Beydağ'a geçti.",
            "Bayındır Belediye Başkanı Mehmet Yıldız meclis toplantısında bütçeyi anlattı.",
            "Ödemiş'teki üreticiler kooperatif için I\u0307zmir'e gitti.",
            "Toplantıya muhtarlar katıldı 🙂 ve talepler not alındı.",
            "ISPARTA'DA YENİ DÖNEM",
            "Konya'da düzenlenen\tetkinlikte gençler ödül aldı.",
            "Kuşadası'ndaki sahil projesi ay sonunda bitecek."};

    private final SubmissionParser parser = new SubmissionParser(new Limits(),
            Validation.buildDefaultValidatorFactory());
    private final Extractor extractor = new Extractor();

    @Test
    void theStoredTextIsTheAnalysedTextAndTheFileFromTheTextStart() throws IOException {
        Random random = new Random(20261202L);
        int placeMentions = 0;
        for (int i = 0; i < FILES; i++) {
            String file = seedFile(random);
            String stored = parser.fromPlainText(file.getBytes(StandardCharsets.UTF_8)).text();
            SeedText seed = SeedText.parse(file);

            assertThat(ReleaseText.of("release.txt", file)).as("file %d:%n%s", i, file).isEqualTo(stored);
            assertThat(file.substring(seed.textStart())).as("file %d:%n%s", i, file).isEqualTo(stored);

            for (Analysis.Place place : extractor.analyze(ReleaseText.of("release.txt", file)).places()) {
                for (Span m : place.mentions()) {
                    String inFile = file.substring(seed.textStart() + m.start(), seed.textStart() + m.end());
                    assertThat(inFile).isEqualTo(m.of(stored));
                    assertThat(TurkishText.asciiFold(inFile)).isEqualTo(TurkishText.asciiFold(place.name()));
                    placeMentions++;
                }
            }
        }
        assertThat(placeMentions).as("place mentions checked").isGreaterThan(FILES);
    }

    private static String seedFile(Random random) {
        StringBuilder file = new StringBuilder();
        if (random.nextInt(5) > 0) {
            String lineBreak = random.nextBoolean() ? "\n" : "\r\n";
            file.append(blanks(random)).append("date").append(random.nextBoolean() ? " " : " \t")
                    .append(String.format("%04d-%02d", 2020 + random.nextInt(6), 1 + random.nextInt(12)))
                    .append(random.nextBoolean() ? String.format("-%02d", 1 + random.nextInt(28)) : "");
            if (random.nextBoolean()) {
                file.append(' ').append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
            file.append(blanks(random)).append(lineBreak);
            for (int blank = random.nextInt(4); blank > 0; blank--) {
                file.append(lineBreak);
            }
        }
        if (random.nextBoolean()) {
            file.append(DATELINES[random.nextInt(DATELINES.length)]);
        }
        for (int sentence = 1 + random.nextInt(8); sentence > 0; sentence--) {
            file.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            file.append(switch (random.nextInt(4)) {
                case 0 -> "\n\n";
                case 1 -> "\r\n";
                default -> " ";
            });
        }
        return file.toString();
    }

    private static String blanks(Random random) {
        return " \t ".substring(0, random.nextInt(4));
    }

    /** The service's default limits. */
    private static final class Limits implements IngestConfig {
        @Override
        public int maxTextBytes() {
            return 1 << 20;
        }

        @Override
        public int maxEventBytes() {
            return 1_507_328;
        }

        @Override
        public int maxBatchLines() {
            return 1000;
        }

        @Override
        public int writesPerSecond() {
            return 100;
        }

        @Override
        public int writeBurst() {
            return 200;
        }
    }
}
