package dev.beyan.extract.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleFormsTest {

    private static List<String> forms(String listed) {
        return TitleForms.of(listed.split(" "), false).stream().map(f -> String.join(" ", f.keys())
                + (f.plural() ? " (plural)" : "")).toList();
    }

    @Test
    void derivesThePluralAndTheFirstPersonPluralOfAPossessiveHead() {
        assertThat(forms("il es baskani")).contains("il es baskanlari (plural)", "il es baskanimiz",
                "il es baskanlarimiz (plural)", "il esbaskani");
        assertThat(forms("bakan yardimcisi")).contains("bakan yardimcilari (plural)", "bakan yardimcimiz");
        assertThat(forms("belediye meclis uyesi")).contains("belediye meclis uyeleri (plural)",
                "belediyesi meclis uyesi");
    }

    @Test
    void writesVekiliApartAndTogether() {
        assertThat(forms("belediye baskan vekili")).contains("belediye baskanvekili", "belediyesi baskanvekili");
    }

    @Test
    void derivesNothingFromAHeadWithoutTheCompoundMarker() {
        assertThat(forms("bakan")).containsExactly("bakan");
        assertThat(TitleForms.possessedStem("baskani")).isEqualTo("baskan");
        assertThat(TitleForms.possessedStem("uyesi")).isEqualTo("uye");
        assertThat(TitleForms.possessedStem("baskanimiz")).isNull();
    }
}
