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

    @Test
    void readsTheDotGluedToAnInitialAsNoSentenceEnd() {
        List<Token> tokens = tokenizer.tokenize("Başkan M. Oya Er geldi. Grup A . Yarın toplanacak.");
        assertThat(tokens.get(2).sepBefore()).isEqualTo(Separator.INNER_DOT);
        assertThat(tokens.get(7).sepBefore() & Separator.SENTENCE_END).isNotZero();
    }
}
