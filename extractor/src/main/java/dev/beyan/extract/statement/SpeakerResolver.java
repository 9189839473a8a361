package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;

import java.util.List;
import java.util.Set;

/**
 * Finds who speaks from the words before a statement in its sentence. Turkish marks the subject by case:
 * the speaker is the nearest name with no case suffix ("Aslanoğlu, ..."), a genitive owning the words
 * ("Seçer'in defterdeki notunda", "Yavaş'ın, '...' dediğini"), or an ablative source of a statement
 * ("AK Parti'den yapılan açıklamada"); names in other cases are objects ("Kurum'a teşekkür ederek") and are
 * passed over. Officials are preferred to other names; of coordinated subjects ("A ve B,") the first.
 */
final class SpeakerResolver {

    private static final Set<String> STATEMENT_NOUNS = Set.of("açıklama", "not", "paylaşım", "mesaj", "konuşma",
            "söz", "ifade", "tweet", "yazı", "mektup", "defter", "değerlendirme", "tepki", "cevap", "yanıt",
            "yorum", "beyan", "hesab", "sosyal");

    /**
     * Postpositions after someone's words that make them the occasion of another's: "sözleri üzerine", "sözlerine
     * ilişkin".
     */
    private static final Set<String> RESPONDING = Set.of("üzerine", "ardından", "sonrası", "sonrasında", "karşısında",
            "karşısındaysa", "hakkında", "nedeniyle", "yüzünden", "ilişkin", "dair", "yönelik");
    private static final String WITH = "ile";
    private static final String AND = "ve";

    private final String text;
    private final List<Token> tokens;
    private final List<NameUnit> units;
    private final List<RawQuote> quotes;
    private final PeopleInText people;

    SpeakerResolver(String text, List<Token> tokens, List<NameUnit> units, List<RawQuote> quotes, PeopleInText people) {
        this.text = text;
        this.tokens = tokens;
        this.units = units;
        this.quotes = quotes;
        this.people = people;
    }

    /** The subject of the sentence part {@code [from, to)}, nearest to {@code to} first; null when none. */
    Analysis.Speaker subjectBefore(int from, int to) {
        return subjectBefore(from, to, true);
    }

    /**
     * As {@link #subjectBefore(int, int)}; {@code quoteFollows} lets a genitive right before {@code to} own
     * the words ("Yavaş'ın, '...' dediğini"), which holds for a quote, not for a reported clause.
     */
    Analysis.Speaker subjectBefore(int from, int to, boolean quoteFollows) {
        int hi = lastUnitBefore(to);
        Analysis.Speaker head = participleHead(hi, from, to);
        if (head != null) {
            return head;
        }
        for (int pass = 0; pass < 3; pass++) {
            for (int u = hi; u >= 0 && units.get(u).start() >= from; u--) {
                NameUnit unit = units.get(u);
                if (insideQuote(unit.start()) || !canBeSpeaker(u, to, quoteFollows)) {
                    continue;
                }
                Analysis.Speaker s = identify(unit, to, pass);
                if (s != null) {
                    Analysis.Speaker first = coordinatedFirst(u, from, pass, to);
                    Analysis.Speaker leader = first != null ? null : leaderOfCompany(u, from, to);
                    return first != null ? first : leader != null ? leader : s;
                }
            }
        }
        return null;
    }

    /**
     * "...katılacağını açıklayan Kaya, '...' dedi": the head of a subject participle, set off by a comma right before
     * the words, is their speaker, before anyone the participle's own clause names.
     */
    private Analysis.Speaker participleHead(int u, int from, int to) {
        if (u < 0 || units.get(u).start() < from || insideQuote(units.get(u).start())
                || effectiveCase(u) != NameUnit.Case.NOMINATIVE || !afterParticiple(units.get(u))
                || !text.startsWith(",", units.get(u).end())) {
            return null;
        }
        return identifyInAnyPass(units.get(u), to);
    }

    /** Whoever the run names, an official first, then another person, then a body or a bare surname. */
    private Analysis.Speaker identifyInAnyPass(NameUnit unit, int to) {
        for (int pass = 0; pass < 3; pass++) {
            Analysis.Speaker s = identify(unit, to, pass);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private boolean afterParticiple(NameUnit unit) {
        int before = unit.first() - 1;
        if (before < 0) {
            return false;
        }
        Token prev = tokens.get(before);
        return !prev.isCapitalised() && prev.folded().length() >= 4
                && (prev.folded().endsWith("an") || prev.folded().endsWith("en"));
    }

    /** Pass 0 takes officials, pass 1 other people, pass 2 institutions and bare surnames. */
    private Analysis.Speaker identify(NameUnit unit, int to, int pass) {
        return switch (pass) {
            case 0 -> people.official(unit);
            case 1 -> people.person(unit);
            default -> {
                Analysis.Speaker s = people.institution(unit);
                yield s != null ? s : bareSurnameSubject(unit, to);
            }
        };
    }

    /**
     * A lone capitalised word set off as the subject ("Karataş, '...' dedi", "... belirten Karataş, '...'") that
     * names no one the text introduced: a person the text knows by surname only, which is how the speaker is then
     * named.
     */
    private Analysis.Speaker bareSurnameSubject(NameUnit unit, int to) {
        if (unit.first() != unit.last() || unit.grammaticalCase() != NameUnit.Case.NOMINATIVE) {
            return null;
        }
        Token t = tokens.get(unit.first());
        if (people.cannotBeSurname(t) || ReportedSpeechFinder.isFrame(t.folded())
                || ReportedSpeechFinder.isStatementInTheLocative(t.folded()) || NameReader.isLongLocative(t.folded())
                || t.folded().length() < 3 || !Character.isLetter(t.folded().charAt(0))
                || t.surface().equals(t.surface().toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        int next = unit.end();
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        boolean setOff = next < text.length() && (text.charAt(next) == ',' || text.charAt(next) == ':' || next >= to);
        boolean sentenceInitial = Sentences.start(text, unit.start()) == unit.start();
        return setOff && (sentenceInitial || afterParticiple(unit)) ? new Analysis.Speaker(null, t.stem()) : null;
    }

    /** The body a run names ("DSP", "Sinop Valiliği"), or null. */
    Analysis.Speaker institutionOf(NameUnit unit) {
        return people.institution(unit);
    }

    /** The official or other person a run names, or null. */
    Analysis.Speaker personOf(NameUnit unit) {
        return people.person(unit);
    }

    /** The nearest person (official first of all) named as a subject in {@code [from, to)}, outside quotes. */
    Analysis.Speaker topicBefore(int from, int to) {
        for (int u = lastUnitBefore(to); u >= 0 && units.get(u).start() >= from; u--) {
            NameUnit unit = units.get(u);
            if (!insideQuote(unit.start()) && effectiveCase(u) == NameUnit.Case.NOMINATIVE && nominativeSubject(u)) {
                Analysis.Speaker s = people.person(unit);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * The name right after token {@code after} (the subject after a participle: "diyen Salman"), past a party's
     * adjective before it ("ifade eden CHP'li Başarır").
     */
    Analysis.Speaker nameAfter(int tokenIndex) {
        for (int k = 0; k < units.size(); k++) {
            NameUnit u = units.get(k);
            if (u.first() == tokenIndex + 1) {
                boolean nameFollows = k + 1 < units.size() && units.get(k + 1).first() == u.last() + 1;
                return people.anyone(nameFollows && ofAParty(tokens.get(u.last())) ? units.get(k + 1) : u);
            }
            if (u.first() > tokenIndex + 1) {
                return officeInLowerCaseBefore(tokenIndex + 1, u.first()) ? people.official(u) : null;
            }
        }
        return null;
    }

    /** Heads of an office written in lower case: "ilçe başkanı", "il müdürü", "milletvekili". */
    private static final Set<String> LOWER_CASE_OFFICES = Set.of("başkanı", "başkan", "vekili", "yardımcısı",
            "milletvekili", "valisi", "vali", "kaymakamı", "kaymakam", "bakanı", "muhtarı", "üyesi", "sözcüsü",
            "müdürü", "sekreteri");
    /** How many lower-case words an office may take between a participle and its holder's name. */
    private static final int MAX_OFFICE_WORDS = 3;

    /**
     * "'...' diyen ilçe başkanı Başkaya": tokens {@code [from, to)} are an office in lower case, nothing but plain
     * words separated by spaces, ending in the office's head.
     */
    private boolean officeInLowerCaseBefore(int from, int to) {
        if (to - from > MAX_OFFICE_WORDS || !LOWER_CASE_OFFICES.contains(tokens.get(to - 1).folded())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isCapitalised() || !t.apostropheSuffix().isEmpty()
                    || !text.substring(tokens.get(k - 1).end(), t.start()).equals(" ")) {
                return false;
            }
        }
        return text.substring(tokens.get(to - 1).end(), tokens.get(to).start()).equals(" ");
    }

    /** "CHP'li", "AK Partili": the adjective of belonging to a party, before its member's name. */
    private static boolean ofAParty(Token t) {
        return BELONGING.contains(t.apostropheSuffix()) || t.folded().endsWith("partili");
    }

    private static final Set<String> BELONGING = Set.of("li", "lı", "lu", "lü");

    /**
     * "Atatürk'ün '...' sözünü hatırlattı": a name in the genitive right before the opening mark owns the quoted words
     * that a noun of saying after them names, also across a few words in lower case that say when or how
     * ("Bahçeli'nin geçmişte '...' sözlerini", "Atatürk'ün ünlü '...' sözü"); null when no such name stands there.
     */
    Analysis.Speaker ownerRightBefore(int openMark) {
        return ownerBefore(0, openMark, true);
    }

    /**
     * "CHP'li Altay'dan '...' tepkisi", "Vali Kaya'dan '...' çağrısı": a name in the ablative right before the
     * quote, which a noun of what came from it follows, is its source; null when no such name stands there.
     */
    Analysis.Speaker sourceRightBefore(int openMark) {
        int u = lastUnitBefore(openMark);
        if (u < 0 || !text.substring(units.get(u).end(), openMark).isBlank()
                || units.get(u).grammaticalCase() != NameUnit.Case.ABLATIVE) {
            return null;
        }
        return people.anyone(units.get(u));
    }

    /** Whether a word names what a headline says came from someone ("tepkisi", "mesajı", "çağrısı"). */
    static boolean sentFrom(String folded) {
        return SENT_FROM.stream().anyMatch(folded::startsWith);
    }

    /**
     * "Bahçeli'nin ... önerge hakkındaki '...' ifadelerine yanıt verdi": words answered (a noun of saying in the
     * dative) are those of the name in the genitive nearest before them in the sentence, whatever stands between.
     */
    Analysis.Speaker ownerInSentenceBefore(int sentenceStart, int openMark) {
        return ownerBefore(sentenceStart, openMark, false);
    }

    private Analysis.Speaker ownerBefore(int from, int openMark, boolean adjacent) {
        int u = lastUnitBefore(openMark);
        if (u < 0 || (adjacent && !fewLowerCaseWords(text.substring(units.get(u).end(), openMark)))) {
            return null;
        }
        // names in other cases between are places and bodies of the words' own clause ("Meclis'e sunulması ...")
        for (; u >= 0 && units.get(u).start() >= from && !insideQuote(units.get(u).start()); u--) {
            NameUnit.Case kase = units.get(u).grammaticalCase();
            if (kase == NameUnit.Case.GENITIVE) {
                return people.anyone(units.get(u));
            }
            if (kase == NameUnit.Case.NOMINATIVE || adjacent) {
                return null;
            }
        }
        return null;
    }

    /** How many words in lower case may stand between a genitive and the quote it owns. */
    private static final int OWNER_GAP_WORDS = 3;

    private static boolean fewLowerCaseWords(String gap) {
        String words = gap.strip();
        if (words.isEmpty()) {
            return true;
        }
        String[] parts = words.split("\\s+");
        if (parts.length > OWNER_GAP_WORDS) {
            return false;
        }
        for (String w : parts) {
            if (!w.chars().allMatch(Character::isLetter) || !Character.isLowerCase(w.charAt(0))
                    || POSSESSED_OBJECT.stream().anyMatch(w::endsWith)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A possessed noun in the dative or accusative is the genitive's own, which ends its phrase: "Bahçeli'nin
     * ittifakla ilgili sözlerine '...' sözleriyle yanıt verdi" answers the genitive with someone else's words.
     */
    private static final List<String> POSSESSED_OBJECT = List.of("na", "ne", "nı", "ni", "nu", "nü");

    /**
     * The maker of a statement named before it in {@code [from, to)}: in the genitive ("CHP'nin açıklamasında") or,
     * for a body, in the ablative ("Sinop Valiliğinden yapılan açıklamada"); or as its signatory ("Vali A imzasıyla
     * yayımlanan genelgede", "Vali A imzalı genelgede").
     */
    Analysis.Speaker makerBefore(int from, int to) {
        for (int u = lastUnitBefore(to); u >= 0 && units.get(u).start() >= from; u--) {
            NameUnit unit = units.get(u);
            if (unit.grammaticalCase() == NameUnit.Case.GENITIVE || signs(unit)) {
                return people.anyone(unit);
            }
            if (unit.grammaticalCase() == NameUnit.Case.ABLATIVE && people.institution(unit) != null) {
                return people.institution(unit);
            }
        }
        return null;
    }

    private boolean signs(NameUnit unit) {
        int next = unit.last() + 1;
        return next < tokens.size() && SIGNED.contains(tokens.get(next).folded());
    }

    /** "A imzasıyla", "A imzalı", "A imzası ile": the signatory of a text. */
    static final Set<String> SIGNED = Set.of("imzasıyla", "imzalı", "imzası");

    /** The genitive subject of a relative participle ("Akşener'in, ... vurguladığı"), before {@code to}. */
    Analysis.Speaker genitiveBefore(int from, int to) {
        for (int u = lastUnitBefore(to); u >= 0 && units.get(u).start() >= from; u--) {
            NameUnit unit = units.get(u);
            if (unit.grammaticalCase() == NameUnit.Case.GENITIVE) {
                return people.anyone(unit);
            }
        }
        return null;
    }

    /**
     * "X ile", "B ve C ile": the unit is the company of the sentence's subject, not the subject, also as the first
     * of names coordinated with "ve" that "ile" closes. A comma does not join such a list: "A, B ve C ile" is the
     * subject A set off by the comma Turkish writes after it, and the company B and C.
     */
    private boolean inCompany(int u) {
        for (int k = u; k < units.size(); k++) {
            int next = units.get(k).last() + 1;
            if (next >= tokens.size()) {
                return false;
            }
            if (tokens.get(next).folded().equals(WITH)) {
                return true;
            }
            boolean listed = k + 1 < units.size() && units.get(k + 1).first() == next + 1
                    && tokens.get(next).folded().equals(AND);
            if (!listed || units.get(k).grammaticalCase() != NameUnit.Case.NOMINATIVE) {
                return false;
            }
        }
        return false;
    }

    /**
     * A run in the nominative that may be a subject: not company before "ile" ("Başkan Yardımcısı X ile
     * görüşerek"), and not a group whose plural carries a case without an apostrophe ("İl Afet Müdürlüklerine").
     */
    private boolean nominativeSubject(int u) {
        return !inCompany(u) && !NameReader.isInflectedPlural(tokens.get(units.get(u).last()).folded())
                && !objectOfAPostposition(u);
    }

    /** Postpositions that take a noun in the nominative as their object: "Hastanesi hakkında", "Kaya için". */
    private static final Set<String> POSTPOSITIONS = Set.of("hakkında", "hakkındaki", "için", "konusunda",
            "konusundaki");

    /**
     * "Sinop Devlet Hastanesi hakkında sarf ettiği '...' sözleri": a name a postposition follows, or "ile ilgili", is
     * what the words are about, not who says them.
     */
    private boolean objectOfAPostposition(int u) {
        int next = units.get(u).last() + 1;
        if (next >= tokens.size() || !text.substring(units.get(u).end(), tokens.get(next).start()).isBlank()) {
            return false;
        }
        String f = tokens.get(next).folded();
        return POSTPOSITIONS.contains(f) || (f.equals(WITH) && next + 1 < tokens.size()
                && tokens.get(next + 1).folded().startsWith("ilgili"));
    }

    private boolean canBeSpeaker(int u, int to, boolean quoteFollows) {
        NameUnit unit = units.get(u);
        switch (effectiveCase(u)) {
            case NOMINATIVE:
                return nominativeSubject(u);
            case GENITIVE: {
                int next = unit.last() + 1;
                if (quoteFollows && nextNonSpace(unit.end()) >= to) {
                    return true; // "Yavaş'ın, '...' dediğini"
                }
                // "A'nın açıklaması", "A'nın yaptığı açıklamada", and "Bakan A'nın, B'ye verdiği cevapta": the
                // statement the genitive owns, right after it or after the participle of its making
                for (int k = next; k < Math.min(next + 4, tokens.size()); k++) {
                    if (k >= next + 2 && !relativeParticiple(tokens.get(k - 1).folded())) {
                        break;
                    }
                    if (k == next + 1 && !relativeParticiple(tokens.get(next).folded())) {
                        continue; // "A'nın tutuklanmasına tepki": the genitive owns the arrest, not the reaction
                    }
                    String f = tokens.get(k).folded();
                    for (String n : STATEMENT_NOUNS) {
                        if (f.startsWith(n)) {
                            return !respondsTo(k + 1) && !accusativeOfPossessed(f, n);
                        }
                    }
                }
                return false;
            }
            case ABLATIVE: {
                int next = unit.last() + 1;
                return next < tokens.size() && (tokens.get(next).folded().equals("yapılan")
                        || headlineSource(next, to));
            }
            default:
                return false;
        }
    }

    /**
     * "A'nın açıklamalarını 'gerçek dışı' olarak nitelendirerek": the genitive's words in the accusative are the object
     * of someone else's act, who speaks next.
     */
    private static boolean accusativeOfPossessed(String folded, String noun) {
        return folded.length() > noun.length() + 2 && (folded.endsWith("nı") || folded.endsWith("ni")
                || folded.endsWith("nu") || folded.endsWith("nü"));
    }

    /** What a headline says came from someone: "mesajı", "müjde", "tepki", "çağrı", "uyarı", "yanıt". */
    private static final List<String> SENT_FROM = List.of("mesaj", "müjde", "tepki", "çağrı", "uyarı", "yanıt",
            "cevap", "açıklama", "sözler");
    /** How many words may stand between the source and what it sent: "Özel'den 3 Aralık Dünya Engelliler Günü mesajı". */
    private static final int SOURCE_WORDS = 6;

    /**
     * "Özel'den 3 Aralık Dünya Engelliler Günü mesajı: '...'", "Vali Kaya'dan çiftçilere müjde: '...'": a name in
     * the ablative, then the noun of what came from it right before the words, is their source.
     */
    private boolean headlineSource(int next, int to) {
        for (int k = next; k < tokens.size() && k < next + SOURCE_WORDS && tokens.get(k).end() <= to; k++) {
            boolean sent = sentFrom(tokens.get(k).folded());
            if (sent || (DATIVES.contains(tokens.get(k).apostropheSuffix()) && onlyCapitalisedFrom(next, k))) {
                // also "Başkan Çetinkaya'dan Milletvekili Bülbül'e: '...'": the words sent to an addressee
                String gap = text.substring(tokens.get(k).end(), to);
                return gap.replace(":", "").isBlank() && (sent || gap.contains(":"));
            }
        }
        return false;
    }

    /** The case endings of an addressee: "Bülbül'e", "Kaya'ya", "Özel'e". */
    private static final Set<String> DATIVES = Set.of("a", "e", "ya", "ye", "na", "ne");

    private boolean onlyCapitalisedFrom(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!tokens.get(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /** "verdiği", "yaptığı", "paylaştığı": the relative participle that makes a statement its subject's. */
    private static boolean relativeParticiple(String folded) {
        return folded.length() > 5 && (folded.endsWith("ğı") || folded.endsWith("ği") || folded.endsWith("ğu")
                || folded.endsWith("ğü"));
    }

    /** "Buldan'ın sözleri üzerine": words someone answers, not the answer's speaker. */
    private boolean respondsTo(int k) {
        return k < tokens.size() && RESPONDING.contains(tokens.get(k).folded());
    }

    /**
     * The case of a name that ends a coordination: Turkish puts the case suffix only on the last conjunct
     * ("Mansur Yavaş ve Ekrem İmamoğlu'na": both are dative).
     */
    NameUnit.Case effectiveCase(int u) {
        int i = u;
        while (i + 1 < units.size()) {
            NameUnit here = units.get(i);
            NameUnit next = units.get(i + 1);
            if (next.first() != here.last() + 2) {
                break;
            }
            String conj = tokens.get(here.last() + 1).folded();
            if (!conj.equals("ve") && !conj.equals("veya")) {
                break;
            }
            i++;
        }
        NameUnit.Case own = units.get(i).grammaticalCase();
        return own == NameUnit.Case.NOMINATIVE ? caseOfCommaList(u) : own;
    }

    /**
     * "Vali A'ya, Milletvekilleri B, C'ye ve D'ye": a bare name between items of a comma list that carry a case
     * shares it, as the last conjunct of a pair does; the item before it has the case, and so has the item that
     * ends the pair after it. A name after a cased item alone stays what it is ("Vali A'ya, Başkan B '...' diyerek
     * teşekkür etti").
     */
    private NameUnit.Case caseOfCommaList(int u) {
        if (u == 0 || units.get(u - 1).grammaticalCase() == NameUnit.Case.NOMINATIVE || !commaBetween(u - 1, u)) {
            return NameUnit.Case.NOMINATIVE;
        }
        NameUnit.Case listCase = units.get(u - 1).grammaticalCase();
        for (int i = u; i + 1 < units.size() && (commaBetween(i, i + 1) || conjunctionBetween(i, i + 1)); i++) {
            NameUnit.Case next = units.get(i + 1).grammaticalCase();
            if (next != NameUnit.Case.NOMINATIVE) {
                return next == listCase ? listCase : NameUnit.Case.NOMINATIVE;
            }
        }
        return NameUnit.Case.NOMINATIVE;
    }

    private boolean commaBetween(int a, int b) {
        return text.substring(units.get(a).end(), units.get(b).start()).strip().equals(",");
    }

    private boolean conjunctionBetween(int a, int b) {
        String gap = text.substring(units.get(a).end(), units.get(b).start()).strip();
        return gap.equals("ve") || gap.equals("veya");
    }

    /** Whether the run names a body ("Sinop Valiliği", "Acil Durum Yönetimi Başkanlığı"). */
    boolean namesABody(NameUnit unit) {
        return people.institution(unit) != null;
    }

    int unitStartingAt(int tokenIndex) {
        int lo = 0;
        int hi = units.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(mid).first() < tokenIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < units.size() && units.get(lo).first() == tokenIndex ? lo : -1;
    }

    /**
     * The speaker named after a quote in its sentence: by a participle ("'...' sözleriyle tepki gösteren
     * Kaya") or right after the cue ("'...' dedi Kaya."); null when none.
     */
    Analysis.Speaker nameAfterQuote(int afterQuote, int cueLast, int sentenceEnd) {
        for (int i = lastUnitBefore(afterQuote) + 1; i < units.size(); i++) {
            NameUnit u = units.get(i);
            if (u.start() < afterQuote) {
                continue;
            }
            if (u.start() >= sentenceEnd) {
                break;
            }
            if (insideQuote(u.start()) || effectiveCase(i) != NameUnit.Case.NOMINATIVE) {
                continue;
            }
            int before = u.first() - 1;
            boolean afterCue = before == cueLast;
            Token prev = before >= 0 ? tokens.get(before) : null;
            boolean afterParticiple = prev != null && !prev.isCapitalised() && prev.folded().length() >= 4
                    && (prev.folded().endsWith("an") || prev.folded().endsWith("en"));
            if (afterCue || afterParticiple) {
                return people.anyone(u);
            }
        }
        return null;
    }

    int unitEndingAt(int tokenIndex) {
        int lo = 0;
        int hi = units.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(mid).last() < tokenIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < units.size() && units.get(lo).last() == tokenIndex ? lo : -1;
    }

    private Analysis.Speaker coordinatedFirst(int u, int from, int pass, int to) {
        NameUnit unit = units.get(u);
        int before = unit.first() - 1;
        if (u == 0 || before < 0 || !tokens.get(before).folded().equals("ve")) {
            return null;
        }
        NameUnit prev = units.get(u - 1);
        if (prev.last() != before - 1 || prev.start() < from || prev.grammaticalCase() != NameUnit.Case.NOMINATIVE) {
            return null;
        }
        return identify(prev, to, pass);
    }

    /**
     * "Taşer, Dörtkardeş, Özgür ve meclis üyeleri ile yaptığı basın açıklamasında, [...] dikkat çekti": the names
     * listed after the first, up to a comitative "ile" before the clause, are the company of the first, the subject.
     */
    private Analysis.Speaker leaderOfCompany(int u, int from, int to) {
        int first = u;
        while (first > 0 && units.get(first - 1).start() >= from
                && text.substring(units.get(first - 1).end(), units.get(first).start()).strip().equals(",")) {
            first--;
        }
        if (first == u || effectiveCase(first) != NameUnit.Case.NOMINATIVE
                || !comitativeBefore(units.get(u).last() + 1, to)) {
            return null;
        }
        return identifyInAnyPass(units.get(first), to);
    }

    /** An "ile" from word {@code from} up to offset {@code to}: "... ile yaptığı açıklamada". */
    private boolean comitativeBefore(int from, int to) {
        for (int k = from; k < tokens.size() && tokens.get(k).end() <= to; k++) {
            if (tokens.get(k).folded().equals("ile")) {
                return true;
            }
        }
        return false;
    }

    private int nextNonSpace(int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    private int lastUnitBefore(int to) {
        int lo = 0;
        int hi = units.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(mid).end() <= to) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    boolean insideQuote(int offset) {
        for (RawQuote q : quotes) {
            if (q.openMark() > offset) {
                return false;
            }
            if (offset > q.openMark() && offset < q.after()) {
                return true;
            }
        }
        return false;
    }

    boolean resolvesToOfficial(NameUnit unit) {
        return people.official(unit) != null;
    }

    boolean resolvesToPerson(NameUnit unit) {
        return people.person(unit) != null;
    }
}
