package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the quoted passages that report speech into direct statements, with their cue (the verb after
 * the quote, "...," dedi / diye konuştu / ifadelerini kullandı, or the introducer before a colon,
 * "şunları söyledi:") and their speaker: after a participle cue the name that follows it ("'...' diyen
 * Salman"), otherwise the subject before the quote in its sentence.
 */
final class DirectQuoteFinder {

    /** Words that point forward to the quote after a colon: "şunları söyledi:", "şu ifadeleri kaydetti:". */
    private static final Set<String> CATAPHORA = Set.of("şunları", "şöyle", "şunlar", "ifadeleri", "sözleri",
            "ifadelere", "değerlendirmeleri");
    /**
     * "sözünü", "ifadelerine": the quoted words named as someone's words, whose owner stands in the genitive before
     * ("Bahçeli'nin '...' ifadelerine yanıt verdi").
     */
    private static final List<String> WORDS_NOUNS = List.of("söz", "ifade");

    private final SpeechVerbs verbs;
    private final QuoteTitleFilter filter;

    DirectQuoteFinder(SpeechVerbs verbs, QuoteTitleFilter filter) {
        this.verbs = verbs;
        this.filter = filter;
    }

    List<Found> find(TextContext c) {
        List<Found> out = new ArrayList<>();
        for (RawQuote q : c.quotes()) {
            if (!filter.isStatement(c.text(), q, c.tokens(), c.index())) {
                continue;
            }
            ImpersonalVoice.Voice voice = ImpersonalVoice.of(c, q);
            if (voice != null) {
                out.add(new Found(q.openMark(), "direct", q.segments(), voice.cue(), voice.speaker(),
                        Found.Subject.AS_GIVEN));
                continue;
            }
            if (askedOfTheSpeaker(c, q)) {
                // "'...?' sorusuna yanıt veren Fidan": the question's asker, named in the genitive or not at all
                out.add(new Found(q.openMark(), "direct", q.segments(), null,
                        c.speakers().ownerRightBefore(q.openMark()), Found.Subject.AS_GIVEN));
                continue;
            }
            Analysis.Speaker quoted = quotedAsTheirWords(c, q);
            if (quoted != null) {
                out.add(new Found(q.openMark(), "direct", q.segments(), null, quoted, Found.Subject.AS_GIVEN));
                continue;
            }
            SpeechVerbs.Match post = postCue(c, q);
            String cue = null;
            Analysis.Speaker speaker = null;
            if (post != null) {
                cue = c.span(post.first(), post.last());
                String noun = c.tokens().get(post.first()).folded();
                // "A'nın yaptığı '...' açıklaması": any noun of saying is the genitive's act after its participle
                if (WORDS_NOUNS.stream().anyMatch(noun::startsWith)
                        || (isSpeechNoun(noun) && afterARelativeParticiple(c, q))) {
                    int sentence = Sentences.start(c.text(), q.openMark());
                    speaker = noun.endsWith("ine") || noun.endsWith("ına")
                            ? c.speakers().ownerInSentenceBefore(sentence, q.openMark())
                            : afterARelativeParticiple(c, q) ? c.speakers().genitiveBefore(sentence, q.openMark())
                            : c.speakers().ownerRightBefore(q.openMark());
                }
                if (speaker == null && SpeakerResolver.sentFrom(noun)) {
                    speaker = c.speakers().sourceRightBefore(q.openMark()); // "Altay'dan '...' tepkisi"
                }
                SpeechVerbs.Match asVerb = verbs.reportingEndingAt(c.tokens(), post.last());
                if (speaker == null && asVerb != null && asVerb.form() == SpeechVerbs.Form.PARTICIPLE) {
                    speaker = c.speakers().nameAfter(post.last());
                }
            } else {
                SpeechVerbs.Match intro = introCue(c, q);
                if (intro != null) {
                    cue = c.span(intro.first(), intro.last());
                    int introStart = c.tokens().get(intro.first()).start();
                    if (c.text().lastIndexOf('\n', q.openMark()) > introStart) {
                        // "... şunları söyledi:\n'...'": the quote opens a paragraph; the subject is the intro's
                        int sentence = sentenceStartOutsideQuotes(c, introStart);
                        speaker = c.speakers().subjectBefore(sentence, introStart);
                        if (speaker == null && madeBefore(c, sentence, intro.first())) {
                            // "Demir'in dün yaptığı açıklamada şunları söyledi:": no subject, the genitive speaks
                            speaker = c.speakers().genitiveBefore(sentence, introStart);
                        }
                    }
                }
            }
            if (speaker == null) {
                speaker = c.speakers().subjectBefore(Sentences.start(c.text(), q.openMark()), q.openMark());
            }
            if (speaker == null) {
                speaker = c.speakers().nameAfterQuote(q.after(), post == null ? -1 : post.last(),
                        Sentences.end(c.text(), q.after()));
            }
            out.add(new Found(q.openMark(), "direct", q.segments(), cue, speaker));
        }
        return out;
    }

    /**
     * "Yavaş'ın bir ay önce Meclis'te sarf ettiği, '...' sözünü hatırlattı": a relative participle right before the
     * quote makes the words the act of the name in the genitive that opens it, not of who recalls them; so does an
     * adjective of place in -ki ("Demir'in basın toplantısındaki '...' sözleri": where the genitive's words were said).
     */
    private static boolean afterARelativeParticiple(TextContext c, RawQuote q) {
        int before = c.index().lastEndingAtOrBefore(q.openMark());
        if (before < 0) {
            return false;
        }
        Token t = c.tokens().get(before);
        String gap = c.text().substring(t.end(), q.openMark()).strip();
        return (gap.isEmpty() || gap.equals(",")) && RELATIVE_PARTICIPLE.matcher(t.folded()).matches();
    }

    /** Whether a relative participle ("yaptığı") stands in {@code [sentence, beforeToken)}. */
    private static boolean madeBefore(TextContext c, int sentence, int beforeToken) {
        for (int k = c.index().firstAtOrAfter(sentence); k < beforeToken; k++) {
            if (RELATIVE_PARTICIPLE.matcher(c.tokens().get(k).folded()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ettiği", "söylediği", "kullandığı": the participle of a past act, owned by a genitive; "toplantısındaki",
     * "Meclis'teki": a locative made an adjective.
     */
    private static final Pattern RELATIVE_PARTICIPLE = Pattern.compile(".{2,}([dt][ıiuü]ğ[ıiuü]|[dt][ae]ki)");

    /**
     * A question quoted as the one answered ("'...?' sorusuna yanıt veren", "sorusu üzerine"): put to whoever answers;
     * not the questions the subject asks ("'...?' sorularını yöneltti").
     */
    private static boolean askedOfTheSpeaker(TextContext c, RawQuote q) {
        int next = c.index().firstAtOrAfter(q.after());
        if (next >= c.tokens().size() || !c.text().substring(q.start(), q.end()).strip().endsWith("?")) {
            return false;
        }
        Token t = c.tokens().get(next);
        boolean answered = ANSWERED_QUESTION.contains(t.folded()) || (QUESTION_NOUNS.contains(t.folded())
                && next + 1 < c.tokens().size() && c.tokens().get(next + 1).folded().equals("üzerine"));
        return answered && c.text().substring(q.after(), t.start()).isBlank();
    }

    private static final Set<String> ANSWERED_QUESTION = Set.of("sorusuna", "sorularına");
    private static final Set<String> QUESTION_NOUNS = Set.of("sorusu", "soruları");

    /** The start of the sentence of {@code pos}, where a full stop inside a quote ends no sentence. */
    private static int sentenceStartOutsideQuotes(TextContext c, int pos) {
        int start = Sentences.start(c.text(), pos);
        for (RawQuote q : c.quotes()) {
            if (q.openMark() < start && start < q.after()) {
                return sentenceStartOutsideQuotes(c, q.openMark());
            }
        }
        return start;
    }

    /** "şeklindeki", "yönündeki": the quote named as the content of someone's words. */
    private static final Set<String> AS_CONTENT = Set.of("şeklindeki", "yönündeki", "biçimindeki", "yönelik",
            "ilişkin", "dair");

    /**
     * "Karalar'ın basına yansıyan '...' şeklindeki sözlerini kınadı", "Er'in '...' yönelik ifadelerini eleştirdi":
     * words quoted as the content of someone's statement are the statement's owner's, named in the genitive before
     * them, not those of who reacts to them.
     */
    private static Analysis.Speaker quotedAsTheirWords(TextContext c, RawQuote q) {
        int j = c.index().firstAtOrAfter(q.after());
        List<Token> tokens = c.tokens();
        if (j + 1 >= tokens.size() || !AS_CONTENT.contains(tokens.get(j).folded())
                || !isSpeechNoun(tokens.get(j + 1).folded())) {
            return null;
        }
        return c.speakers().ownerInSentenceBefore(Sentences.start(c.text(), q.openMark()), q.openMark());
    }

    private SpeechVerbs.Match postCue(TextContext c, RawQuote q) {
        int j = c.index().firstAtOrAfter(q.after());
        if (j >= c.tokens().size()) {
            return null;
        }
        String text = c.text();
        for (int i = q.after(); i < c.tokens().get(j).start(); i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && ch != ',' && !QuoteMarks.isQuoteMark(ch)) {
                return null;
            }
        }
        SpeechVerbs.Match m = verbs.postQuoteStartingAt(c.tokens(), j);
        if (m == null) {
            m = verbs.reportingStartingAt(c.tokens(), j);
        }
        if (m == null) {
            String f = c.tokens().get(j).folded();
            if ((f.equals("diye") || f.equals("şeklinde")) && j + 1 < c.tokens().size()) {
                m = new SpeechVerbs.Match(j, j + 1, SpeechVerbs.Form.FINITE);
            } else if (j + 1 < c.tokens().size() && isSpeechNoun(f)) {
                boolean light = c.tokens().get(j + 1).folded().equals("yer") && j + 2 < c.tokens().size();
                m = new SpeechVerbs.Match(j, light ? j + 2 : j + 1, SpeechVerbs.Form.FINITE); // "ifadesine yer verdi"
            }
        }
        return m;
    }

    /** "ifadelerini kullanmıştı", "yorumunu yaptı", "açıklamasını yaptı": a noun of saying, then its verb. */
    static boolean isSpeechNoun(String f) {
        return f.startsWith("ifade") || f.startsWith("söz") || f.startsWith("yorum") || f.startsWith("açıklama")
                || f.startsWith("tepki") || f.startsWith("mesaj") || f.startsWith("çağrı") || f.startsWith("değerlendirme");
    }

    private SpeechVerbs.Match introCue(TextContext c, RawQuote q) {
        String text = c.text();
        int k = q.openMark() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
            k--;
        }
        if (k >= 0 && text.charAt(k) == '\n') {
            k = Sentences.lastContentBefore(text, k + 1);
        }
        if (k < 0 || text.charAt(k) != ':') {
            return null;
        }
        int t = c.index().lastEndingAtOrBefore(k);
        if (t < 0) {
            return null;
        }
        SpeechVerbs.Match intro = verbs.introEndingAt(c.tokens(), t);
        if (intro != null) {
            return intro;
        }
        SpeechVerbs.Match verb = verbs.reportingEndingAt(c.tokens(), t);
        if (verb == null) {
            return null;
        }
        int first = verb.first();
        // the cataphoric object before the verb: "şunları", "şöyle", "şu ifadeleri"
        if (first > 0 && CATAPHORA.contains(c.tokens().get(first - 1).folded())) {
            first--;
            if (first > 0 && c.tokens().get(first - 1).folded().equals("şu")) {
                first--;
            }
        }
        return new SpeechVerbs.Match(first, verb.last(), verb.form());
    }
}
