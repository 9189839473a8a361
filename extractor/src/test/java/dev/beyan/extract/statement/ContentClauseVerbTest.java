package dev.beyan.extract.statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentClauseVerbTest {

    @ParameterizedTest
    @ValueSource(strings = {"olduğunu", "olduğunun", "olduğuna", "yakaladıklarının", "edeceklerini",
            "sunabileceğini", "gerektiğini", "etmediğini", "arttırdığına", "bulunduğumuzu", "gittiğini"})
    void recognisesNominalisedVerbs(String word) {
        assertThat(ContentClauseVerb.isContentClauseVerb(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"önemine", "memnuniyetini", "çocuğunu", "sokağına", "durumunu", "kararlarını",
            "yatağını", "şunları", "konuyu"})
    void rejectsPlainNouns(String word) {
        assertThat(ContentClauseVerb.isContentClauseVerb(word)).isFalse();
    }
}
