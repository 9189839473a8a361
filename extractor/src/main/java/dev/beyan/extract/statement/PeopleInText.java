package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.ReadText;
import dev.beyan.extract.Span;
import dev.beyan.extract.official.NameSpan;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people and bodies of one text that can be speakers: the officials found in it (by their mentions,
 * their full names and their surnames, which news uses alone after the first mention, also without the
 * apostrophe before a suffix) and the other people the shared people layer found named in full in it
 * ({@link ReadText#people()}, at the same word indices). One per text, used by one thread.
 */
final class PeopleInText {

    private record Known(Analysis.Speaker speaker, String title, String[] nameWords, List<Span> mentions,
                         List<String> places, List<String> partyWords) {
        String surname() {
            return nameWords[nameWords.length - 1];
        }
    }

    /** The office of a party's chair ("Genel Başkan"), whom news calls its leader. */
    private static final String PARTY_CHAIR = "Genel Başkan";

    private final List<Token> tokens;
    private final NameReader reader;
    private final List<Known> officials = new ArrayList<>();
    private final List<NameSpan> named;
    private Map<String, String> otherPeopleBySurname;

    PeopleInText(List<Token> tokens, List<Analysis.Official> found, List<NameSpan> named, NameReader reader) {
        this.tokens = tokens;
        this.reader = reader;
        for (Analysis.Official o : found) {
            if (o.name() == null || o.name().isBlank()) {
                continue;
            }
            String[] words = TurkishText.lower(o.name().strip()).split("\\s+");
            List<String> places = new ArrayList<>();
            for (String place : new String[] {o.province(), o.district()}) {
                if (place != null) {
                    places.add(TurkishText.lower(place));
                }
            }
            officials.add(new Known(new Analysis.Speaker(o.officialId(), o.name()), o.title(), words,
                    o.mentions() == null ? List.of() : o.mentions(), places, stems(o.party())));
        }
        this.named = named;
    }

    /**
     * The official whose title ends in the office's words and whom the text named last before {@code offset}; a
     * place among the office's other words ("Antakya Kaymakamı") must be theirs when it is any official's. A summary
     * lead names the office first and its holder only in the body ("Gerze Belediye Başkanı, ... belirtti." then
     * "Gerze Belediye Başkanı Oya Er, ..."): with no holder named before, the one official of that office named after
     * it. Null when no official, or more than one later, holds such an office: its holder is unnamed.
     */
    Analysis.Speaker holderOf(TitledSubject.Office office, int offset) {
        Known best = null;
        int bestMention = -1;
        List<Known> laterOnly = new ArrayList<>();
        for (Known k : officials) {
            boolean leader = office.head().equals(TitledSubject.PARTY_LEADER);
            int matched = leader ? leaderMatched(office.words(), k) : trailingWordsMatched(office.words(), k.title());
            List<String> rest = office.words().subList(0, office.words().size() - matched);
            if (matched == 0 || (!rest.isEmpty() && TitledSubject.isTitleWord(rest.get(rest.size() - 1)))
                    || namesAnotherPlace(rest, k)) {
                continue; // "İl Başkanı" is not the "Belediye Başkanı" named before
            }
            boolean before = false;
            for (Span m : k.mentions()) {
                if (m.start() < offset) {
                    before = true;
                    if (m.start() > bestMention) {
                        best = k;
                        bestMention = m.start();
                    }
                }
            }
            if (!before && !k.mentions().isEmpty()) {
                laterOnly.add(k);
            }
        }
        if (best == null && laterOnly.size() == 1) {
            best = laterOnly.get(0);
        }
        return best == null ? null : best.speaker();
    }

    /**
     * "CHP lideri", "Zafer Partisi lideri": a party's chair, of the party named before the word when one is; the
     * words matched are the head and the party's.
     */
    private static int leaderMatched(List<String> words, Known k) {
        if (k.title() == null || !k.title().startsWith(PARTY_CHAIR)) {
            return 0;
        }
        List<String> before = words.subList(0, words.size() - 1);
        if (before.isEmpty()) {
            return 1;
        }
        List<String> party = k.partyWords();
        boolean named = !party.isEmpty() && before.size() >= party.size()
                && before.subList(before.size() - party.size(), before.size()).equals(party);
        return named ? party.size() + 1 : 0;
    }

    private static List<String> stems(String phrase) {
        if (phrase == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : TurkishText.lower(phrase).split("\\s+")) {
            out.add(TitledSubject.stemOf(w));
        }
        return out;
    }

    private static int trailingWordsMatched(List<String> words, String title) {
        if (title == null) {
            return 0;
        }
        String[] titleWords = TurkishText.lower(title).replace(",", "").split("\\s+");
        int n = 0;
        while (n < words.size() && n < titleWords.length && words.get(words.size() - 1 - n)
                .equals(TitledSubject.stemOf(titleWords[titleWords.length - 1 - n]))) {
            n++;
        }
        return n;
    }

    private boolean namesAnotherPlace(List<String> otherWords, Known k) {
        for (String word : otherWords) {
            boolean someonesPlace = officials.stream().anyMatch(o -> o.places().contains(word));
            if (someonesPlace && !k.places().contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Full names of people with no office, by surname; read once, when a speaker first needs them. */
    private Map<String, String> otherPeople() {
        if (otherPeopleBySurname == null) {
            otherPeopleBySurname = new java.util.LinkedHashMap<>();
            for (NameSpan n : named) {
                NameUnit asUnit = new NameUnit(n.start(), n.end(), tokens.get(n.start()).start(),
                        tokens.get(n.end()).end(), NameUnit.Case.NOMINATIVE);
                if (official(asUnit) == null) {
                    otherPeopleBySurname.putIfAbsent(tokens.get(n.end()).foldedStem(), nameOf(n));
                }
            }
        }
        return otherPeopleBySurname;
    }

    /** The name over the words of {@code n}, in title case when written in capitals. */
    private String nameOf(NameSpan n) {
        return NameReader.name(tokens, n.start(), n.end());
    }

    /**
     * The person the people layer found at the end of the run ("Gazeteci Saygı Öztürk"); where it found none, a
     * name after the run's titles, which is evidence enough for a name the given-name register lacks.
     */
    private String personNamed(NameUnit u) {
        for (NameSpan n : named) {
            if (n.end() == u.last() && n.start() >= u.first()) {
                return nameOf(n);
            }
        }
        return reader.nameAfterTitles(tokens, u);
    }

    /**
     * The official the run names, or null: by full name, else by surname (the shortest mention news uses;
     * where officials share a surname, the one whose title the run carries, else the one the text names in
     * full most often, else the first named), else by the mentions the officials came with.
     */
    Analysis.Speaker official(NameUnit u) {
        for (Known k : officials) {
            if (coversGivenName(u, k) && surnameAt(u, k) >= 0) {
                return k.speaker();
            }
        }
        for (int i = u.last(); i >= u.first(); i--) {
            Known best = null;
            for (Known k : officials) {
                if (sameSurname(tokens.get(i), k.surname()) && !anotherGivenName(u, i, k)) {
                    if (best == null || better(u, k, best)) {
                        best = k;
                    }
                }
            }
            if (best != null) {
                return best.speaker();
            }
        }
        for (Known k : officials) {
            for (Span m : k.mentions()) {
                if (m.start() < u.end() && u.start() < m.end()) {
                    return k.speaker();
                }
            }
        }
        return u.first() == u.last() ? onlyOneByGivenName(tokens.get(u.first()).foldedStem()) : null;
    }

    /**
     * "... belirten Nevzat," after "İl Başkan Yardımcısı Nevzat Ekin": a word alone that is the given name of
     * exactly one official of the text, and no one's surname, names that official.
     */
    private Analysis.Speaker onlyOneByGivenName(String word) {
        Known only = null;
        for (Known k : officials) {
            if (k.nameWords().length > 1 && k.nameWords()[0].equals(word)) {
                if (only != null) {
                    return null;
                }
                only = k;
            }
        }
        return only == null ? null : only.speaker();
    }

    /**
     * "eşi Berna Yılmaz" in a text on "Mesut Yılmaz": a person the people layer reads in full, none of whose given
     * names are the official's, is someone else of that surname.
     */
    private boolean anotherGivenName(NameUnit u, int surname, Known k) {
        for (NameSpan n : named) {
            if (n.end() == surname && n.start() < n.end() && n.start() >= u.first()) {
                for (int i = n.start(); i < n.end(); i++) {
                    if (Arrays.asList(k.nameWords()).contains(tokens.get(i).folded())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private int surnameAt(NameUnit u, Known k) {
        for (int i = u.last(); i >= u.first(); i--) {
            if (sameSurname(tokens.get(i), k.surname())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameSurname(Token t, String surname) {
        String stem = t.foldedStem();
        return stem.equals(surname)
                || (t.apostropheSuffix().isEmpty() && stem.startsWith(surname)
                && stem.length() - surname.length() <= 3 && surname.length() >= 4)
                || (surname.length() >= 6 && stem.charAt(0) == surname.charAt(0) && TurkishText.withinOneEdit(stem, surname));
    }

    private boolean better(NameUnit u, Known k, Known best) {
        boolean kTitled = carriesTitle(u, k);
        if (kTitled != carriesTitle(u, best)) {
            return kTitled;
        }
        return fullMentions(k) > fullMentions(best);
    }

    private boolean carriesTitle(NameUnit u, Known k) {
        if (k.title() == null || k.title().isBlank()) {
            return false;
        }
        String head = TurkishText.lower(k.title().strip().split("\\s+")[0]);
        for (int i = u.first(); i <= u.last(); i++) {
            String f = tokens.get(i).folded();
            if (f.length() >= 3 && (f.startsWith(head) || head.startsWith(f))) {
                return true;
            }
        }
        return false;
    }

    private static int fullMentions(Known k) {
        int n = 0;
        int full = String.join(" ", k.nameWords()).length();
        for (Span m : k.mentions()) {
            if (m.end() - m.start() >= full) {
                n++;
            }
        }
        return n;
    }

    /** Whoever the run names: an official, another person, or an institution; null when none. */
    Analysis.Speaker anyone(NameUnit u) {
        Analysis.Speaker p = person(u);
        if (p != null) {
            return p;
        }
        return institution(u);
    }

    /** The official or other person the run names, or null. */
    Analysis.Speaker person(NameUnit u) {
        Analysis.Speaker o = official(u);
        if (o != null) {
            return o;
        }
        String person = personNamed(u);
        if (person != null) {
            return new Analysis.Speaker(null, person);
        }
        Token last = tokens.get(u.last());
        if (!reader.isTitleWord(last)) {
            for (Map.Entry<String, String> other : otherPeople().entrySet()) {
                if (sameSurname(last, other.getKey())) {
                    return new Analysis.Speaker(null, other.getValue());
                }
            }
        }
        return null;
    }

    /** The body the run names, or null. */
    Analysis.Speaker institution(NameUnit u) {
        String inst = reader.institutionName(tokens, u);
        return inst == null ? null : new Analysis.Speaker(null, BodyNamedInFull.of(tokens, inst, u.first()));
    }

    /**
     * A word that cannot stand alone for a person: a title, a body's head noun, a sentence adverb, or a plural or
     * genitive common noun ("Amaçlarının, '...' olduğunu"): a name takes its case after an apostrophe.
     */
    boolean cannotBeSurname(Token t) {
        return reader.isTitleWord(t) || reader.isTitleWordInTheGenitive(t) || reader.isInstitutionHead(t)
                || reader.isSentenceAdverb(t)
                || inflectedWithoutApostrophe(t.folded());
    }

    private static final List<String> COMMON_NOUN_ENDINGS = List.of("ların", "lerin", "ları", "leri", "ının",
            "inin", "unun", "ünün");

    /**
     * The possessive with the accusative ("Paylaşımını", "Konuşmasını"), which a name would take after an apostrophe,
     * and the plural of a group as the subject ("Köylüler", "Vatandaşlar"); only on longer words, for a few short
     * surnames end so ("Çini", "Güler").
     */
    private static final List<String> LONG_COMMON_NOUN_ENDINGS = List.of("ını", "ini", "unu", "ünü", "lar", "ler");
    private static final int LONG_COMMON_NOUN_MIN_LENGTH = 7;

    private static boolean inflectedWithoutApostrophe(String folded) {
        for (String ending : COMMON_NOUN_ENDINGS) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return folded.length() >= LONG_COMMON_NOUN_MIN_LENGTH
                && LONG_COMMON_NOUN_ENDINGS.stream().anyMatch(folded::endsWith);
    }

    private boolean coversGivenName(NameUnit u, Known k) {
        if (k.nameWords().length < 2) {
            return false;
        }
        String given = k.nameWords()[0];
        for (int i = u.first(); i <= u.last(); i++) {
            if (tokens.get(i).folded().equals(given)) {
                return true;
            }
        }
        return false;
    }
}
