package dev.beyan.extract.statement;

import dev.beyan.extract.text.Tokenizer;
import dev.beyan.extract.text.TurkishText;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.Span;
import dev.beyan.extract.official.PersonNameFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds reported (indirect) speech: a content clause ending in a nominalised verb ({@link ContentClauseVerb})
 * right before a speech verb that governs it, finite or not ("...olduğunu belirtti", "...olduğunu
 * belirterek", "...olduğunu belirten Aslanoğlu"). Turkish is head-final, so the clause is found by walking
 * back from its verb to the nearest clause boundary: the start of the sentence, a context frame ("yaptığı
 * açıklamada,"), another speech verb ("...belirterek,", "dikkat çekerek"), or the speaker named as the
 * subject before a comma ("Aslanoğlu, ...", "Başkan Altay, ...") or before a focus particle ("Ertemur da").
 * A quotation inside the clause is passed over whole.
 */
final class ReportedSpeechFinder {

    private static final int MAX_CLAUSE_TOKENS = 80;
    private static final Set<String> PARTICLES = Set.of("da", "de", "ise");
    /** Time adverbs that open a sentence capitalised: "Bugün de ... çekildiğini anımsattı". */
    private static final Set<String> TIME_WORDS = Set.of("bugün", "dün", "yarın", "şimdi", "artık", "bu");
    /** Finite pasts of the shortest verbs, which the pattern below leaves out: "... yer aldı ve [...] belirtildi". */
    private static final Set<String> SHORT_PAST = Set.of("aldı", "oldu", "geldi", "kaldı", "verdi", "etti", "gitti");
    /** A finite verb in the past, passive or not: "verildi", "açıkladı", "belirtildi" (five letters at least). */
    private static final Pattern FINITE_PAST = Pattern.compile(".{3,}[dt][ıiuü]");
    /**
     * A finite past in -dI or -tI: the suffix's consonant agrees with the stem's last sound, -tI after a voiceless
     * consonant ("yaptı", "etti"), -dI after anything else ("açıkladı", "sevdi"); "tespiti", "hizmeti" are nouns.
     */
    private static boolean finitePast(String f) {
        if (!FINITE_PAST.matcher(f).matches()) {
            return false;
        }
        boolean voicelessBefore = VOICELESS.indexOf(f.charAt(f.length() - 3)) >= 0;
        return f.charAt(f.length() - 2) == 't' ? voicelessBefore : !voicelessBefore;
    }

    private static final String VOICELESS = "çfhkpsşt";

    /** Words in -dI/-tI that are no verbs. */
    private static final Set<String> NOT_VERBS = Set.of("kendi", "şimdi", "parti", "ordu", "hadi", "maddi", "ferdi",
            "ebedi", "iktisadi", "yedi");
    /** Words that may stand between a content clause and its verb: "olduğunu da bir kez daha vurguladı". */
    private static final Set<String> FILLERS = Set.of("da", "de", "ise", "sözlerine", "ayrıca", "özellikle",
            "açıkça", "bir", "kez", "daha", "bugün", "dün", "şu", "ifadelerle", "sözlerle", "cümlelerle");
    /** "ol-" after a verb form makes one compound verb with it: "soru sorulmuş olabileceğini" is one clause. */
    private static final List<String> AUXILIARY_STEMS = List.of("olabil", "olduğ", "olacağ", "olmuş", "olması");
    /** Nouns of a statement whose locative or instrumental frames the content ("yaptığı açıklamada, ..."). */
    private static final List<String> FRAME_NOUNS = List.of("açıklama", "konuşma", "paylaşım", "mesaj", "önerge",
            "yazı", "mektup", "röportaj", "değerlendirme", "bildiri", "genelge", "rapor", "toplantı", "tweet", "yayın",
            "program", "söyleşi", "açılış", "medya", "yanıt", "cevab", "dönüş", "gezi", "gerekçe", "demeç", "demec");
    /**
     * Frame nouns of something said or written, which has an author (not a meeting or a programme), also what one
     * gave as information ("A'nın verdiği bilgilere göre, [...] ifade edildi").
     */
    private static final List<String> STATEMENT_NOUNS = List.of("açıklama", "konuşma", "paylaşım", "mesaj", "önerge",
            "yazı", "mektup", "bildiri", "genelge", "rapor", "tweet", "değerlendirme", "bilgi", "teklif", "gerekçe");
    /**
     * Postpositions that make a frame of the statement noun before them: "basın toplantısı ile", "bir soru
     * üzerine", "sosyal medya hesabı üzerinden"; and "devamında" after its genitive ("açıklamasının devamında").
     */
    private static final Set<String> FRAME_POSTPOSITIONS = Set.of("ile", "üzerine", "üzerinden", "aracılığıyla",
            "devamında");
    /** Nouns that frame the statement only before such a postposition ("soru üzerine", "hesabı üzerinden"). */
    private static final List<String> POSTPOSITION_NOUNS = List.of("soru", "hesab");
    /** Nouns of a person's role, bare, as the head of a subject participle ("açıklama yapan avukat"). */
    private static final Set<String> PERSON_HEADS = Set.of("avukat", "başkan", "vali", "bakan", "kaymakam", "muhtar",
            "milletvekili", "vekil", "sözcü", "gazeteci", "yazar", "vatandaş", "akademisyen", "uzman", "yetkili");
    /** Office nouns of a group of officials that may be a subject ("5 il başkanı", "meclis üyeleri"). */
    private static final List<String> GROUP_HEADS = List.of("başkanı", "başkanları", "üyesi", "üyeleri",
            "milletvekili", "milletvekilleri", "müdürü", "müdürleri", "muhtarı", "muhtarları", "yetkilisi",
            "yetkilileri");
    /** The words of a group's office before its head: "belediye meclis üyesi", "il genel meclis üyesi". */
    private static final Set<String> OFFICE_WORDS = Set.of("il", "ilçe", "belediye", "büyükşehir", "meclis", "genel",
            "kadın", "gençlik", "kolları", "yönetim", "kurulu", "mahalle");
    private static final Set<String> NUMBER_WORDS = Set.of("iki", "üç", "dört", "beş", "altı", "yedi", "sekiz",
            "dokuz", "on", "yirmi", "otuz", "kırk", "elli");
    private static final List<String> ASKING = List.of("iste", "dile", "talep", "rica");
    /** Verbs of stressing, whose dative object may be an act: "... getirmemesine vurgu yaptı", "dikkat çekti". */
    private static final Set<String> STRESSING = Set.of("vurgu", "dikkat", "dikkati");
    /** Words in -An that are no participles: adverbs of time ("yeniden", "önceden"); those in -mAn are read apart. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("yeniden", "önceden", "sonradan", "birden", "aslen");
    private static final String DIYE = "diye";
    private static final String SAYING_PARTICIPLE = "diyen";
    private static final String SAYING_CONVERB = "diyerek";
    /** How many words the words said before a bare "dedi" have at least. */
    private static final int MIN_WIRE_WORDS = 5;

    /**
     * "Başkan A, ... bir parti dedi.": the words said before a bare "dedi" follow their speaker, a name set off by a
     * comma; without one ("Kılıçdaroğlu önce Kocadon dedi") "dedi" names, it does not quote.
     */
    private static boolean wireQuote(TextContext c, int b, int e) {
        List<Token> tokens = c.tokens();
        return e - b + 1 >= MIN_WIRE_WORDS && b > 0 && tokens.get(b - 1).isCapitalised()
                && c.text().substring(tokens.get(b - 1).end(), tokens.get(b).start()).contains(",");
    }

    /** "... bir parti dedi.": wire copy that drops the quotation marks before a bare "dedi". */
    private static final Set<String> SAID = Set.of("dedi", "dediler");
    /** Fewer words before "diye" are a name or a manner ("Neden diye sordu"), not words said. */
    private static final int MIN_SAID_WORDS = 3;
    /** -DIğI, -(y)AcAğI: "hazırladığı", "açıklayacağı". */
    private static final Pattern RELATIVE_PARTICIPLE = Pattern.compile(".{2,}([dt][ıiuü]|[ae]c[ae])ğ[ıiuü]");
    /** The genitive after a vowel or of a noun in -lIk: "belediyenin", "valiliğin", "bakanlığın". */
    private static final Pattern GENITIVE = Pattern.compile(".{2,}(n[ıiuü]n|ğ[ıiuü]n)");
    /** How many words a medium between a content clause and its verb may have ("sosyal medya hesabı üzerinden"). */
    private static final int MEDIUM_WINDOW = 4;
    /** The words closing such a medium. */
    private static final Set<String> MEDIUM_ENDS = Set.of("üzerinden", "aracılığıyla", "yoluyla", "hesabından");

    private final SpeechVerbs verbs;

    ReportedSpeechFinder(SpeechVerbs verbs) {
        this.verbs = verbs;
    }

    List<Found> find(TextContext c) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = c.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            if (!mayEndVerb(tokens.get(k).folded())) {
                continue;
            }
            SpeechVerbs.Match m = verbs.reportingEndingAt(tokens, k);
            if (m == null || m.first() < 1 || c.speakers().insideQuote(tokens.get(m.first()).start())) {
                continue;
            }
            int e = m.first() - 1;
            for (int filler = 0; e > 0 && filler < 4 && FILLERS.contains(tokens.get(e).folded()); filler++) {
                e--;
            }
            e = beforeMedium(c, e);
            boolean passive = m.form() == SpeechVerbs.Form.PASSIVE;
            String clauseVerb = tokens.get(e).folded();
            boolean clause = passive || droppedAccusative(m, clauseVerb)
                    ? ContentClauseVerb.isPassiveSubjectVerb(clauseVerb)
                        || (passive && governsTheDative(tokens.get(m.first()).folded())
                            && ContentClauseVerb.isContentClauseVerb(clauseVerb) && dative(clauseVerb))
                        || (passive && ContentClauseVerb.isContentClauseVerb(clauseVerb) && accusative(clauseVerb))
                    : ContentClauseVerb.isContentClauseVerb(clauseVerb)
                    || (asking(tokens.get(m.first()).folded()) && ContentClauseVerb.isActionNominalObject(clauseVerb)
                        && !ContentClauseVerb.isAnswering(clauseVerb)
                        && !ContentClauseVerb.isAnswering(tokens.get(Math.max(0, e - 1)).folded(), clauseVerb))
                    || (STRESSING.contains(tokens.get(m.first()).folded())
                        && ContentClauseVerb.isActionNominalDative(clauseVerb));
            if (!clause || !adjacent(c, e, m.first())) {
                continue;
            }
            // "Belediye Başkanı A ile buluşamadıklarını söyleyen Vali B": a participle's speaker is named after it, so
            // a name opening the sentence is the clause's own, not its subject
            boolean speakerAfter = m.form() == SpeechVerbs.Form.PARTICIPLE && c.speakers().nameAfter(m.last()) != null;
            int b = clauseStart(c, e, m.form(), speakerAfter);
            if (b >= e) {
                continue; // one word is a headless relative ("yaşadıklarını anlattı"), not a content clause
            }
            int sentence = Sentences.start(c.text(), tokens.get(b).start());
            if (tokens.get(b).start() == sentence && !speakerAfter) {
                b = afterLeadingSubject(c, b, e, false);
                if (b >= e) {
                    continue;
                }
            }
            while (b < e - 1 && CONNECTIVES.contains(tokens.get(b).folded())) {
                b++; // "... hatırlattı ve [yatırımların süreceğini] aktardı": the connective joins the reports
            }
            if (b < e - 2 && CONNECTIVE_PAIRS.contains(tokens.get(b).folded() + " " + tokens.get(b + 1).folded())) {
                b += 2; // "Buna karşılık [belediyenin zam yapmasına anlam veremediklerini] ifade eden"
            }
            b = afterAddresseeOfAQuestion(tokens, b, e, tokens.get(m.first()).folded());
            if (nestedReport(tokens, m) && (asking(tokens.get(m.first()).folded()) || !speakerInGenitive(c, b - 1))) {
                continue; // a report inside a report needs its speaker before it, in the genitive
            }
            // a participle's speaker is named after it ("... belirten Başkan A"), whatever its clause ends with
            boolean groupSubject = m.form() != SpeechVerbs.Form.PARTICIPLE && !passive
                    && (UnnamedGroupSubject.endsAt(tokens, b - 1)
                        || UnnamedGroupSubject.countedOpens(tokens, c.index().firstAtOrAfter(sentence), b)
                        || pluralOfficialsOpen(c, c.index().firstAtOrAfter(sentence), b));
            boolean unnamed = b > 0 && (IndefiniteSubject.endsAt(tokens, b - 1) || groupSubject);
            Analysis.Speaker speaker = unnamed ? null : switch (m.form()) {
                case PARTICIPLE -> c.speakers().nameAfter(m.last());
                case RELATIVE -> c.speakers().genitiveBefore(sentence, tokens.get(b).start());
                // "...olduğu belirtildi" names no speaker, unless its frame has an owner ("CHP'nin ... açıklamasında")
                case PASSIVE -> frameOwner(c, sentence, b);
                case CONVERB -> {
                    Analysis.Speaker head = participleHeadAfter(c, m.last());
                    yield head != null ? head : c.speakers().subjectBefore(sentence, tokens.get(b).start(), false);
                }
                default -> c.speakers().subjectBefore(sentence, tokens.get(b).start(), false);
            };
            Span span = new Span(tokens.get(b).start(), closingQuoteEnd(c.text(), tokens.get(b).start(),
                    tokens.get(e).end()));
            Found.Subject subject = unnamed ? Found.Subject.UNNAMED
                    : passive ? Found.Subject.AS_GIVEN : Found.Subject.CARRIED;
            out.add(new Found(span.start(), "indirect", List.of(span), c.span(m.first(), m.last()), speaker, subject));
        }
        unquotedSaying(c, out);
        return out;
    }

    /**
     * "...teşkilatının "emanetine sımsıkı sarıldığını" söyledi": a clause whose words the text quotes up to its last
     * word ends after the closing mark, so that its quotation marks stay paired.
     */
    private static int closingQuoteEnd(String text, int start, int end) {
        if (end >= text.length() || !QuoteMarks.isQuoteMark(text.charAt(end))
                || QuoteMarks.role(text, end) == QuoteMarks.Role.OPEN) {
            return end;
        }
        int open = 0;
        for (int i = start; i < end; i++) {
            QuoteMarks.Role role = QuoteMarks.role(text, i);
            if (role == QuoteMarks.Role.OPEN || (role == QuoteMarks.Role.EITHER && open == 0)) {
                open++;
            } else if ((role == QuoteMarks.Role.CLOSE || role == QuoteMarks.Role.EITHER) && open > 0) {
                open--;
            }
        }
        return open > 0 ? end + 1 : end;
    }

    /**
     * "Köprü yıl sonunda açılacak diye konuştu", "Her köye okul yapacağız diyen Başkan Er", "Başkan Er, köprü yıl
     * sonunda açılacak dedi": words said, reported without quotation marks before a form of "demek" ("diye" with its
     * speech verb, "diyen", "diyerek", a bare "dedi"); the clause
     * runs back to its subject or the sentence's start as a content clause does.
     */
    private void unquotedSaying(TextContext c, List<Found> out) {
        List<Token> tokens = c.tokens();
        for (int k = 2; k < tokens.size(); k++) {
            String f = tokens.get(k).folded();
            SpeechVerbs.Match cue = f.equals(DIYE) ? verbs.postQuoteStartingAt(tokens, k) : null;
            SpeechVerbs.Form form = cue != null || SAID.contains(f) ? SpeechVerbs.Form.FINITE
                    : f.equals(SAYING_PARTICIPLE) ? SpeechVerbs.Form.PARTICIPLE
                    : f.equals(SAYING_CONVERB) ? SpeechVerbs.Form.CONVERB : null;
            int e = k - 1;
            if (form == null || c.speakers().insideQuote(tokens.get(k).start())
                    || !QuoteTitleFilter.onlySpaceBetween(c.text(), tokens.get(e).end(), tokens.get(k).start())) {
                continue; // a quotation mark before "diye" is a quote's cue, found with the quote
            }
            int b = clauseStart(c, e, form,
                    form == SpeechVerbs.Form.PARTICIPLE && c.speakers().nameAfter(k) != null);
            if (e - b + 1 < MIN_SAID_WORDS || (SAID.contains(f) && !wireQuote(c, b, e))) {
                continue;
            }
            int last = cue != null ? cue.last() : k;
            Analysis.Speaker speaker = form == SpeechVerbs.Form.PARTICIPLE ? c.speakers().nameAfter(k)
                    : c.speakers().subjectBefore(Sentences.start(c.text(), tokens.get(b).start()),
                    tokens.get(b).start(), false);
            Span span = new Span(tokens.get(b).start(), tokens.get(e).end());
            out.add(new Found(span.start(), "indirect", List.of(span), c.span(k, last), speaker));
        }
    }

    /**
     * "Çiftçilerin de ...": a plural noun in the genitive is the clause's own subject, capitalised only because the
     * sentence starts with it; a name takes an apostrophe before its case.
     */
    private static boolean pluralGenitive(String folded) {
        return folded.endsWith("lerin") || folded.endsWith("ların");
    }

    /**
     * The head noun of a compound name in the dative, locative, accusative or genitive after its possessive, which
     * Turkish writes without an apostrophe: "Müzesine", "Meclisinde", "Adaylığına", "Mahallesini", "Yoklamasının".
     */
    private static boolean compoundInACase(String folded) {
        return COMPOUND_IN_A_CASE.matcher(folded).matches();
    }

    private static final Pattern COMPOUND_IN_A_CASE = Pattern.compile(".+[sğ][ıiuü](n[ae]|nd[ae]|n[ıiuü]n?)");

    /**
     * Verbs whose content clause is in the dative, in the passive too: "...zorunlu olduğuna vurgu yapıldı",
     * "...olduğuna dikkat çekildi", "...olacağına değinildi".
     */
    private static boolean governsTheDative(String firstWord) {
        return DATIVE_GOVERNING.stream().anyMatch(firstWord::startsWith);
    }

    private static final List<String> DATIVE_GOVERNING = List.of("vurgu", "dikkat", "işaret", "değin");

    private static boolean dative(String folded) {
        return folded.endsWith("a") || folded.endsWith("e");
    }

    /**
     * "...uzaklaştırıldığını belirtiliyor": news also writes the passive report with the clause in the accusative of
     * the active; the clause is reported all the same.
     */
    private static boolean accusative(String folded) {
        return folded.endsWith("nı") || folded.endsWith("ni") || folded.endsWith("nu") || folded.endsWith("nü");
    }

    /**
     * "Bakan Koca'nın [...] söylediğini hatırlattı": a speech verb nominalised in the accusative reports a clause of
     * its own, inside the clause of the verb after it.
     */
    private static boolean nestedReport(List<Token> tokens, SpeechVerbs.Match m) {
        String last = tokens.get(m.last()).folded();
        return m.form() == SpeechVerbs.Form.RELATIVE && NESTED_ENDINGS.stream().anyMatch(last::endsWith);
    }

    private static final List<String> NESTED_ENDINGS = List.of("ğını", "ğini", "ğunu", "ğünü", "klarını",
            "klerini");

    /** Verbs of asking and expressing: "istedi", "talep etti", "rica etti", "dile getirdi". */
    private static boolean asking(String firstWord) {
        return ASKING.stream().anyMatch(firstWord::startsWith);
    }

    /**
     * A sentence that opens with its speaker, an official, and no comma ("Başkan Yılmaz kentin ... olduğunu söyledi"):
     * the clause starts after the name (and a focus particle after it). With {@code alone}, the name must not be
     * followed by "ve" or "ile" (after a comma, "Başkan Yılmaz ile görüşerek" names a company, not the subject).
     */
    private static int afterLeadingSubject(TextContext c, int b, int e, boolean alone) {
        int u = c.speakers().unitStartingAt(b);
        if (u < 0) {
            return b;
        }
        NameUnit unit = c.units().get(u);
        if (unit.last() + 1 >= e || c.speakers().effectiveCase(u) != NameUnit.Case.NOMINATIVE
                || !c.speakers().resolvesToOfficial(unit)) {
            return b;
        }
        int next = unit.last() + 1;
        if (c.tokens().get(next).isCapitalised() || (alone && TurkishText.COORDINATORS.contains(c.tokens().get(next).folded()))
                || isAgentOrPredicate(c.tokens().get(next).folded())) {
            return b;
        }
        if (PARTICLES.contains(c.tokens().get(next).folded()) && next + 1 < e) {
            next++;
        }
        return afterComitative(c, next, e);
    }

    /**
     * "..., Genel Başkan A tarafından Meclis'e sunulduğunu", "..., adayın A olduğunu", "..., Genel Başkan A
     * öncülüğünde": a name before the agent's postposition, the copula or the noun it leads is inside the clause,
     * not its speaker.
     */
    private static boolean isAgentOrPredicate(String f) {
        return f.equals("tarafından") || f.startsWith("olduğ") || f.startsWith("olacağ") || LED_BY.contains(f);
    }

    /**
     * The subject's company ("Gülsevin ve yönetim kurulu üyeleriyle birlikte ..."): a comitative phrase
     * closed by "birlikte" or "beraber" right after the subject belongs to the subject, not to the clause.
     */
    private static int afterComitative(TextContext c, int from, int e) {
        List<Token> tokens = c.tokens();
        for (int j = from + 1; j < Math.min(from + 8, e); j++) {
            String f = tokens.get(j).folded();
            if (f.equals("birlikte") || f.equals("beraber")) {
                String prev = tokens.get(j - 1).folded();
                boolean comitative = prev.equals("ile") || prev.endsWith("la") || prev.endsWith("le");
                if (comitative && !boundaryIn(c.text(), tokens.get(from).start(), tokens.get(j).end())
                        && c.text().substring(tokens.get(from).start(), tokens.get(j).end()).indexOf(',') < 0) {
                    return j + 1;
                }
                return from;
            }
        }
        return from;
    }

    /** Only words ending like a speech verb's endings can be one (a cheap filter before the lookup). */
    private static boolean mayEndVerb(String f) {
        if (f.length() < 3) {
            return false;
        }
        char last = f.charAt(f.length() - 1);
        return "ıiuürknşypae".indexOf(last) >= 0;
    }

    /** Nothing but spaces, quotation marks and the particles skipped between the clause's verb and the speech verb. */
    private static boolean adjacent(TextContext c, int e, int verb) {
        String text = c.text();
        for (int i = c.tokens().get(e).end(); i < c.tokens().get(verb).start(); i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && !QuoteMarks.isQuoteMark(ch) && !Tokenizer.isWordChar(ch)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Connectives and adverbs of the speech act that may open the words before a content clause ("Tunç ayrıca
     * [...olduğunu] söyledi", "... hatırlattı ve [...] aktardı"): they belong to the report, not to what is reported.
     */
    /**
     * The people words are said to, in the dative plural ("gazetecilere", "basın mensuplarına", "vatandaşlara") or an
     * outlet's reporter ("AA muhabirine", "gazetemiz muhabirine").
     */
    private static boolean addressees(String folded) {
        return (ADDRESSEES.stream().anyMatch(folded::startsWith)
                && (folded.endsWith("lere") || folded.endsWith("lara") || folded.endsWith("larına")
                    || folded.endsWith("lerine")))
                || REPORTER_DATIVES.contains(folded);
    }

    private static final Set<String> REPORTER_DATIVES = Set.of("muhabirine", "muhabirimize", "muhabirlerine");

    private static final List<String> ADDRESSEES = List.of("gazeteci", "muhabir", "mensup", "vatandaş", "katılımcı",
            "partili", "üretici", "çiftçi", "esnaf");

    /** Two-word connectives that open a sentence and link it to the one before, outside what is reported. */
    private static final Set<String> CONNECTIVE_PAIRS = Set.of("buna karşılık", "öte yandan", "bununla birlikte",
            "buna rağmen", "bunun üzerine", "bunun yanında", "diğer yandan");
    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("ve", "ayrıca", "ise", "de", "da",
            "ancak", "ama", "fakat", "yine");

    /** {@code speakerAfter}: a participle's speaker is named after it, so no subject before the clause is its. */
    private int clauseStart(TextContext c, int e, SpeechVerbs.Form form, boolean speakerAfter) {
        List<Token> tokens = c.tokens();
        String text = c.text();
        int j = e - 1;
        int right = e; // the token after j
        while (j >= 0 && e - j < MAX_CLAUSE_TOKENS) {
            Token t = tokens.get(j);
            if (c.speakers().insideQuote(t.start()) && !c.speakers().insideQuote(tokens.get(e).start())) {
                RawQuote q = quoteAt(c, t.start());
                if (q != null) {
                    if (boundaryIn(text, q.after(), tokens.get(right).start())) {
                        return right;
                    }
                    SpeechVerbs.Match ownCue = right < e ? verbs.postQuoteStartingAt(tokens, right) : null;
                    if (ownCue != null && ownCue.last() < e) {
                        // "“...” ifadelerini kullanarak, [...] ifade etti": the quote has its own cue; the clause follows it
                        return ownCue.last() + 1;
                    }
                    int before = c.index().lastEndingAtOrBefore(q.openMark());
                    if (before < 0 || boundaryIn(text, tokens.get(before).end(), q.openMark())) {
                        return c.index().firstAtOrAfter(q.openMark());
                    }
                    right = c.index().firstAtOrAfter(q.openMark());
                    j = before;
                    continue;
                }
            }
            String gap = text.substring(t.end(), tokens.get(right).start());
            if ((boundaryIn(text, t.end(), tokens.get(right).start()) && !clauseListedOnLines(t, gap))
                    || (gap.isEmpty() && right < e)) {
                // nothing between two words: a page lost the line break after a heading ("teşekkürCevizli'ye")
                return right;
            }
            boolean comma = gap.indexOf(',') >= 0;
            if (comma && right < e && !listedAfterBasta(tokens, j, e)) {
                int afterSubject = afterLeadingSubject(c, right, e, true);
                if (afterSubject != right) {
                    return afterSubject; // "Çamlıdere için, Adem Ceylan [...yaptığını] duyurdu": the subject after a comma
                }
            }
            SpeechVerbs.Match verb = verbs.reportingEndingAt(tokens, j);
            // "kentin "..." diyen tek belediye olduğunu": "diyen" before a lower-case noun describes it, inside the clause
            boolean describing = t.folded().equals(SAYING_PARTICIPLE) && !comma && right < e
                    && !tokens.get(right).isCapitalised();
            if (verb != null && !describing && verb.form() != SpeechVerbs.Form.RELATIVE && !auxiliaryAt(tokens, right)
                    && !passiveActInside(tokens, verb) && !participleOfAPlainObject(c, verb)) {
                // "...olduğuna dikkat çekmekle birlikte, [...] vurguladı": "birlikte" closes the converb
                return right < e && tokens.get(right).folded().equals("birlikte") ? right + 1 : right;
            }
            if (comma && isTopicFrame(tokens, j)) {
                return right; // "paylaşımlara ilişkin olarak da, [...] söyledi", "yurt konusunda, [...]": its topic
            }
            if (comma && accordingTo(tokens, j)) {
                return right; // "ajansta yer alan habere göre, [...] söyledi": where the report is read
            }
            if (isCommunicativeConverb(tokens, j)) {
                return right; // "sorularını yanıtlayarak, [kazanmaya geldiklerini] söyledi": the speaker's own act
            }
            if (comma && right < e && isCeremonialConverb(tokens, j)) {
                return right; // "fotoğrafını hediye ederek, [...] söyledi": the speaker's act at the ceremony
            }
            if (isFrame(t.folded()) && ownFrame(tokens, j, form) && !lightVerbAfter(tokens, right)
                    && !returnTrip(tokens, j) && !foretold(tokens, j)
                    && !(gap.isBlank() && adjunctOfAParticiple(tokens, right, e))) {
                return right;
            }
            if (comma && madePluralFrame(tokens, j)) {
                return right; // "yaptığı açıklamalarda, [...] ifade etti": the statements the speaker made
            }
            if (comma && (isEventFrame(t.folded()) || heldSpeech(t.folded())) && !foretold(tokens, j)) {
                return right; // "düzenlenen mitingde, [...] söyledi"
            }
            if (form == SpeechVerbs.Form.RELATIVE && t.isCapitalised() && ownerInGenitive(c, j)) {
                return right; // "Başkan Er'in [...] söylemesi üzerine": the owner of the verbal noun says it
            }
            if ((comma || PARTICLES.contains(t.folded())) && IndefiniteSubject.endsAt(tokens, j)) {
                return right; // "çeşme başında bekleyen bir köylü, [...] söyledi": someone the text does not name
            }
            if (comma && TIME_FRAMES.contains(t.folded())) {
                return right; // "kayyumların ardından, [...] ileri sürüldü": when it was said
            }
            if (comma && addressees(t.folded())) {
                return right; // "Baydaş, gazetecilere, [yağmurun bir hafta yağdığını] söyledi": whom it was said to
            }
            if (comma && t.folded().equals("sıra") && j > 0 && tokens.get(j - 1).folded().equals("yanı")) {
                return right; // "muhalefetin itirazlarının yanı sıra, [...] ifade edildi": what else was said
            }
            if (PARTICLES.contains(t.folded()) && j > 0 && (isEventFrame(tokens.get(j - 1).folded())
                    || (isFrame(tokens.get(j - 1).folded()) && ownFrame(tokens, j - 1, form)))) {
                return right; // "il başkanlığı ziyaretinde ise [...] söyledi": the particle closes the frame
            }
            if (postedFrom(tokens, j)) {
                return right; // "sosyal medya hesabından [...] duyurdu": where it was posted
            }
            if (FRAME_POSTPOSITIONS.contains(t.folded()) && j > 0 && startsWithFrameNoun(tokens.get(j - 1).folded())
                    && !(j > 1 && TurkishText.COORDINATORS.contains(tokens.get(j - 2).folded()))) {
                return right; // "sosyal medya üzerinden, [...]"; not "yargı ve medya üzerinden [saldırı]" inside it
            }
            // (a body right before the clause's verb is its predicate: "en iyi örneğin Destek Birimi (KADES) olduğunu")
            if (right < e && (comma || (bareBodyBefore(tokens, j) && form != SpeechVerbs.Form.PASSIVE
                    && !POSTPOSITIONS.contains(tokens.get(right).folded())
                    && !POSSESSED_LOCATIVE.matcher(tokens.get(right).folded()).matches()
                    && !genitive(tokens.get(right)))) && abbreviatedName(text, tokens, j) && !inflectedAfter(gap)) {
                // (nor before a possessed noun in the locative: "Cumhuriyet Halk Partisi (CHP) saflarında")
                // not "Büyükşehir Belediye Başkan (ABB) adayının": the abbreviation modifies the noun after it
                // "Afet ve Acil Durum Yönetimi Başkanlığı (AFAD)(,) [...] bildirdi": the body is the subject
                return right;
            }
            // "... kesilen Sulama Birliği, [...] bildirdi"; but in "Sulama Birliği, [...] ileri süren Vekil Er" the
            // participle's speaker comes after it, and only a person set off before is the sentence's subject
            if (comma && t.isCapitalised() && !namesThings(tokens, j, e) && !listedAfterBasta(tokens, j, e)
                    && !itemOfALocativeList(tokens, j) && (isSubject(c, j, form) || namedBodyAfterParticiple(text, tokens, j))
                    && (!speakerAfter || personEndingAt(c, j))) {
                return right;
            }
            if (comma && right < e && headOfAParticiple(c, j) && !isBarePlural(tokens.get(right).folded())) {
                return right; // "köyde yaşayan çiftçiler, [...] söyledi": a participle's head set off is the subject
            }
            if (comma && (isPluralOfOfficials(t.folded()) || countedGroup(tokens, j)
                        || UnnamedGroupSubject.countedEndsAt(tokens, j))
                    && !TurkishText.COORDINATORS.contains(tokens.get(right).folded())
                    && !pluralListGoesOn(tokens, right, e)) {
                // "...teşekkür eden CHP'li vekiller, [...] belirttiler", "DSP'li 6 belediye meclis üyesi, [...]
                // öne sürerek": a group of officials is the subject
                return right;
            }
            // "DSP'li 5 il başkanı (daha) istifa ettiklerini açıkladı": the group is the subject; right before the
            // clause's verb, or a nominalised verb inside it, it is that verb's bare object ("4 milletvekili
            // çıkardıklarını", "iki milletvekili kazanacağına inandığını")
            if (!comma && right < e && form != SpeechVerbs.Form.PASSIVE && (isGroupOfOfficials(tokens, j)
                    || (t.folded().equals("daha") && j > 0 && isGroupOfOfficials(tokens, j - 1)))
                    && !ContentClauseVerb.isContentClauseVerb(tokens.get(right).folded())) {
                return right;
            }
            if (!comma && right < e && form != SpeechVerbs.Form.PASSIVE && bodyOpensTheSentence(c, j)
                    && !POSTPOSITIONS.contains(tokens.get(right).folded())
                    && !TurkishText.COORDINATORS.contains(tokens.get(right).folded())
                    && !POSSESSED_PLACE.matcher(tokens.get(right).folded()).matches()
                    && !tokens.get(right).folded().equals(AS)) {
                // "Milli Eğitim Bakanlığı [yeni okul yapılacağını] açıkladı": the body is the subject; but not
                // "Valiliği önünde", "Bakanlığı tarafından", "Müdürlüğü olarak": the clause's own words
                return right;
            }
            // "Toplantıya katılan Başkan Demir kentin ... olduğunu söyledi": no comma after the subject. A passive
            // report has no subject: there the name is the clause's ("... Vali A kayyum olarak atandığı bildirildi").
            // "... tepki gösteren Vali A ile de toplantı yaptıklarını": a participle's head with "ile" after it is the
            // company in the clause
            if (!comma && t.isCapitalised() && form != SpeechVerbs.Form.PASSIVE
                    && ((isParticipleHead(c, j) && !TurkishText.COORDINATORS.contains(tokens.get(right).folded()))
                        || officialAsSubject(c, j, right))
                    && !LED_BY.contains(tokens.get(right).folded())
                    && !PersonNameFinder.isNamesakeHead(TurkishText.asciiFold(tokens.get(right).folded()))) {
                // (not "Cumhurbaşkanı Süleyman Demirel Parkı açılışı için ...": the park's namesake)
                return right;
            }
            // "...gezen başkanlar", "...konuşan avukat": the subject, a participle's head noun; but not one of two
            // coordinated nouns inside the clause ("...gelen talepler ve mevsim şartlarına göre ..."), nor the
            // predicate right before the clause's verb ("korunması gereken alanlar olduğunu"), nor an example in a
            // "başta ... olmak üzere" list ("başta rahatsızlığı bulunan vatandaşlar olmak üzere tüm halkın")
            // (a title before a name is not the head: the name after it is, read above)
            if (!comma && right < e && (isBarePlural(t.folded()) || PERSON_HEADS.contains(t.folded())) && j > 0
                    && isParticiple(tokens.get(j - 1)) && !TurkishText.COORDINATORS.contains(tokens.get(right).folded())
                    && !(PERSON_HEADS.contains(t.folded()) && right < e && tokens.get(right).isCapitalised()
                        && tokens.get(right).apostropheSuffix().isEmpty())
                    && !POSTPOSITIONS.contains(tokens.get(right).folded()) && !listedAfterBasta(tokens, j, e)) {
                return right;
            }
            if (PARTICLES.contains(t.folded()) && j > 0 && tokens.get(j - 1).isCapitalised()
                    && form != SpeechVerbs.Form.PASSIVE
                    && tokens.get(j - 1).apostropheSuffix().isEmpty() && !TIME_WORDS.contains(tokens.get(j - 1).folded())
                    && !pluralGenitive(tokens.get(j - 1).folded()) && !dated(tokens, j - 1)
                    && !commonNounOpeningItsSentence(c, j - 1) && !compoundInACase(tokens.get(j - 1).folded())) {
                // "Demir de ...": the subject; but "Bugün de ..." opens the clause, a passive report has no subject
                // ("Koordinatör Yıldırımın ise yarın katılacağı belirtildi"), and neither has a name's head noun in a
                // case ("Açık Hava Müzesine ise ...")
                return right;
            }
            if (!t.isCapitalised() && (finitePast(t.folded()) || SHORT_PAST.contains(t.folded()))
                    && !NOT_VERBS.contains(t.folded())
                    && (TurkishText.COORDINATORS.contains(tokens.get(right).folded())
                        || CONTRASTIVES.contains(tokens.get(right).folded())) && right < e) {
                // "... mesajı verildi ve [...] vurgulandı", "... kapalı tutuldu ancak [...] belirtildi": a finite verb
                // closes the clause before
                return right;
            }
            right = j;
            j--;
        }
        return right;
    }

    /** The genitive ending after a consonant or a vowel: "vatandaşın", "belediyenin". */
    private static final Pattern GENITIVE_ENDING = Pattern.compile(".*[^aeıioöuü][ıiuü]n|.*n[ıiuü]n");

    /**
     * "Vatandaşın da bu duruma sevindiğini kaydeden Vural": a word in the genitive, capitalised only because it opens
     * its sentence and naming no one, is the clause's own subject before the particle, not the speaker; one in the
     * nominative ("Köylüler de ... belirtti") is the speaker.
     */
    private static boolean commonNounOpeningItsSentence(TextContext c, int k) {
        Token t = c.tokens().get(k);
        if (Sentences.start(c.text(), t.start()) != t.start() || !GENITIVE_ENDING.matcher(t.folded()).matches()) {
            return false;
        }
        int u = c.speakers().unitEndingAt(k);
        return u < 0 || !c.speakers().resolvesToPerson(c.units().get(u));
    }

    /**
     * "Bağcılar'da A, Sancaktepe'de B, Sultanbeyli'de C'nin aday gösterildiğini": a name right after a place in the
     * locative is an item of a list by place inside the clause, not a subject set off by its comma.
     */
    private static boolean itemOfALocativeList(List<Token> tokens, int last) {
        int k = last;
        while (k >= 0 && last - k < NAME_WORDS && tokens.get(k).isCapitalised()
                && tokens.get(k).apostropheSuffix().isEmpty() && (k == last || spaceOnlyBetween(tokens, k))) {
            k--;
        }
        return k >= 0 && k < last && tokens.get(k).isCapitalised() && spaceOnlyBetween(tokens, k)
                && TurkishText.LOCATIVE_SUFFIXES.contains(tokens.get(k).apostropheSuffix());
    }

    private static boolean spaceOnlyBetween(List<Token> tokens, int k) {
        return tokens.get(k).text().substring(tokens.get(k).end(), tokens.get(k + 1).start()).equals(" ");
    }

    private static final int NAME_WORDS = 4;

    /**
     * "başta Genel Başkan A, Başkan B olmak üzere belediye başkanlarıyla": the names a "başta ... olmak üzere" list
     * gives as examples are inside the clause, also after the list's commas.
     */
    private static boolean listedAfterBasta(List<Token> tokens, int j, int e) {
        boolean closed = false;
        for (int k = j + 1; k + 1 < e && !closed; k++) {
            closed = tokens.get(k).folded().equals("olmak") && tokens.get(k + 1).folded().equals("üzere");
        }
        if (!closed) {
            return false;
        }
        for (int k = j - 1; k >= 0 && j - k <= BASTA_LIST_TOKENS; k--) {
            if (tokens.get(k).folded().equals("başta")) {
                return true;
            }
        }
        return false;
    }

    private static final int BASTA_LIST_TOKENS = 16;

    /**
     * "Oya Er liderliğindeki CHP", "eski Vali A döneminde": a name that leads the noun after it, or whose term it
     * names, is inside the clause, not its subject.
     */
    private static final Set<String> LED_BY = Set.of("liderliğindeki", "liderliğinde", "önderliğindeki",
            "önderliğinde", "öncülüğündeki", "öncülüğünde", "başkanlığındaki", "başkanlığında", "yönetimindeki",
            "yönetiminde", "döneminde", "dönemindeki", "zamanında");

    /**
     * Postpositions (and nouns used as such) whose object a noun is, inside the clause: "seçimde çıkan sonuçlar
     * üzerine [...]", "yapılan istişareler sonucunda [...]".
     */
    private static final Set<String> POSTPOSITIONS = Set.of("üzerine", "için", "gibi", "nedeniyle", "dolayısıyla",
            "yüzünden", "hakkında", "kadar", "göre", "karşı", "sonrası", "sonrasında", "ile", "sonucunda",
            "neticesinde", "ardından", "sonunda", "kapsamında", "doğrultusunda", "çerçevesinde", "sırasında",
            "arasında");

    /**
     * The name before the abbreviation at {@code j} takes no case ("Başkanlığı (AFAD)", not "Başkanlığı'nın (AFAD)"):
     * without a comma too, it is the subject of an active verb, unless a postposition takes it ("Planı (TAMP)
     * kapsamında").
     */
    private static boolean bareBodyBefore(List<Token> tokens, int j) {
        return j > 0 && tokens.get(j - 1).apostropheSuffix().isEmpty()
                && !GENITIVE.matcher(tokens.get(j - 1).folded()).matches();
    }

    /** Word {@code j} is the abbreviation in parentheses after a capitalised name: "... Başkanlığı (AFAD)". */
    private static boolean abbreviatedName(String text, List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return j > 0 && t.isCapitalised() && t.start() > 0 && text.charAt(t.start() - 1) == '('
                && t.end() < text.length() && text.charAt(t.end()) == ')' && tokens.get(j - 1).isCapitalised();
    }

    /**
     * Word {@code j} ends a public body's name in the nominative that opens its sentence ("Milli Eğitim Bakanlığı",
     * "Aile ve Sosyal Hizmetler Bakanlığı", "Sinop Valiliği"): a body in any case but the subject's takes a suffix.
     */
    private static boolean bodyOpensTheSentence(TextContext c, int j) {
        List<Token> tokens = c.tokens();
        Token t = tokens.get(j);
        if (!t.isCapitalised() || !t.apostropheSuffix().isEmpty() || BODY_HEADS.stream().noneMatch(t.folded()::endsWith)) {
            return false;
        }
        for (int k = j - 1; k >= 0; k--) {
            if (boundaryIn(c.text(), tokens.get(k).end(), tokens.get(k + 1).start())) {
                return true;
            }
            if (!tokens.get(k).isCapitalised() && !tokens.get(k).folded().equals("ve")) {
                return false;
            }
        }
        return true;
    }

    private static final String AS = "olarak";
    /** "gündeme getirerek", "Meclis gündemine taşıyarak": raising a matter is the speaker's act, not the report. */
    private static final String AGENDA = "gündem";
    /** A possessed noun in the locative or ablative: "önünde", "bünyesinde", "tarafından". */
    private static final Pattern POSSESSED_PLACE = Pattern.compile(".+n[dt][ae]n?");
    /** A possessed noun in the locative only: "saflarında", "bünyesinde". */
    private static final Pattern POSSESSED_LOCATIVE = Pattern.compile(".+n[dt][ae]");

    private static final List<String> BODY_HEADS = List.of("bakanlığı", "valiliği", "kaymakamlığı", "belediyesi",
            "başkanlığı", "müdürlüğü", "başsavcılığı", "müftülüğü", "rektörlüğü", "komutanlığı");

    /** Words that make the names before them names of things: "Atmaca, Bora ve Hisar isimli füzeler". */
    private static final Set<String> NAMING = Set.of("isimli", "adlı", "adındaki", "isimdeki");

    /**
     * Word {@code j} is an item of a list of capitalised names ("Atmaca, Yıldırım, ... ve Hisar isimli füzelerin")
     * that "isimli" or "adlı" closes before the clause's verb at {@code e}: names of things, not a subject.
     */
    private static boolean namesThings(List<Token> tokens, int j, int e) {
        for (int k = j; k < e; k++) {
            Token t = tokens.get(k);
            if (NAMING.contains(t.folded())) {
                return k > j;
            }
            if (!t.isCapitalised() && !t.folded().equals("ve")) {
                return false;
            }
        }
        return false;
    }

    /** "30 Eylülde ise": a capitalised month after a day's number is a date, not a subject. */
    private static boolean dated(List<Token> tokens, int k) {
        return k > 0 && !tokens.get(k - 1).folded().isEmpty()
                && tokens.get(k - 1).folded().chars().allMatch(Character::isDigit);
    }

    /**
     * "...müdahale olduğunu,\n\nYargının ... zedelendiğini,\n\n... olduğunu söyledi": content clauses listed one a
     * line, each closed by a comma, are one report; the line break after such a clause is no boundary.
     */
    private static boolean clauseListedOnLines(Token t, String gap) {
        return gap.strip().equals(",") && gap.indexOf('\n') >= 0 && ContentClauseVerb.isContentClauseVerb(t.folded());
    }

    /** What is sent to address someone: "bakanlıklara bir yazı göndererek". */
    private static final List<String> WRITINGS = List.of("yazı", "mektup", "mesaj", "genelge", "talimat");
    /**
     * Nouns of an act of address made "in" ("açıklamada bulunurken", "başarı dileklerinde bulunurken"), and of the
     * visit it was made on ("incelemelerde bulunarak", "temaslarda bulunurken"), and of criticism
     * ("eleştirisinde bulunarak").
     */
    private static final List<String> STATED = List.of("açıklama", "dilek", "temenni", "değerlendirme", "çağrı",
            "uyarı", "konuşma", "inceleme", "temas", "eleştiri", "vurgu");

    /** What a speaker gives before the report: "cevap vererek", "bilgi vererek", "tepki verirken", "talimat vererek". */
    private static final Set<String> GIVEN = Set.of("cevap", "yanıt", "bilgi", "tepki", "talimat", "destek");

    /** Where a speaker appears to talk: "canlı yayına katılarak", "programa katılarak". */
    private static final List<String> BROADCASTS = List.of("yayın", "program");

    /** "Genel Müdürlüğü (KKGM)’ne": a case suffix after the parenthesis makes the body an object, not the subject. */
    private static boolean inflectedAfter(String gap) {
        for (int k = 0; k < gap.length(); k++) {
            if (TurkishText.isApostrophe(gap.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sertel, Bakan Koca'ya [hastaneye ne zaman doktor atanacağını] sordu", "Vali, Genel Sekreter Arslan'dan
     * [çalışmaların hızlandırılmasını] istedi": the one asked, a titled name in the dative of a question or the
     * ablative of a request opening the clause, is the verb's, not part of what is asked.
     */
    private static int afterAddresseeOfAQuestion(List<Token> tokens, int b, int e, String verb) {
        Set<String> cases = verb.startsWith(QUESTIONING) ? DATIVE : asking(verb) ? ABLATIVE : Set.of();
        int j = b;
        while (j < e && tokens.get(j).isCapitalised() && tokens.get(j).apostropheSuffix().isEmpty()) {
            j++;
        }
        // a title before the name tells a person ("Gerze'ye okul yapılıp yapılmayacağını" asks about a place)
        return j > b && j < e - 1 && tokens.get(j).isCapitalised()
                && cases.contains(tokens.get(j).apostropheSuffix()) ? j + 1 : b;
    }

    private static final Set<String> ABLATIVE = Set.of("dan", "den", "tan", "ten", "ndan", "nden");

    /** "sordu", "sorarak", "soran": asking a question. */
    private static final String QUESTIONING = "sor";

    /**
     * "teşekkür ederek", "tebrik ederken", "halka hitap ederek", "ziyaret ederek", "bir araya gelerek", "söz alarak",
     * "söz verirken", "konuşurken", "seslenerek", "açıklamalarda bulunarak", "yanıtlayarak", "yerinde inceleyerek",
     * "gezerek", "tepki göstererek", "tepki vererek", "vurgu yaparak", "çalışmalardan bahsederek", "bilgi vererek",
     * "ortak bir açıklama yaparak", "karşı çıkarak", "başarı dileklerinde bulunurken", "bir yazı göndererek",
     * "A Haber'e konuk olurken", "canlı yayına katılarak", "talimat vererek", "birlik mesajları vererek",
     * "değerlendirmeler yaparken", "başsağlığı dilerken", "Vali'ye destek vererek": the
     * speaker's own act of address, visit or stance before what they said, which governs no content clause; the
     * report starts after it.
     */
    private static boolean isCommunicativeConverb(List<Token> tokens, int j) {
        String f = tokens.get(j).folded();
        if (f.equals("yanıtlayarak") || f.equals("selamlayarak") || f.equals("inceleyerek") || f.equals("gezerek")
                || f.equals("bahsederek")) {
            return true;
        }
        String before = j > 0 ? tokens.get(j - 1).folded() : "";
        boolean thanking = before.equals("teşekkür") || before.equals("tebrik") || before.equals("hitap")
                || before.equals("ziyaret");
        boolean answering = before.equals("söz") || before.equals("sözü") || before.equals("cevap")
                || before.equals("yanıt");
        boolean stating = STATED.stream().anyMatch(before::startsWith);
        return ((f.equals("ederek") || f.equals("ederken")) && thanking)
                || ((f.equals("bulunarak") || f.equals("bulunurken")) && stating)
                || (f.equals("verirken") && answering) || f.equals("konuşurken") || f.equals("konuşarak")
                || f.equals("seslenirken")
                || f.equals("seslenerek")
                || (f.equals("alarak") && before.equals("söz"))
                || (f.equals("göstererek") && before.equals("tepki"))
                || ((f.equals("yaparak") || f.equals("yaparken")) && stating) || (f.equals("çıkarak") && before.equals("karşı"))
                || ((f.equals("dilerken") || f.equals("dileyerek")) && WISHES.contains(before))
                || ((f.equals("göndererek") || f.equals("gönderilerek") || f.equals("yollayarak"))
                    && WRITINGS.stream().anyMatch(before::startsWith))
                || ((f.equals("vererek") || f.equals("verirken"))
                    && (GIVEN.contains(before) || before.startsWith("mesaj")))
                || (f.equals("gelerek") && before.equals("araya"))
                || ((f.equals("getirerek") || f.equals("taşıyarak")) && before.startsWith(AGENDA))
                || ((f.equals("olurken") || f.equals("olarak")) && before.equals("konuk"))
                || (f.equals("katılarak") && BROADCASTS.stream().anyMatch(before::startsWith));
    }

    /** What one wishes others aloud: "başsağlığı dilerken", "başarı dileyerek", "şifa dilerken". */
    private static final Set<String> WISHES = Set.of("başsağlığı", "başarı", "başarılar", "şifa", "sabır",
            "rahmet", "kolaylık", "hayırlı");

    /** What is given at a ceremony: "hediye", "rozet", "plaket", "çiçek", "ödül", "berat". */
    private static final Set<String> GIFTS = Set.of("hediye", "hediyesi", "rozet", "rozeti", "rozetini", "plaket",
            "plaketi", "plaketini", "çiçek", "çiçeği", "ödül", "ödülü", "ödülünü", "berat", "beratı", "beratını");
    /** Giving it: "hediye ederek", "rozet takarak", "plaket vererek", "çiçek sunarak". */
    private static final Set<String> GIVING = Set.of("ederek", "takarak", "vererek", "sunarak");

    /**
     * "muhtarlara fotoğraf hediye ederek,", "Başkan Er'e rozet takarak,": a gift handed over at the event, set off by a
     * comma, is the speaker's act before what they said. Other converbs before a comma may be part of what is
     * reported ("partiden istifa ederek, AK Parti'ye üye olduklarını"), so only this kind of act is left out.
     */
    private static boolean isCeremonialConverb(List<Token> tokens, int j) {
        return j > 0 && GIVING.contains(tokens.get(j).folded()) && GIFTS.contains(tokens.get(j - 1).folded());
    }

    /**
     * "X'e ilişkin olarak (da)," "X ile ilgili olarak," before a comma: the topic the speaker took up, outside the
     * report. Without the comma ("rakamlar konusunda [...]") the topic may be the clause's own.
     */
    private static boolean isTopicFrame(List<Token> tokens, int j) {
        int k = PARTICLES.contains(tokens.get(j).folded()) ? j - 1 : j;
        return TOPIC_NOUNS.contains(tokens.get(k).folded()) || (k >= 1 && tokens.get(k).folded().equals("olarak")
                && TOPIC_POSTPOSITIONS.contains(tokens.get(k - 1).folded()));
    }

    private static final Set<String> TOPIC_POSTPOSITIONS = Set.of("ilişkin", "ilgili", "dair", "yönelik");
    /** "öğrenci yurdu konusunda, [...] söyledi": the topic, set off by a comma, frames the clause. */
    private static final Set<String> TOPIC_NOUNS = Set.of("konusunda", "hakkında");

    /** Nouns of a report that "göre" makes the source of what follows: "habere göre", "açıklamaya göre". */
    private static final List<String> REPORT_NOUNS = List.of("haber", "açıklama", "bilgi", "iddia", "rapor");

    private static boolean accordingTo(List<Token> tokens, int j) {
        return j >= 1 && tokens.get(j).folded().equals("göre")
                && REPORT_NOUNS.stream().anyMatch(tokens.get(j - 1).folded()::startsWith);
    }

    private static boolean auxiliaryAt(List<Token> tokens, int k) {
        return k < tokens.size() && AUXILIARY_STEMS.stream().anyMatch(tokens.get(k).folded()::startsWith);
    }

    /** Token {@code j} ends a name the people of the text know as a person (an official or another). */
    private static boolean personEndingAt(TextContext c, int j) {
        int u = c.speakers().unitEndingAt(j);
        return u >= 0 && c.speakers().resolvesToPerson(c.units().get(u));
    }

    /** Token {@code j} ends a name that is the subject: at the head of its sentence, after a participle, or a person. */
    private boolean isSubject(TextContext c, int j, SpeechVerbs.Form form) {
        int u = c.speakers().unitEndingAt(j);
        if (u < 0) {
            return false;
        }
        NameUnit unit = c.units().get(u);
        NameUnit.Case kase = c.speakers().effectiveCase(u);
        boolean subject = kase == NameUnit.Case.NOMINATIVE
                || (kase == NameUnit.Case.GENITIVE && form == SpeechVerbs.Form.RELATIVE);
        List<Token> tokens = c.tokens();
        int before = unit.first() - 1;
        // "Afet ve Acil Durum Yönetimi Başkanlığı, ...": a body's name joins its words with "ve"
        while (before > 0 && tokens.get(before).folded().equals("ve") && tokens.get(before - 1).isCapitalised()
                && c.speakers().namesABody(unit)) {
            before -= 2;
            while (before >= 0 && tokens.get(before).isCapitalised() && tokens.get(before).apostropheSuffix().isEmpty()
                    && gapOf(c, before).isBlank()) {
                before--;
            }
        }
        boolean opensSentence = before < 0
                || Sentences.start(c.text(), tokens.get(unit.first()).start()) >= tokens.get(before).end();
        if (!subject || (listedBefore(c, j + 1) && !(opensSentence && listEndsInTheGenitive(c, j + 1)))) {
            return false;
        }
        if (opensSentence) {
            return true;
        }
        if (isPossessiveDative(tokens.get(before))) {
            return false; // "il başkanlığına A, ilçe başkanlığına B'nin atandığını": A is appointed, not speaking
        }
        if (isParticiple(tokens.get(before))) {
            return !listGoesOn(c, unit.last()); // "...belirten Aslanoğlu,"; not "sınırı olan Burdur, Isparta, ..."
        }
        if (before > 0 && tokens.get(before).isCapitalised() && gapOf(c, before).equals(",")
                && tokens.get(before - 1).isCapitalised() && gapOf(c, before - 1).equals(",")) {
            return false; // "Burdur, Isparta, Konya Karaman, Mersin'le ...": an item of a list, not a subject
        }
        // "Oylamadan sonra Meclis Başkanvekili, önergeyi ... söyledi": an office named alone is a subject too
        return c.speakers().resolvesToPerson(unit) || TitledSubject.isOfficeHead(tokens.get(unit.last()));
    }

    /**
     * "İl Başkanı A, Genel Başkan Yardımcısı B ve Üye C'nin ... olacağını bildirdi": a list of names after the first
     * that ends in the genitive is the clause's subject, so the name that opens the sentence is the speaker's.
     */
    private static boolean listEndsInTheGenitive(TextContext c, int next) {
        int u = c.speakers().unitStartingAt(next);
        while (u >= 0) {
            NameUnit unit = c.units().get(u);
            if (c.speakers().effectiveCase(u) == NameUnit.Case.GENITIVE) {
                return true;
            }
            int after = unit.last() + 1;
            if (after + 1 >= c.tokens().size()) {
                return false;
            }
            String gap = gapOf(c, unit.last());
            int item = gap.equals(",") ? after : c.tokens().get(after).folded().equals("ve") ? after + 1 : -1;
            u = item < 0 ? -1 : c.speakers().unitStartingAt(item);
        }
        return false;
    }

    /** After word {@code last} a comma, then a capitalised word followed by another comma or "ve": a list. */
    private static boolean listGoesOn(TextContext c, int last) {
        List<Token> tokens = c.tokens();
        if (last + 2 >= tokens.size() || !gapOf(c, last).equals(",") || !tokens.get(last + 1).isCapitalised()) {
            return false;
        }
        return gapOf(c, last + 1).equals(",") || tokens.get(last + 2).folded().equals("ve");
    }

    private static String gapOf(TextContext c, int k) {
        return c.text().substring(c.tokens().get(k).end(), c.tokens().get(k + 1).start()).strip();
    }

    /**
     * "Meclis Üyeleri A, B, C ve D'nin ... istifa ettiğini": a name after a comma that is followed by a further
     * comma or "ve" is the next item of a list of names, so the comma before it ends no subject. A list of places
     * ("Kemal Sezer, Gerze ve Boyabat'tan ...") is the clause's, after its subject.
     */
    private static boolean listedBefore(TextContext c, int next) {
        int u = next < c.tokens().size() ? c.speakers().unitStartingAt(next) : -1;
        if (u < 0 || !c.speakers().resolvesToPerson(c.units().get(u))) {
            return false;
        }
        int after = c.units().get(u).last() + 1;
        if (after >= c.tokens().size()) {
            return false;
        }
        String gap = c.text().substring(c.tokens().get(after - 1).end(), c.tokens().get(after).start());
        return gap.trim().equals(",") || c.tokens().get(after).folded().equals("ve");
    }

    /**
     * "...olduğunu sosyal medya hesabı üzerinden duyurdu": a medium of a few lower-case words between the clause
     * and its verb is passed over; returns the word before it, or {@code e} when there is none.
     */
    private static int beforeMedium(TextContext c, int e) {
        List<Token> tokens = c.tokens();
        if (!MEDIUM_ENDS.contains(tokens.get(e).folded())) {
            return e;
        }
        for (int j = e - 1; j > 0 && e - j <= MEDIUM_WINDOW; j--) {
            if (tokens.get(j).isCapitalised() || !adjacent(c, j, j + 1)) {
                return e;
            }
            if (ContentClauseVerb.isContentClauseVerb(tokens.get(j).folded())) {
                return j;
            }
        }
        return e;
    }

    /**
     * "DEVA Partisi'nin sosyal medya hesabından yapılan açıklamada, [...] duyuruldu": the name in the genitive before the
     * frame noun of a passive report is whose statement it is; null where no frame noun stands before the clause.
     */
    private static Analysis.Speaker frameOwner(TextContext c, int sentence, int clauseStart) {
        List<Token> tokens = c.tokens();
        for (int j = clauseStart - 1; j >= 0 && tokens.get(j).start() >= sentence; j--) {
            String f = tokens.get(j).folded();
            if (STATEMENT_NOUNS.stream().anyMatch(f::startsWith)) {
                Analysis.Speaker owner = c.speakers().makerBefore(sentence, tokens.get(j).start());
                owner = owner != null ? owner
                        : ImpersonalVoice.bodyInLowerCase(tokens, c.index().firstAtOrAfter(sentence), j);
                // "DSP yazılı bir değerlendirme yayımladı. Açıklamada, [...] vurgulandı": the statement named before
                return owner != null ? owner : ImpersonalVoice.owner(c, sentence, tokens.get(clauseStart).start());
            }
        }
        return null;
    }

    private static boolean startsWithFrameNoun(String f) {
        return FRAME_NOUNS.stream().anyMatch(f::startsWith)
                || (POSTPOSITION_NOUNS.stream().anyMatch(f::startsWith) && !f.startsWith(PROBLEM));
    }

    /**
     * "sosyal medya hesabından", "X hesabından": the account a statement was posted from, unlike a bank account
     * inside the clause ("belediyenin hesabından para çekildiğini").
     */
    private static boolean postedFrom(List<Token> tokens, int j) {
        if (j == 0 || !ACCOUNT_ABLATIVES.contains(tokens.get(j).folded())) {
            return false;
        }
        Token before = tokens.get(j - 1);
        return before.folded().equals(MEDIA) || (before.isCapitalised() && before.apostropheSuffix().isEmpty());
    }

    private static final Set<String> ACCOUNT_ABLATIVES = Set.of("hesabından", "hesaplarından");
    private static final String MEDIA = "medya";

    /** "sorun ile karşı karşıya": a problem, which frames nothing, though it starts like "soru" (a question). */
    private static final String PROBLEM = "sorun";

    /**
     * "Öte yandan ... İlçe Başkanı Hüseyin Yıldız kongrede aday olmayacağını açıklamıştı": an official's name in the
     * nominative right before the clause's first word is the subject (the clause's own subject would be in the
     * genitive), unless coordination or company follows it.
     */
    private static boolean officialAsSubject(TextContext c, int j, int right) {
        int u = c.speakers().unitEndingAt(j);
        String next = c.tokens().get(right).folded();
        return u >= 0 && c.units().get(u).grammaticalCase() == NameUnit.Case.NOMINATIVE
                && !TurkishText.COORDINATORS.contains(next) && !INSIDE_CLAUSE.contains(next) && !next.startsWith(COPULA)
                && c.speakers().resolvesToOfficial(c.units().get(u));
    }

    /** Token {@code j} ends a person's name in the genitive. */
    private static boolean ownerInGenitive(TextContext c, int j) {
        int u = c.speakers().unitEndingAt(j);
        return u >= 0 && c.units().get(u).grammaticalCase() == NameUnit.Case.GENITIVE
                && c.speakers().resolvesToOfficial(c.units().get(u));
    }

    /** Token {@code j} ends a person's or a public body's name in the genitive: "Valiliği'nin", "Koca'nın". */
    private static boolean speakerInGenitive(TextContext c, int j) {
        int u = c.speakers().unitEndingAt(j);
        return ownerInGenitive(c, j) || (u >= 0 && c.units().get(u).grammaticalCase() == NameUnit.Case.GENITIVE
                && c.speakers().namesABody(c.units().get(u)));
    }

    /**
     * Words after a name that keep it inside the clause: the agent, postpositions ("A tarafından", "A için"), and the
     * head of a list ("A başta olmak üzere belediye başkanlarının").
     */
    private static final Set<String> INSIDE_CLAUSE = Set.of("tarafından", "için", "gibi", "kadar", "hakkında",
            "olarak", "başta");
    /** The copula after a name that is the clause's predicate: "yeni müdürün A olduğunu". */
    private static final String COPULA = "ol";

    /** Token {@code j} ends a person's name in the nominative right after a subject participle. */
    private boolean isParticipleHead(TextContext c, int j) {
        int u = c.speakers().unitEndingAt(j);
        if (u < 0) {
            return false;
        }
        NameUnit unit = c.units().get(u);
        // "tepki gösteren Eğitim-Sen Sinop Şube Başkanı A": a hyphenated body's name may stand between them
        int before = unit.first() - 1;
        while (before > 0 && unit.first() - before <= BODY_NAME_WORDS && c.tokens().get(before).isCapitalised()
                && c.tokens().get(before).apostropheSuffix().isEmpty()) {
            before--;
        }
        return before >= 0 && isParticiple(c.tokens().get(before))
                && c.speakers().effectiveCase(u) == NameUnit.Case.NOMINATIVE && c.speakers().resolvesToPerson(unit);
    }

    /** How many capitalised words of a body's name may stand between a participle and the name it heads. */
    private static final int BODY_NAME_WORDS = 3;

    /**
     * "DSP'nin Atatürk çizgisini savunan bir parti olduğu": a participle of a speech verb whose object is a plain noun
     * in the accusative describes the noun after it, inside the clause; it reports no clause of its own.
     */
    private static boolean participleOfAPlainObject(TextContext c, SpeechVerbs.Match verb) {
        if (verb.form() != SpeechVerbs.Form.PARTICIPLE || verb.first() == 0) {
            return false;
        }
        Token object = c.tokens().get(verb.first() - 1);
        String f = object.folded();
        return !ContentClauseVerb.isContentClauseVerb(f) && "ıiuü".indexOf(f.charAt(f.length() - 1)) >= 0
                && (f.length() > 4 || NAMES_MADE_HEARD.contains(f))
                && QuoteTitleFilter.onlySpaceBetween(c.text(), object.end(), c.tokens().get(verb.first()).start());
    }

    /** "ismi duyuran Sinop'un", "adı duyulan": a name made known, too short for the length check above. */
    private static final Set<String> NAMES_MADE_HEARD = Set.of("ismi", "adı");

    /**
     * "taleplerin ilgili birimlere iletilerek takibinin yapılacağı belirtildi": a passive converb of a speech verb
     * whose object is a plain noun is an act inside the clause, not a report of its own (that one follows a clause,
     * "yolun açıldığı hatırlatılarak, ...").
     */
    private static boolean passiveActInside(List<Token> tokens, SpeechVerbs.Match verb) {
        return verb.form() == SpeechVerbs.Form.PASSIVE && verb.first() > 0
                && !ContentClauseVerb.isPassiveSubjectVerb(tokens.get(verb.first() - 1).folded())
                && !ContentClauseVerb.isContentClauseVerb(tokens.get(verb.first() - 1).folded());
    }

    /**
     * "basın açıklamasında bulunabileceğini": a frame noun before the light verb "bulunmak" is the clause's own
     * predicate (to make a statement), not the statement the clause was said in.
     */
    private static boolean lightVerbAfter(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).folded().startsWith("bulun");
    }

    /** "Rize'ye dönüşünde": a return to a place, not a reply. */
    private static boolean returnTrip(List<Token> tokens, int j) {
        return j > 0 && tokens.get(j).folded().startsWith("dönüş")
                && DATIVE.contains(tokens.get(j - 1).apostropheSuffix());
    }

    private static final Set<String> DATIVE = Set.of("a", "e", "ya", "ye", "na", "ne");

    /**
     * Postpositions of time that close an adverbial before a comma: "atamaların ardından, [...]", "görevden
     * alınması üzerine, [...]".
     */
    private static final Set<String> TIME_FRAMES = Set.of("ardından", "sonrasında", "öncesinde", "sonra", "önce",
            "üzerine");

    /** Events in the locative before a comma ("düzenlenen mitingde,", "törende,"): where the speech was made. */
    private static final List<String> EVENT_NOUNS = List.of("miting", "tören", "kongre", "oturum", "görüşme",
            "ziyaret", "etkinlik");

    /**
     * "gerçekleştirecekleri toplantıda", "yapılacak ÇED toplantısında": an event the future participle before it
     * foretells is what the clause speaks of; nothing was said there yet.
     */
    private static boolean foretold(List<Token> tokens, int frame) {
        for (int k = frame - 1; k >= 0 && k >= frame - FORETELLING_WORDS; k--) {
            if (FUTURE_PARTICIPLE.matcher(tokens.get(k).folded()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "MYK toplantısında alınacak karar ile [...]", "toplantıda kabul edilen öneri": a frame right before a future or
     * passive participle inside the clause is where that act happens, within what is reported. A comma after the
     * frame sets it off as the speaker's ("yaptığı açıklamada, gelecek nesillere [...]").
     */
    private static boolean adjunctOfAParticiple(List<Token> tokens, int next, int clauseEnd) {
        if (next >= clauseEnd || tokens.get(next).isCapitalised()) {
            return false;
        }
        String f = tokens.get(next).folded();
        // "söz konusu yayında yer alan iddiaların": what the frame contains, in a participle of "yer almak"
        boolean contained = f.equals(PLACE_NOUN) && next + 1 < clauseEnd
                && TurkishText.startsWithAny(tokens.get(next + 1).folded(), CONTAINING);
        return contained || FUTURE_PARTICIPLE.matcher(f).matches() || PASSIVE_PARTICIPLE.matcher(f).matches();
    }

    /** "yer alan", "yer verdiği": the idioms of being contained in, or given room by, what is named before. */
    private static final String PLACE_NOUN = "yer";
    private static final List<String> CONTAINING = List.of("alan", "aldığı", "veren", "verdiği");

    /** "alınan", "edilen", "yapılan", "görüşülen": the participle of a passive verb. */
    private static final Pattern PASSIVE_PARTICIPLE = Pattern.compile(".{2,}[ıiuü][ln][ae]n");

    private static final Pattern FUTURE_PARTICIPLE = Pattern.compile(".{2,}[ae](c[ae]k|c[ae]ğ[ıiuü])(ler|lar)?[ıi]?");
    /** How many words may stand between a future participle and the event it foretells. */
    private static final int FORETELLING_WORDS = 3;

    /**
     * "kent meydanındaki konuşmalarında, [...] söyledi": the speaker's own speeches in the plural possessive,
     * set off by a comma, frame the clause as the singular does.
     */
    private static boolean heldSpeech(String f) {
        return SPEECH_NOUNS.stream().anyMatch(n -> f.startsWith(n) && HELD_SPEECH_ENDINGS.contains(f.substring(n.length())));
    }

    private static final List<String> SPEECH_NOUNS = List.of("konuşma", "açıklama");
    private static final Set<String> HELD_SPEECH_ENDINGS = Set.of("larında", "lerinde");

    private static boolean isEventFrame(String f) {
        return (f.endsWith("da") || f.endsWith("de")) && EVENT_NOUNS.stream().anyMatch(n -> f.startsWith(n)
                && f.length() - n.length() <= 5);
    }

    /**
     * "açıklamada", "konuşmasında", "önergesinde", "paylaşımıyla": the statement the clause is framed in; a plural
     * in the locative ("önergelerde") is what the clause is about, but one in the instrumental is the means of saying
     * ("yaptıkları ayrı açıklamalarla").
     */
    static boolean isFrame(String f) {
        boolean locative = f.endsWith("da") || f.endsWith("de") || f.endsWith("ta") || f.endsWith("te");
        // "açıklamayla", and after a consonant "paylaşımla", "mesajla"
        boolean instrumental = f.endsWith("la") || f.endsWith("le");
        if (!locative && !instrumental) {
            return false;
        }
        for (String noun : FRAME_NOUNS) {
            boolean plural = f.startsWith("lar", noun.length()) || f.startsWith("ler", noun.length());
            int suffix = plural && instrumental ? PLURAL_INSTRUMENTAL_SUFFIX : FRAME_SUFFIX;
            if (f.startsWith(noun) && f.length() - noun.length() <= suffix && (!plural || instrumental)
                    && (locative || noun.equals("açıklama") || noun.equals("paylaşım") || noun.equals("mesaj"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "yaptığı açıklamalarda", "yaptıkları konuşmalarda": a plural frame noun in the locative after the participle of
     * making them is where the clause was said (alone, "önergelerde" is what it is about).
     */
    private static boolean madePluralFrame(List<Token> tokens, int j) {
        String f = tokens.get(j).folded();
        if (j == 0 || !(f.endsWith("da") || f.endsWith("de")) || !tokens.get(j - 1).folded().startsWith(MADE_STEM)) {
            return false;
        }
        return FRAME_NOUNS.stream().anyMatch(n -> f.startsWith(n)
                && (f.startsWith("lar", n.length()) || f.startsWith("ler", n.length()))
                && f.length() - n.length() <= PLURAL_LOCATIVE_SUFFIX);
    }

    /** "yaptığı", "yaptıkları": the participle of making a statement. */
    private static final String MADE_STEM = "yaptı";
    /** "-larında": the longest plural locative of a frame noun. */
    private static final int PLURAL_LOCATIVE_SUFFIX = 7;

    /**
     * "Teklifte, '...' öngörülüyor": a noun of something said or written in the locative, where the words stand; no
     * surname set off as the subject.
     */
    static boolean isStatementInTheLocative(String f) {
        boolean locative = f.endsWith("da") || f.endsWith("de") || f.endsWith("ta") || f.endsWith("te");
        return locative && STATEMENT_NOUNS.stream()
                .anyMatch(n -> f.startsWith(n) && f.length() - n.length() <= FRAME_SUFFIX);
    }

    /** The longest case ending of a frame noun: "-sında", "-sıyla"; and of a plural instrumental: "-larıyla". */
    private static final int FRAME_SUFFIX = 5;
    private static final int PLURAL_INSTRUMENTAL_SUFFIX = 7;

    /**
     * The statement at word {@code frame} is where the clause was said: always for a passive report, whose frame's
     * maker is its speaker ("CHP İl Başkanlığının yaptığı açıklamada ise, [...] kaydedildi"); for an active one,
     * unless it is another's document.
     */
    private static boolean ownFrame(List<Token> tokens, int frame, SpeechVerbs.Form form) {
        return form == SpeechVerbs.Form.PASSIVE || !othersDocument(tokens, frame)
                || GATHERINGS.stream().anyMatch(tokens.get(frame).folded()::startsWith);
    }

    /**
     * Frames the speaker attends: "projenin görüşüldüğü toplantıda, [...] söyledi" names the meeting by its topic,
     * and the speaker spoke there, unlike "Valiliğin yayımladığı raporda".
     */
    private static final List<String> GATHERINGS = List.of("toplantı", "açılış", "gezi");

    /**
     * "Valiliğin yayımladığı raporda [...]": a document whose maker is named in the genitive with a
     * relative participle is what the clause speaks of, not where the speaker spoke ("yaptığı açıklamada").
     */
    private static boolean othersDocument(List<Token> tokens, int frame) {
        for (int k = frame - 1; k >= Math.max(1, frame - 2); k--) {
            if (RELATIVE_PARTICIPLE.matcher(tokens.get(k).folded()).matches()) {
                return GENITIVE.matcher(tokens.get(k - 1).folded()).matches();
            }
        }
        return false;
    }

    /**
     * "Basın açıklaması yapan DSP Sinop İl Başkanlığı, [...]": capitalised words (and "ve") after a participle,
     * ending at word {@code j} before a comma, name the body that speaks.
     */
    private static boolean namedBodyAfterParticiple(String text, List<Token> tokens, int j) {
        int k = j;
        while (k >= 0 && tokens.get(k).apostropheSuffix().isEmpty()
                && (tokens.get(k).isCapitalised() || tokens.get(k).folded().equals("ve"))) {
            if (k < j && text.substring(tokens.get(k).end(), tokens.get(k + 1).start()).indexOf(',') >= 0) {
                return false; // "olan Burdur, Isparta, Konya": a list of names, not one body's name
            }
            k--;
        }
        return k >= 0 && k < j - 1 && isParticiple(tokens.get(k));
    }

    /** Lower-case words a converb's participle may take before it: "belirterek tepki gösteren", "sözlerine başlayan". */
    private static final int PARTICIPLE_PHRASE_WORDS = 3;

    /**
     * "...biteceğini belirterek konuşan Vali A, '...' dedi": a converb's subject is that of the verb it leads to, here
     * a participle whose head, in the nominative right after it, is named; null when no such participle follows.
     */
    private static Analysis.Speaker participleHeadAfter(TextContext c, int converbLast) {
        List<Token> tokens = c.tokens();
        for (int k = converbLast + 1; k < tokens.size() && k <= converbLast + PARTICIPLE_PHRASE_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.isCapitalised() || !QuoteTitleFilter.onlySpaceBetween(c.text(), tokens.get(k - 1).end(), t.start())) {
                return null;
            }
            if (isParticiple(t)) {
                int u = c.speakers().unitStartingAt(k + 1);
                return u >= 0 && c.speakers().effectiveCase(u) == NameUnit.Case.NOMINATIVE
                        ? c.speakers().nameAfter(k) : null;
            }
        }
        return null;
    }

    static boolean isParticiple(Token t) {
        String f = t.folded();
        // "denetmen", "uzman", and "rağmen", "hemen", "zaman": nouns and adverbs in -mAn, not participles; "zamdan",
        // "evden": the ablative, since a verb's stem ends in "d" only softened ("eden", "giden", "güden")
        return !t.isCapitalised() && f.length() >= 4 && (f.endsWith("an") || f.endsWith("en"))
                && !f.endsWith("man") && !f.endsWith("men") && !NOT_PARTICIPLES.contains(f)
                && !(f.endsWith("dan") || (f.endsWith("den") && SOFTENED_STEMS.stream().noneMatch(f::endsWith)));
    }

    /** Participles of the verbs whose stem softens its final "t" to "d": "eden", "giden", "güden". */
    private static final List<String> SOFTENED_STEMS = List.of("eden", "giden", "güden");

    /**
     * Token {@code j} heads a counted or plural group of officials in the nominative: "5 il başkanı", "üç meclis
     * üyesi", "ilçe başkanları". A content clause's own subject would be in the genitive ("başkanların").
     */
    private static final String CANDIDATE = "aday";
    /** Conjunctions of contrast, which a finite verb before them ends its clause at: "tutuldu ancak". */
    private static final Set<String> CONTRASTIVES = Set.of("ancak", "fakat", "ama");

    /**
     * "belediye başkanları, muhtarlar ve il genel meclisi üyelerinin seçildiğini": a bare plural after the comma with
     * a conjunction after it goes on a list of groups, inside the clause, whose first item is not the subject.
     */
    private static boolean pluralListGoesOn(List<Token> tokens, int right, int e) {
        return right + 1 < e && isBarePlural(tokens.get(right).folded())
                && TurkishText.COORDINATORS.contains(tokens.get(right + 1).folded());
    }

    private static boolean isGroupOfOfficials(List<Token> tokens, int j) {
        String f = tokens.get(j).folded();
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        if (!tokens.get(j).apostropheSuffix().isEmpty() || !GROUP_HEADS.contains(f)
                || (next != null && (TurkishText.COORDINATORS.contains(next.folded()) || next.isCapitalised()
                    || next.folded().startsWith(CANDIDATE) || next.folded().startsWith(COPULA)))) {
            // "ilçe başkanları ve üyelerle birlikte": a company; "meclis üyeleri A ve B'nin": the title of names;
            // "600 milletvekili adayını": the candidates counted, an object; "ilk kadın belediye başkanları
            // olmaktan": the predicate of "olmak"
            return false;
        }
        // or the count right before the office's words: "5 il başkanı", "7 belediye meclis üyesi"
        return ((f.endsWith("ları") || f.endsWith("leri")) && compoundHead(tokens, j)) || countedGroup(tokens, j);
    }

    /**
     * "mahalle muhtarları", "CHP'li meclis üyeleri", "DSP'li il başkanları": a plural head after the words of its
     * office or a party is a compound in the nominative; alone ("Belediye olarak muhtarları ... gördüklerini") it is
     * the accusative object of the clause.
     */
    private static boolean compoundHead(List<Token> tokens, int j) {
        if (j == 0) {
            return false;
        }
        Token before = tokens.get(j - 1);
        return OFFICE_WORDS.contains(before.folded()) || Character.isDigit(before.folded().charAt(0))
                || NUMBER_WORDS.contains(before.folded()) || !before.apostropheSuffix().isEmpty()
                || before.isCapitalised();
    }

    /**
     * A lower-case noun in the possessive and the dative ("başkanlığına", "yerine"): what a name is given. Not a
     * postposition that closes an adverbial ("tartışma üzerine A, ..."), after which the name is the subject.
     */
    private static boolean isPossessiveDative(Token t) {
        String f = t.folded();
        return !t.isCapitalised() && f.length() > 5 && !FRAME_POSTPOSITIONS.contains(f)
                && (f.endsWith("ına") || f.endsWith("ine") || f.endsWith("una") || f.endsWith("üne"));
    }

    /** "6 belediye meclis üyesi", "beş il başkanı": a count before an office's words. */
    private static boolean countedGroup(List<Token> tokens, int j) {
        if (!GROUP_HEADS.contains(tokens.get(j).folded()) || !tokens.get(j).apostropheSuffix().isEmpty()) {
            return false;
        }
        for (int k = j - 1; k >= Math.max(0, j - 4); k--) {
            String before = tokens.get(k).folded();
            if (NUMBER_WORDS.contains(before) || Character.isDigit(before.charAt(0))) {
                return true;
            }
            if (!OFFICE_WORDS.contains(before)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Meclis üyeleri, yaptıkları açıklamada [...] belirtti": a sentence from word {@code first} that opens with
     * officials in the plural set off by a comma speaks for a group the text does not name.
     */
    private static boolean pluralOfficialsOpen(TextContext c, int first, int clause) {
        List<Token> tokens = c.tokens();
        for (int k = first; k >= 0 && k < clause - 1 && k <= first + GROUP_WORDS; k++) {
            if (isPluralOfOfficials(tokens.get(k).folded())) {
                return c.text().substring(tokens.get(k).end(), tokens.get(k + 1).start()).indexOf(',') >= 0;
            }
        }
        return false;
    }

    /** How many words may stand before the plural head of such a group: "Belediye meclis üyeleri". */
    private static final int GROUP_WORDS = 2;

    /** "vekiller", "başkanlar", "il başkanları", "meclis üyeleri": officials in the plural, with no case. */
    private static boolean isPluralOfOfficials(String f) {
        if ((f.endsWith("ları") || f.endsWith("leri")) && GROUP_HEADS.contains(f)) {
            return true;
        }
        return isBarePlural(f) && PERSON_HEADS.contains(f.substring(0, f.length() - 3));
    }

    /** How many words a participle's head may have after the participle ("yaşayan Ali ve Ayşe Er çifti"). */
    private static final int HEAD_WORDS = 5;

    /**
     * Whether word {@code j} is a plural or a person noun that heads a participle within a few words before it
     * ("yaşayan çiftçiler", "faaliyet gösteren mermer ocakları", "konuşan avukat"), with no comma between, in a
     * phrase that opens its sentence: after a comma it is an item of a list inside the clause ("ekonomik sıkıntılar,
     * geciken yatırımları, ...").
     */
    private static boolean headOfAParticiple(TextContext c, int j) {
        List<Token> tokens = c.tokens();
        String f = tokens.get(j).folded();
        if (tokens.get(j).isCapitalised() || !(isBarePlural(f) || f.endsWith("ları") || f.endsWith("leri")
                || PERSON_HEADS.contains(f))) {
            return false;
        }
        for (int k = j - 1; k >= 0 && k >= j - HEAD_WORDS; k--) {
            if (isParticiple(tokens.get(k))) {
                return opensItsSentence(c, k);
            }
            if (tokens.get(k + 1).start() - tokens.get(k).end() != 1) {
                return false; // a comma, a quote or a boundary between: not one phrase
            }
        }
        return false;
    }

    /** How many words a participle's own phrase may have before it ("Gerze'nin köylerinde yaşayan"). */
    private static final int PARTICIPLES_OWN_WORDS = 8;

    /** Whether the words before word {@code k} run back to the start of its sentence with no comma between. */
    private static boolean opensItsSentence(TextContext c, int k) {
        List<Token> tokens = c.tokens();
        for (int i = k; i > k - PARTICIPLES_OWN_WORDS; i--) {
            if (i == 0 || boundaryIn(c.text(), tokens.get(i - 1).end(), tokens.get(i).start())) {
                return true;
            }
            if (c.text().substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf(',') >= 0) {
                return false;
            }
        }
        return false;
    }

    /** A plural noun with no case or possessive after -lAr ("başkanlar", "üyeler"). */
    private static boolean isBarePlural(String f) {
        return f.length() >= 5 && (f.endsWith("lar") || f.endsWith("ler"));
    }

    private static RawQuote quoteAt(TextContext c, int offset) {
        for (RawQuote q : c.quotes()) {
            if (offset > q.openMark() && offset < q.after()) {
                return q;
            }
        }
        return null;
    }

    /**
     * "Başkanvekili Fatih Ünal; Mansur Yavaş'ın ... aldığını söyledi": a semicolon after a name sets the speaker
     * off like a colon; after an ordinary word ("karar uyarınca; ...") it stays inside the clause.
     */
    private static boolean afterName(String text, int semicolon) {
        int i = semicolon - 1;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < semicolon && Character.isUpperCase(text.charAt(i));
    }

    /**
     * "Temaslar önem taşıyor; [...] izleneceği belirtildi": a semicolon after a finite verb joins two sentences, and
     * the report starts after it.
     */
    private static boolean afterFiniteVerb(String text, int semicolon) {
        int i = semicolon;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        String f = TurkishText.lower(text.substring(i, semicolon));
        return finitePast(f) || f.endsWith("yor") || f.endsWith("yorlar");
    }

    /**
     * A clause boundary in {@code [from, to)}: sentence-final punctuation, a colon, or a line break that is
     * not just a wrapped line (a line ending in a lower-case letter or comma continued in lower case).
     */
    /**
     * "...emanet olduğu söyledi": before a finite verb of saying, a singular clause whose accusative was dropped, a
     * slip; the plural ("yapılacakları aktardı") is as often a headless relative in the accusative, so it stays out.
     */
    private static boolean droppedAccusative(SpeechVerbs.Match m, String clauseVerb) {
        return m.form() == SpeechVerbs.Form.FINITE && !clauseVerb.endsWith("ları") && !clauseVerb.endsWith("leri")
                && ContentClauseVerb.isPassiveSubjectVerb(clauseVerb);
    }

    /** "adayının", "başkanının": a noun in the genitive after a vowel, which heads a noun phrase. */
    private static boolean genitive(Token t) {
        String key = TurkishText.asciiFold(t.folded());
        return key.endsWith("nin") || key.endsWith("nun");
    }

    /** The line break at {@code i} only wraps a sentence: between lower-case words, or after a comma. */
    private static boolean wrappedLine(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : '\n';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        return (Character.isLowerCase(before) || before == ',') && Character.isLowerCase(after);
    }

    /**
     * "saat 24:00'e kadar": a colon between the hour and the minutes writes a time of day, which ends no clause; a
     * page's time stamp with seconds ("2022-12-14 14:32:39") ends the line before the text, so it still does.
     */
    private static boolean clockTime(String text, int colon) {
        int hour = colon;
        while (hour > 0 && Character.isDigit(text.charAt(hour - 1))) {
            hour--;
        }
        int minutes = colon + 1;
        while (minutes < text.length() && Character.isDigit(text.charAt(minutes))) {
            minutes++;
        }
        boolean seconds = (hour > 0 && text.charAt(hour - 1) == ':')
                || (minutes < text.length() && text.charAt(minutes) == ':');
        return colon - hour >= 1 && colon - hour <= 2 && minutes - colon - 1 == 2 && !seconds;
    }

    static boolean boundaryIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if ((ch == ':' && !clockTime(text, i)) || (ch == ';' && (afterName(text, i) || afterFiniteVerb(text, i)))
                    || Sentences.isFinal(text, i) || ch == '!' || ch == '?' || ch == '<' || ch == '>') {
                return true; // the angle brackets of markup a page left in its text end a clause too
            }
            if (ch == '\n' && !wrappedLine(text, i)) {
                return true;
            }
        }
        return false;
    }
}
