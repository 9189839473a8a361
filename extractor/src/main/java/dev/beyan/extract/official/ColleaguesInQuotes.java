package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.Span;
import dev.beyan.extract.data.Parties;
import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "İl Başkanımız Kemal Tuna", "Milletvekilimiz Oya Er" inside a quotation: with the possessive of the first person
 * plural the speaker names an official of their own party. Such an official, who has no party of their own in the
 * text, takes the speaker's, or the party's where the party itself speaks. Only a party's offices, its deputies
 * and co-heads count: "Valimiz" serves everyone, and "Belediye Başkanımız" is as often the mayor of the speaker's
 * town as of their party (but the party's, said by its chair or spokesperson); only one party elects co-mayors
 * ("Belediye Eşbaşkanlarımız A ve B"); and a party nominates its candidates ("cumhurbaşkanı adayımız A", "Belediye Başkan Adayımız Avukat B"). Names coordinated
 * after the title share it.
 */
public final class ColleaguesInQuotes {
    /** ASCII-folded endings of "-ımız / -imiz / -umuz / -ümüz" after a consonant or a vowel. */
    private static final List<String> OUR = List.of("imiz", "umuz", "miz", "muz");
    private static final String CANDIDATE = "Adayı";
    /** Offices news writes in lower case before a name: "adayımız", "milletvekilimiz", "vekillerimiz". */
    private static final List<String> LOWER_CASE_TITLES = List.of("aday", "milletvekil", "vekil");
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

    /**
     * {@code officials}, each party-less speaker who calls a party's officer "ours" given that party, then each
     * party-less colleague named so in a speaker's quotation given the speaker's party.
     */
    public List<Analysis.Official> withSpeakersParty(List<Analysis.Official> officials,
                                                    List<Analysis.Statement> statements, TokenizedText words) {
        return withColleaguesParty(withOurOfficersParty(officials, statements, words), statements, words);
    }

    /**
     * "Genel Başkanımız Sayın Ali Er" in a mayor's quote: only a member calls a party's officer "ours", so a
     * speaker who holds an elected or a party office and has no party of their own takes the officer's.
     */
    private List<Analysis.Official> withOurOfficersParty(List<Analysis.Official> officials,
                                                       List<Analysis.Statement> statements, TokenizedText words) {
        Map<String, String> partyBySpeaker = new HashMap<>();
        for (Analysis.Official officer : officials) {
            TitleScope scope = titles.scopeOf(officer.title());
            if (officer.party() == null || officer.former() || scope == null || !scope.isParty()) {
                continue;
            }
            for (Span mention : officer.mentions()) {
                for (Analysis.Statement s : statements) {
                    if (s.kind().equals("direct") && s.speaker() != null && s.speaker().officialId() != null
                            && !s.speaker().officialId().equals(officer.officialId()) && covers(s, mention)
                            && afterOurTitle(words, mention.start())) {
                        partyBySpeaker.putIfAbsent(s.speaker().officialId(), officer.party());
                    }
                }
            }
        }
        List<Analysis.Official> out = new ArrayList<>(officials.size());
        for (Analysis.Official o : officials) {
            String party = partyBySpeaker.get(o.officialId());
            out.add(party != null && o.party() == null && !o.former() && memberOffice(o.title()) ? o.withParty(party)
                    : o);
        }
        return out;
    }

    /** Offices a party member holds: elected ones and the party's own; a governor or a minister calls no one so. */
    private boolean memberOffice(String title) {
        TitleScope scope = titles.scopeOf(title);
        return scope == TitleScope.DEPUTY || scope == TitleScope.METROPOLITAN || scope == TitleScope.MUNICIPAL
                || partyOffice(title);
    }

    private List<Analysis.Official> withColleaguesParty(List<Analysis.Official> officials,
                                                        List<Analysis.Statement> statements, TokenizedText words) {
        Map<String, String> partyById = new HashMap<>();
        Set<String> partyOfficers = new HashSet<>();
        for (Analysis.Official o : officials) {
            if (o.party() != null) {
                partyById.put(o.officialId(), o.party());
            }
            TitleScope scope = titles.scopeOf(o.title());
            if (scope != null && scope.isParty()) {
                partyOfficers.add(o.officialId());
            }
        }
        List<Analysis.Official> out = new ArrayList<>(officials.size());
        for (Analysis.Official o : officials) {
            boolean mayor = !partyOffice(o.title()) && (mayoralty(o.title()) || o.title().endsWith(COUNCIL_MEMBER));
            String party = o.party() == null && !o.former() && (partyOffice(o.title()) || mayor)
                    ? speakersParty(o, statements, words, partyById, mayor ? partyOfficers : null) : null;
            out.add(party == null ? o : o.withParty(party));
        }
        return List.copyOf(out);
    }

    /**
     * "Belediye Başkanımız A" said by a party's chair or spokesperson is the party's mayor; said by a governor or a
     * deputy, it is the mayor of their town, whatever the party. So are "Meclis Üyelerimiz", the council's members.
     */
    private boolean mayoralty(String title) {
        TitleScope scope = titles.scopeOf(title);
        return (scope == TitleScope.MUNICIPAL || scope == TitleScope.METROPOLITAN) && title.endsWith(MAYOR);
    }

    private static final String MAYOR = "Belediye Başkanı";
    /** "Meclis Üyelerimiz A, B ve C": elected on a party's list, like mayors the party's when the party speaks. */
    private static final String COUNCIL_MEMBER = "Meclis Üyesi";

    private boolean partyOffice(String title) {
        TitleScope scope = titles.scopeOf(title);
        return scope != null && (scope.isParty() || scope == TitleScope.DEPUTY)
                || CO_HEAD.stream().anyMatch(title::contains) || title.endsWith(CANDIDATE);
    }

    /** {@code officersOnly}: when not null, only a speaker among these officers (or a party speaking) counts. */
    private String speakersParty(Analysis.Official o, List<Analysis.Statement> statements, TokenizedText words,
                                 Map<String, String> partyById, Set<String> officersOnly) {
        for (Span mention : o.mentions()) {
            if (!afterOurTitle(words, mention.start())) {
                continue;
            }
            for (Analysis.Statement s : statements) {
                boolean officer = officersOnly == null || s.speaker() == null || s.speaker().officialId() == null
                        || officersOnly.contains(s.speaker().officialId());
                String party = s.kind().equals("direct") && covers(s, mention) && officer
                        ? partyOf(s.speaker(), o, partyById) : null;
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
     * The word before the name (honorifics passed over) ends in the first person plural possessive, or the name is an
     * item of a list that follows such a word, items apart by commas or "ve" ("Eşbaşkanlarımız A ve B", "Meclis
     * Üyelerimiz A, B ve C", "vekillerimiz Sn. A ve Sn. B").
     */
    private static boolean afterOurTitle(TokenizedText words, int nameStart) {
        int w = Math.max(words.wordStartingAt(nameStart), 0);
        for (int item = 0; item < MAX_ITEMS; item++) {
            int start = skipHonorifics(words, w - 1) + 1; // the item's first word, honorifics included
            int k = start - 1;
            if (ourTitle(words, k)) {
                return true;
            }
            int last;
            if (k >= 1 && words.key(k).equals(AND)) {
                last = k - 1;
            } else if (k >= 0 && Separator.isListComma(words.get(start).sepBefore())) {
                last = k;
            } else {
                return false;
            }
            if (!words.get(last).capitalized()) {
                return false;
            }
            int first = last;
            while (first > 0 && last - first + 1 < NAME_WORDS && words.get(first - 1).capitalized()
                    && words.get(first).spaceBefore() && !ourTitle(words, first - 1)) {
                first--;
            }
            w = first;
        }
        return false;
    }

    /** How many items of a list after an office "ours" may share it. */
    private static final int MAX_ITEMS = 6;

    /** The index of the last word at or before {@code k} that is not an honorific ("Sayın", "Avukat", "Dr."). */
    private static int skipHonorifics(TokenizedText words, int k) {
        while (k >= 0 && TitleEvidenceFinder.HONORIFICS.contains(words.key(k))) {
            k--;
        }
        return k;
    }

    private static boolean ourTitle(TokenizedText words, int k) {
        // a title is capitalised, but news writes "cumhurbaşkanı adayımız", "milletvekillerimiz" in lower case too
        if (k < 0 || !(words.get(k).capitalized() || TurkishText.startsWithAny(words.key(k), LOWER_CASE_TITLES))) {
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
