package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Holders of career posts are listed apart from the officials; sentences invented here. */
class FunctionarySplitTest {

    @Test
    void aPoliceChiefBesideAGovernorIsAFunctionary() {
        Analysis a = SharedExtractor.get().analyze(
                "Vali Oya Er ile İl Jandarma Komutanı Cem Bal, sel bölgesindeki köprüyü inceledi.");
        assertThat(a.officials()).extracting(Analysis.Official::name).containsExactly("Oya Er");
        assertThat(a.functionaries()).extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(Tuple.tuple("Cem Bal", "İl Jandarma Komutanı"));
    }

    @Test
    void aFunctionarySpeaksByNameWithoutAnOfficialId() {
        Analysis a = SharedExtractor.get().analyze("İl Emniyet Müdürü Cem Bal, \"Bayram boyunca tüm kavşaklarda "
                + "ekiplerimiz görev yapacak\" dedi.");
        assertThat(a.officials()).isEmpty();
        assertThat(a.statements()).singleElement().satisfies(s -> {
            assertThat(s.speaker().name()).isEqualTo("Cem Bal");
            assertThat(s.speaker().officialId()).isNull();
        });
    }

    @Test
    void aPartysGeneralSecretaryStaysAnOfficial() {
        Analysis a = SharedExtractor.get().analyze("CHP Genel Sekreteri Oya Er, il başkanlarıyla bir araya geldi.");
        assertThat(a.officials()).extracting(Analysis.Official::name).containsExactly("Oya Er");
        assertThat(a.functionaries()).isEmpty();
    }
}
