package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.Span;
import dev.beyan.extract.data.Parties;
import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.text.TokenizedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "İl Başkanımız Kemal Tuna", "Milletvekilimiz Oya Er" inside a quotation: with the possessive of the first person
 * plural the speaker names an official of their own party. Such an official, who has no party of their own in the
 * text, takes the speaker's, or the party's where the party itself speaks. Only a party's offices, its deputies
 * and co-heads count: "Valimiz" serves everyone, and "Belediye Başkanımız" is as often the mayor of the speaker's
 * town as of their party, but only one party elects co-mayors ("Belediye Eşbaşkanlarımız A ve B"); and a party
 * nominates its candidates ("cumhurbaşkanı adayımız A", "Belediye Başkan Adayımız Avukat B"). Names coordinated
 * after the title share it.
 */
public final class ColleaguesInQuotes {
    /** ASCII-folded endings of "-ımız / -imiz / -umuz / -ümüz" after a consonant or a vowel. */
    private static final List<String> OUR = List.of("imiz", "umuz", "miz", "muz");
    private static final String CANDIDATE = "Adayı";
    private static final String CANDIDACY = "aday";
    private static final String AND = "ve";
    /** "Eş Başkan", "Eşbaşkan": the co-heads of one party's system, its mayors' too. */
    private static final List<String> CO_HEAD = List.of("Eş Başkan", "Eşbaşkan");
    /** How many words the name before "ve" may have. */
    private static final int NAME_WORDS = 3;

    private final Titles titles;
    private final Parties parties;

    public ColleaguesInQuotes(Titles titles, Parties parties) {
        this.titles = titles;
        this.parties = parties;
    }

    /** {@code officials}, each party-less colleague named so in a speaker's quotation given the speaker's party. */
    public List<Analysis.Official> withSpeakersParty(List<Analysis.Official> officials,
                                                    List<Analysis.Statement> statements, TokenizedText words) {
        Map<String, String> partyById = new HashMap<>();
        for (Analysis.Official o : officials) {
            if (o.party() != null) {
                partyById.put(o.officialId(), o.party());
            }
        }
        List<Analysis.Official> out = new ArrayList<>(officials.size());
        for (Analysis.Official o : officials) {
            String party = o.party() == null && !o.former() && partyOffice(o.title())
                    ? speakersParty(o, statements, words, partyById) : null;
            out.add(party == null ? o : o.withParty(party));
        }
        return List.copyOf(out);
    }

    private boolean partyOffice(String title) {
        TitleScope scope = titles.scopeOf(title);
        return scope != null && (scope.isParty() || scope == TitleScope.DEPUTY)
                || CO_HEAD.stream().anyMatch(title::contains) || title.endsWith(CANDIDATE);
    }

    private String speakersParty(Analysis.Official o, List<Analysis.Statement> statements, TokenizedText words,
                                 Map<String, String> partyById) {
        for (Span mention : o.mentions()) {
            if (!afterOurTitle(words, mention.start())) {
                continue;
            }
            for (Analysis.Statement s : statements) {
                String party = s.kind().equals("direct") && covers(s, mention) ? partyOf(s.speaker(), o, partyById)
                        : null;
                if (party != null) {
                    return party;
                }
            }
        }
        return null;
    }

    /** The party of an official who speaks, or the party that speaks itself ("Yeniden Refah Partisi"). */
    private String partyOf(Analysis.Speaker speaker, Analysis.Official colleague, Map<String, String> partyById) {
        if (speaker == null || colleague.officialId().equals(speaker.officialId())) {
            return null;
        }
        if (speaker.officialId() != null) {
            return partyById.get(speaker.officialId());
        }
        Party party = speaker.name() == null ? null : parties.named(speaker.name());
        return party == null ? null : party.shortName();
    }

    /**
     * The word before the name (an honorific passed over) ends in the first person plural possessive, or the name
     * follows "ve" after a name that does ("Eşbaşkanlarımız A ve B").
     */
    private static boolean afterOurTitle(TokenizedText words, int nameStart) {
        int k = Math.max(words.wordStartingAt(nameStart), 0) - 1; // not a word's start: no word before it
        if (k >= 0 && words.key(k).equals(AND)) {
            int first = k - 1;
            while (first > 0 && first > k - 1 - NAME_WORDS && words.get(first).capitalized()
                    && words.get(first).spaceBefore() && !ourTitle(words, first - 1)) {
                first--;
            }
            if (first == k || !words.get(first).capitalized()) {
                return false;
            }
            k = first - 1;
        }
        while (k >= 0 && TitleEvidenceFinder.HONORIFICS.contains(words.key(k))) {
            k--; // "Sayın", "Avukat", "Dr."
        }
        return ourTitle(words, k);
    }

    private static boolean ourTitle(TokenizedText words, int k) {
        // a title is capitalised, but news writes "cumhurbaşkanı adayımız" in lower case too
        if (k < 0 || !(words.get(k).capitalized() || words.key(k).startsWith(CANDIDACY))) {
            return false;
        }
        String key = words.key(k);
        for (String ending : OUR) {
            if (key.length() > ending.length() + 2 && key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(Analysis.Statement s, Span mention) {
        for (Span segment : s.segments()) {
            if (segment.start() <= mention.start() && mention.end() <= segment.end()) {
                return true;
            }
        }
        return false;
    }
}
