package dev.beyan.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Word boundaries; every fixture is written for this test. */
class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer(key -> 0);

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void splitsACapitalisedWordGluedToTheWordBefore() {
        assertThat(words("Paylaş ve takip etSinop Valisi Deniz ErGerze'de")).containsExactly("Paylaş", "ve", "takip",
                "et", "Sinop", "Valisi", "Deniz", "Er", "Gerze'de");
    }

    @Test
    void keepsAcronymsAndTheirSuffixesWhole() {
        assertThat(words("DSP'li ve CHPli üyeler TBMM'de")).containsExactly("DSP'li", "ve", "CHPli", "üyeler",
                "TBMM'de");
    }
}
