package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A party named by its leader: "Özgür Özel liderliğindeki CHP", "Oya Er önderliğindeki DSP'nin". The name before
 * "liderliğindeki" (or "önderliğindeki", "liderliğinde") and the party right after it make the name the party's chair.
 */
final class PartyLeaders {
    static final Title CHAIR = new Title("Genel Başkan", TitleScope.PARTY_NATIONAL, null, false, false);
    /** "liderliğindeki", "liderliğinde", "önderliğindeki", "önderliğinde", ASCII-folded. */
    private static final Set<String> LED_BY = Set.of("liderligindeki", "liderliginde", "onderligindeki",
            "onderliginde");

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (NameSpan name : index.names) {
            int led = name.end() + 1;
            if (led + 1 >= text.size() || text.get(name.end()).hasApostrophe() || !LED_BY.contains(text.key(led))
                    || !text.get(led).spaceBefore() || !text.get(led + 1).spaceBefore()) {
                continue;
            }
            PhraseTable.Match<Party> party = index.partyStartingAt[led + 1];
            if (party != null) {
                Party p = party.value();
                out.add(new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), CHAIR.canonical(),
                        CHAIR.scope(), p.org(), p.shortName(), null, null, false, false)));
            }
        }
        return out;
    }
}
