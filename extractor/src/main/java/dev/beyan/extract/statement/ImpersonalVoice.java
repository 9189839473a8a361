package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;

import java.util.List;
import java.util.Set;

/**
 * "Yapılan açıklamada, '...' denildi", "Açıklamada şu ifadelere yer verildi: '...'": words quoted in the impersonal
 * passive come from a statement, and the statement's owner is their speaker: the body in the genitive or ablative
 * before the statement noun ("DSP'nin açıklamasında", "Valilikten yapılan açıklamada") or its agent ("DSP tarafından
 * yapılan açıklamada") or signatory ("Er imzasıyla yayınlanan açıklamada"), a person right before it ("Vali Er'in
 * yaptığı açıklamada"), the party named last for "Partinin", or a body set off as the subject of the
 * sentence before ("DSP, karara tepki gösterdi. Yapılan açıklamada ..."). Where the text names no owner the speaker
 * stays unknown: no one else named near the quote takes it.
 */
final class ImpersonalVoice {
    /** Passive forms after a quote: "denildi", "kaydedildi", "belirtildi". */
    private static final Set<String> CUES = Set.of("denildi", "dendi", "denilerek", "denilmişti", "denilmiştir",
            "denilirken", "kaydedildi", "belirtildi", "vurgulandı", "aktarıldı");
    private static final String AS = "olarak";
    /** How many sentences back the statement the quote comes from may be named. */
    private static final int SENTENCES_BACK = 2;
    /** Passives of characterising: "'...' olarak nitelendirildi". */
    private static final Set<String> CHARACTERISED = Set.of("nitelendirildi", "tanımlandı", "yorumlandı",
            "değerlendirildi");
    /** "X tarafından yapılan açıklamada": the agent of a passive. */
    private static final String BY = "tarafından";
    /** Nouns of what was said before a passive verb: "ifadelerine yer verildi", "ifadeleri kullanıldı". */
    private static final List<String> SAID_NOUNS = List.of("ifade", "görüş", "söz");
    /** "yer verildi", "yer aldı" after a noun of what was said. */
    private static final Set<String> PLACE_GIVEN = Set.of("verildi", "aldı");
    /**
     * Nouns of a statement that has an owner: "açıklamada", "bildiride", "paylaşımda", a deputy's motion
     * ("önergesinde"), a message ("mesajında") and a note ("defterdeki notunda").
     */
    private static final List<String> STATEMENT_NOUNS = List.of("açıklama", "bildiri", "paylaşım", "duyuru", "önerge",
            "mesaj", "notu");
    /** "Partinin açıklamasında": the party the text is about, named before. */
    private static final Set<String> PARTY_ANAPHORS = Set.of("partinin", "partisinin");
    private static final String PARTY_HEAD = "parti";
    /** How many words may stand between the owner and the statement noun ("X'in sosyal medya hesabından yapılan"). */
    private static final int OWNER_WINDOW = 6;
    /** "açıklama şöyle:", "açıklaması şu şekilde:": the statement given as it was made. */
    private static final Set<String> THUS = Set.of("şöyle", "şöyledir", "şekilde");
    /**
     * Bodies the text names in lower case, as the article's own governor's office or municipality ("valilikten
     * yapılan açıklamada"), by the stem of their ablative or genitive, and the name that stands for them.
     */
    private static final java.util.Map<String, String> BODIES_IN_LOWER_CASE = java.util.Map.of(
            "valilik", "Valilik", "valiliğ", "Valilik", "kaymakamlık", "Kaymakamlık", "kaymakamlığ", "Kaymakamlık",
            "belediye", "Belediye", "bakanlık", "Bakanlık", "bakanlığ", "Bakanlık");
    private static final Set<String> ABLATIVE_OR_GENITIVE = Set.of("tan", "ten", "dan", "den", "ın", "in", "nin", "nın");

    /** The participle of a statement made by the genitive before it: "Er'in yaptığı açıklamada". */
    private static final Set<String> MADE = Set.of("yaptığı", "yayımladığı", "paylaştığı", "gönderdiği");
    /** The relative "-ki" of a place between the owner and the statement: "defterdeki", "hesabındaki". */
    private static final List<String> LOCATED = List.of("daki", "deki", "taki", "teki");

    /** The speaker of an impersonal quote, or null where the text names none, and the words that report it. */
    record Voice(Analysis.Speaker speaker, String cue) {
    }

    private ImpersonalVoice() {
    }

    /** The voice of quote {@code q} when an impersonal passive reports it, else null. */
    static Voice of(TextContext c, RawQuote q) {
        int[] cue = passiveAfter(c, q);
        if (cue == null) {
            cue = passiveIntro(c, q);
        }
        if (cue == null) {
            return null;
        }
        int sentence = Sentences.start(c.text(), q.openMark());
        return new Voice(owner(c, sentence, q.openMark()), c.span(cue[0], cue[1]));
    }

    /** The first and last word of the passive right after the quote, or null. */
    private static int[] passiveAfter(TextContext c, RawQuote q) {
        List<Token> tokens = c.tokens();
        int j = c.index().firstAtOrAfter(q.after());
        if (j >= tokens.size() || !onlyCommaOrSpace(c.text(), q.after(), tokens.get(j).start())) {
            return null;
        }
        int last = passiveEnd(tokens, j);
        return last < 0 ? null : new int[] {j, last};
    }

    /**
     * "Açıklamada şunlar kaydedildi: '...'", "şu ifadeler kullanıldı, '...'": the passive before the colon or comma
     * that opens the quote, or null.
     */
    private static int[] passiveIntro(TextContext c, RawQuote q) {
        int j = c.index().lastEndingAtOrBefore(q.openMark());
        String gap = j < 0 ? "" : c.text().substring(c.tokens().get(j).end(), q.openMark()).strip();
        if (!gap.equals(":") && !gap.equals(",")) {
            return null;
        }
        if (gap.equals(":") && j > 0 && THUS.contains(c.tokens().get(j).folded())
                && STATEMENT_NOUNS.stream().anyMatch(c.tokens().get(j - 1).folded()::startsWith)) {
            return new int[] {j - 1, j}; // "Valilikten yapılan açıklama şöyle: '...'": the statement itself
        }
        for (int first = j; first >= Math.max(0, j - 2); first--) {
            if (passiveEnd(c.tokens(), first) == j) {
                return new int[] {first, j};
            }
        }
        return null;
    }

    /** The last word of a passive of saying starting at word {@code j}, or -1. */
    private static int passiveEnd(List<Token> tokens, int j) {
        String f = tokens.get(j).folded();
        if (CUES.contains(f)) {
            return j;
        }
        if (f.equals(AS) && j + 1 < tokens.size() && CHARACTERISED.contains(tokens.get(j + 1).folded())) {
            return j + 1; // "'...' olarak nitelendirildi": words that characterise, in the statement's voice
        }
        if (SAID_NOUNS.stream().noneMatch(f::startsWith) || j + 1 >= tokens.size()) {
            return -1;
        }
        String next = tokens.get(j + 1).folded();
        if (next.equals("kullanıldı") || next.equals("edildi")) {
            return j + 1;
        }
        // "ifadelere yer verildi"; "şu ifadeler yer aldı", where the words themselves "take place" in the statement
        return next.equals("yer") && j + 2 < tokens.size() && PLACE_GIVEN.contains(tokens.get(j + 2).folded())
                ? j + 2 : -1;
    }

    private static boolean onlyCommaOrSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && ch != ',') {
                return false;
            }
        }
        return true;
    }

    /**
     * The owner of the statement noun in the sentence; where it has none ("Açıklamada, '...' denildi"), the owner of
     * the statement a sentence before names, or the body that sentence is about (two sentences back at most).
     */
    static Analysis.Speaker owner(TextContext c, int sentence, int openMark) {
        Analysis.Speaker owner = ownerInSentence(c, sentence, openMark);
        int next = sentence;
        for (int back = 0; owner == null && next > 0 && back < SENTENCES_BACK; back++) {
            int last = Sentences.lastContentBefore(c.text(), next);
            if (last < 0) {
                return null;
            }
            int previous = Sentences.start(c.text(), last);
            owner = ownerInSentence(c, previous, last);
            owner = owner != null ? owner : bodySubjectOf(c, previous, next);
            next = previous;
        }
        return owner;
    }

    /**
     * The owner of the statement noun nearest before {@code openMark} that has one: "önerge sunan Kara'nın
     * önergesinde" is Kara's motion.
     */
    private static Analysis.Speaker ownerInSentence(TextContext c, int sentence, int openMark) {
        List<Token> tokens = c.tokens();
        int first = c.index().firstAtOrAfter(sentence);
        int end = first;
        while (end < tokens.size() && tokens.get(end).start() < openMark) {
            end++;
        }
        for (int noun = end - 1; noun >= first; noun--) {
            if (STATEMENT_NOUNS.stream().anyMatch(tokens.get(noun).folded()::startsWith)) {
                Analysis.Speaker owner = ownerOf(c, sentence, noun);
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    private static Analysis.Speaker ownerOf(TextContext c, int sentence, int noun) {
        List<Token> tokens = c.tokens();
        for (int u = 0; u < c.units().size() && c.units().get(u).last() < noun; u++) {
            NameUnit unit = c.units().get(u);
            boolean agent = unit.last() + 1 < noun && tokens.get(unit.last() + 1).folded().equals(BY);
            // "İlçe Başkanı A imzası ile yayınlanan açıklamada": the signatory made the statement
            boolean signer = unit.last() + 1 < noun
                    && SpeakerResolver.SIGNED.contains(tokens.get(unit.last() + 1).folded());
            boolean owning = unit.grammaticalCase() == NameUnit.Case.GENITIVE
                    || unit.grammaticalCase() == NameUnit.Case.ABLATIVE || agent || signer;
            if (unit.start() >= sentence && owning && !c.speakers().insideQuote(unit.start())
                    && governs(tokens, unit.last(), noun)) {
                Analysis.Speaker body = c.speakers().institutionOf(unit);
                Analysis.Speaker owner = body != null || !(agent || signer || (unit.grammaticalCase() == NameUnit.Case.GENITIVE
                        && madeBy(tokens, unit.last(), noun))) ? body : c.speakers().personOf(unit);
                if (owner != null) {
                    return owner;
                }
            }
        }
        for (int k = c.index().firstAtOrAfter(sentence); k < noun; k++) {
            if (PARTY_ANAPHORS.contains(tokens.get(k).folded())) {
                return partyBefore(c, sentence);
            }
        }
        return bodyInLowerCase(tokens, c.index().firstAtOrAfter(sentence), noun);
    }

    /** "valilikten yapılan açıklamada", "belediyenin açıklamasında": a body named in lower case owns the statement. */
    static Analysis.Speaker bodyInLowerCase(List<Token> tokens, int from, int noun) {
        for (int k = Math.max(from, noun - 2); k < noun; k++) {
            String f = tokens.get(k).folded();
            for (java.util.Map.Entry<String, String> body : BODIES_IN_LOWER_CASE.entrySet()) {
                boolean lowerCase = !tokens.get(k).isCapitalised() || k == from; // or capitalised opening the sentence
                if (f.startsWith(body.getKey()) && ABLATIVE_OR_GENITIVE.contains(f.substring(body.getKey().length()))
                        && lowerCase) {
                    return new Analysis.Speaker(null, BodyNamedInFull.of(tokens, body.getValue(), k));
                }
            }
        }
        return null;
    }

    /**
     * The name ending at word {@code last} owns the statement noun at {@code noun}: only a few words in lower case
     * stand between ("DSP'nin sosyal medya hesabından yapılan açıklamada"), no other name.
     */
    private static boolean governs(List<Token> tokens, int last, int noun) {
        if (noun - last > OWNER_WINDOW) {
            return false;
        }
        for (int k = last + 1; k < noun; k++) {
            if (tokens.get(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Er'in açıklamasında", "Er'in yaptığı açıklamada", "Er'in defterdeki notunda": the person's own statement, not
     * one made about them.
     */
    private static boolean madeBy(List<Token> tokens, int last, int noun) {
        if (noun == last + 1) {
            return true;
        }
        String between = tokens.get(last + 1).folded();
        return noun == last + 2 && (MADE.contains(between) || LOCATED.stream().anyMatch(between::endsWith));
    }

    private static Analysis.Speaker partyBefore(TextContext c, int before) {
        for (int u = c.units().size() - 1; u >= 0; u--) {
            NameUnit unit = c.units().get(u);
            if (unit.end() > before) {
                continue;
            }
            Analysis.Speaker body = c.speakers().institutionOf(unit);
            if (body != null && c.tokens().get(unit.last()).foldedStem().startsWith(PARTY_HEAD)) {
                return body;
            }
        }
        return null;
    }

    /**
     * "DSP, karara tepki gösterdi.", "DSP Merkez Yürütme Kurulu karara tepki gösterdi.": a body set off by a comma or
     * opening the sentence {@code [from, to)} is its subject.
     */
    private static Analysis.Speaker bodySubjectOf(TextContext c, int from, int to) {
        for (NameUnit unit : c.units()) {
            if (unit.start() < from) {
                continue;
            }
            if (unit.start() >= to) {
                break;
            }
            boolean subject = c.text().startsWith(",", unit.end()) || unit.start() == from;
            Analysis.Speaker body = unit.grammaticalCase() == NameUnit.Case.NOMINATIVE && subject
                    ? c.speakers().institutionOf(unit) : null;
            if (body != null) {
                return body;
            }
        }
        return null;
    }
}
