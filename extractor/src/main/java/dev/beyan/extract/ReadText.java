package dev.beyan.extract;

import dev.beyan.extract.official.NameSpan;
import dev.beyan.extract.text.TokenizedText;

import java.util.List;

/**
 * A text read once for every finder: its words, split by the one tokenizer and folded by the one Turkish fold, and
 * the people named in it (the spans of their names over those words). Places, officials and speakers are all found
 * on this, so a person is found once and known to every rule by the same word indices.
 */
public record ReadText(TokenizedText words, List<NameSpan> people) {
    public ReadText {
        people = List.copyOf(people);
    }
}
