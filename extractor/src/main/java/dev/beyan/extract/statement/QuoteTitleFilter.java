package dev.beyan.extract.statement;

import dev.beyan.extract.text.TurkishText;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the quotes that report speech and drops the other uses of quotation marks: all-caps subheads,
 * short slogans and scare quotes (under four words), and names and titles of works (every word
 * capitalised, or followed by a naming word such as "adlı", "başlıklı", "sloganıyla", or inflected as a noun), charges
 * named by an infinitive ("terör örgütüne yardım etmek"), quoted lists of names, and a page's markup.
 */
final class QuoteTitleFilter {

    static final int MIN_WORDS = 4;
    /** A list of three items or more. */
    private static final int MIN_LIST_COMMAS = 2;

    /** Forms of "demek" that follow a quote as its cue: never a case suffix, even glued to the mark. */
    private static final Set<String> SAYING = Set.of("dedi", "dediler", "demişti", "demiş", "diye", "diyerek",
            "diyen", "dedik", "deyince", "derken", "diyor");

    /**
     * Postpositions right after the mark make the quoted words what a motion or a decision is about ("... indirim
     * yapılmasına" ilişkin önerge, "..." ile ilgili teklif, "..." hakkında araştırma), unless a noun of saying follows
     * ("... olmadığına" ilişkin sözleri) or comes first ("... sözlerine ilişkin").
     */
    private static final Set<String> ABOUT = Set.of("ilişkin", "dair", "hakkında", "hakkındaki");

    /** Words after a quote that introduce its cue, never a noun it modifies. */
    private static final Set<String> CUE_WORDS = Set.of("şeklinde", "sözleriyle", "ifadesiyle", "ifadeleriyle");

    private final List<String> titleMarkers;

    QuoteTitleFilter() {
        this.titleMarkers = RuleData.lines("title-markers.txt");
    }

    boolean isStatement(String text, RawQuote quote, List<Token> tokens, TokenIndex index) {
        for (var seg : quote.segments()) {
            if (SubheadFilter.isAllCaps(text, seg.start(), seg.end())) {
                return false;
            }
        }
        if (markup(text, quote) || address(text, quote)) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        boolean lastCapitalised = false;
        for (int i = index.firstAtOrAfter(quote.start()); i < tokens.size() && tokens.get(i).start() < quote.end(); i++) {
            Token t = tokens.get(i);
            words++;
            lastCapitalised = t.isCapitalised() || Character.isDigit(t.folded().charAt(0));
            if (lastCapitalised) {
                capitalised++;
            }
        }
        if (words < MIN_WORDS) {
            return false;
        }
        if (capitalised == words && standsOnItsOwnLine(text, quote)) {
            return false; // "“Camilerimizi Çocuk Sesleriyle Dolduralım.”" alone on its line: a heading in title case
        }
        // a headline's comma joins two title-case clauses; only a full stop or a question makes it a sentence said
        if (looksLikeTitle(words, capitalised, lastCapitalised) && !hasPunctuation(text, quote, ".!?\u2026")) {
            return false;
        }
        if ((endsInInfinitive(tokens, index, quote) || endsInAnEventNoun(tokens, index, quote))
                && !hasPunctuation(text, quote, ".,!?;:\u2026")) {
            return false;
        }
        if (looksLikeList(text, quote, words, capitalised, lastCapitalised) || closesAHeadingLine(text, quote, words)
                || inflectedAsANoun(text, quote)) {
            return false;
        }
        if (writtenOnABanner(text, quote, tokens, index)) {
            return false;
        }
        int listEnd = afterQuotedList(text, tokens, index, quote, TurkishText.COORDINATORS, true);
        if (listEnd < tokens.size() && listEnd != index.firstAtOrAfter(quote.after())
                && marksAName(tokens.get(listEnd).folded())) {
            return false; // "“...”, “...” ve “...” suçlarından": every item of the list is named by the word after it
        }
        int next = index.firstAtOrAfter(quote.after());
        if (next >= tokens.size() || !onlySpaceBetween(text, quote.after(), tokens.get(next).start())
                || text.substring(quote.after(), tokens.get(next).start()).indexOf('\n') >= 0) {
            return true; // a word of the next line names nothing of this one ("Törende konuşan ...")
        }
        // "“...” iftar programında": one plain noun may stand between the quote and the word that names it
        boolean nounBetween = next + 1 < tokens.size() && !tokens.get(next).isCapitalised()
                && !SAYING.contains(tokens.get(next).folded()) && !CUE_WORDS.contains(tokens.get(next).folded())
                && onlySpaceBetween(text, tokens.get(next).end(), tokens.get(next + 1).start());
        int topicEnd = topicPostpositionEnd(tokens, next);
        boolean about = topicEnd > next
                && !(topicEnd < tokens.size() && DirectQuoteFinder.isSpeechNoun(tokens.get(topicEnd).folded()));
        return !(marksAName(tokens.get(next).folded()) || about
                || (nounBetween && marksAName(tokens.get(next + 1).folded())));
    }

    /**
     * "“...” ve “...” yazılı pankartlar asıldı": words written on banners or placards hung or carried, the quote
     * coordinated with others before "yazılı"; no one says them there. A banner held up by a speaker in protest
     * ("“...” pankartı ile tepkisini dile getirdi") is their statement.
     */
    private static boolean writtenOnABanner(String text, RawQuote quote, List<Token> tokens, TokenIndex index) {
        int next = afterQuotedList(text, tokens, index, quote, AND, false); // "“A” ve “B” yazılı": past the last quote
        return next + 1 < tokens.size() && tokens.get(next).folded().equals(WRITTEN)
                && BANNERS.stream().anyMatch(tokens.get(next + 1).folded()::startsWith);
    }

    private static final Set<String> AND = Set.of("ve");

    /**
     * The first word after the list of quotes that {@code quote} opens ("“A”, “B” ve “C” suçlarından", "“A” ile “B”
     * projeleri"): items joined by one of {@code joiners}, or by commas where {@code commas}; the word right after
     * {@code quote} when no list follows.
     */
    private static int afterQuotedList(String text, List<Token> tokens, TokenIndex index, RawQuote quote,
                                       Set<String> joiners, boolean commas) {
        int next = index.firstAtOrAfter(quote.after());
        int gapStart = quote.after();
        while (next + 1 < tokens.size()) {
            String gap = text.substring(gapStart, tokens.get(next).start());
            boolean closed = gap.chars().allMatch(c -> Character.isWhitespace(c) || QuoteMarks.isQuoteMark((char) c));
            int item = joiners.contains(tokens.get(next).folded()) && closed ? next + 1
                    : commas && gap.indexOf(',') >= 0 ? next : -1;
            int after = item < 0 ? -1 : afterQuoteOpeningAt(text, tokens, item);
            if (after < 0) {
                return next;
            }
            gapStart = tokens.get(after - 1).end();
            next = after;
        }
        return next;
    }

    /**
     * The first word after the closing mark of the quote whose first word is {@code k} (or the first word of a quote
     * opening right after it), or -1 where no quote opens at {@code k}.
     */
    private static int afterQuoteOpeningAt(String text, List<Token> tokens, int k) {
        int start = tokens.get(k).start();
        if (start == 0 || !QuoteMarks.isQuoteMark(text.charAt(start - 1))) {
            return -1;
        }
        for (int j = k + 1; j < tokens.size(); j++) {
            String gap = text.substring(tokens.get(j - 1).end(), tokens.get(j).start());
            if (gap.indexOf('\n') >= 0) {
                return -1;
            }
            if (gap.chars().anyMatch(c -> QuoteMarks.isQuoteMark((char) c))) {
                return j;
            }
        }
        return -1;
    }

    private static final String WRITTEN = "yazılı";
    private static final List<String> BANNERS = List.of("pankart", "afiş", "döviz", "bez");

    /** The token after a topic postposition starting at {@code i} ("ilişkin", "ile ilgili"), or {@code i}. */
    private static int topicPostpositionEnd(List<Token> tokens, int i) {
        if (ABOUT.contains(tokens.get(i).folded())) {
            return i + 1;
        }
        boolean withRegard = tokens.get(i).folded().equals("ile") && i + 1 < tokens.size()
                && tokens.get(i + 1).folded().startsWith("ilgili");
        return withRegard ? i + 2 : i;
    }

    private boolean marksAName(String folded) {
        for (String marker : titleMarkers) {
            if (folded.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list of names quoted as announced ("Gerze Belediye Başkan Adayı A, Boyabat Belediye Başkan Adayı B, ..."):
     * items between commas, (nearly) every word capitalised, whatever punctuation closes it; one phrase ending in a
     * name. Speech that thanks a row of officials ends in its verb or goes on to another sentence.
     */
    private static boolean looksLikeList(String text, RawQuote quote, int words, int capitalised,
                                         boolean lastCapitalised) {
        if (!lastCapitalised || capitalised * 10 < words * 7) {
            return false;
        }
        String quoted = text.substring(quote.start(), quote.end());
        return quoted.chars().filter(ch -> ch == ',').count() >= MIN_LIST_COMMAS
                && !SENTENCE_BREAK.matcher(quoted.strip()).find();
    }

    /** A sentence ending after a word, not a number's dot, and another sentence opening: "... seçildi. Başkan". */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[^\\d\\s][.!?] +\\p{Lu}");

    /**
     * Names and titles capitalise (nearly) every word and end in a noun ("Vergi Kanunu ile Bazı Kanunlarda
     * Değişiklik Yapılmasına Dair Kanun Teklifi"); speech capitalises its first word and names, and ends in
     * a verb.
     */
    private static boolean looksLikeTitle(int words, int capitalised, boolean lastCapitalised) {
        return capitalised == words || (lastCapitalised && capitalised * 10 >= words * 7);
    }

    /** Nouns of events and campaigns, whose names are quoted: "'İlçe ilçe anlatma toplantıları' düzenlendi". */
    private static final List<String> EVENT_NOUNS = List.of("toplantı", "buluşma", "etkinli", "kampanya",
            "festival", "şenli", "yürüyüş", "çalıştay", "seminer", "konferans", "panel", "sergi", "yarışma", "turnuva");

    /** Verbs of holding an event: "gerçekleştirdi", "düzenlendi", "başlattı", "yapıldı". */
    private static final List<String> HOLDING = List.of("gerçekleştir", "düzenle", "başlat", "yapıl");

    /**
     * The quote's last word is an event's noun and a verb of holding it follows: the event's name ("'Köy köy
     * buluşma toplantıları' gerçekleştirdi"), not words said ("'Çok verimli bir toplantı' dedi").
     */
    private static boolean endsInAnEventNoun(List<Token> tokens, TokenIndex index, RawQuote quote) {
        int last = index.lastEndingAtOrBefore(quote.end());
        int next = index.firstAtOrAfter(quote.after());
        if (last < 0 || tokens.get(last).start() < quote.start() || next >= tokens.size()) {
            return false;
        }
        String f = tokens.get(last).folded();
        String verb = tokens.get(next).folded();
        return EVENT_NOUNS.stream().anyMatch(f::startsWith) && HOLDING.stream().anyMatch(verb::startsWith);
    }

    /**
     * "basın yoluyla propaganda yapmak" suçundan: a charge or a concept named by a bare infinitive, which speech
     * does not end in; unless a form of "olmak" makes the quoted words someone's ("Hedefi, '... tanıştırmak'
     * olduğunu söyledi").
     */
    private static boolean endsInInfinitive(List<Token> tokens, TokenIndex index, RawQuote quote) {
        int last = index.lastEndingAtOrBefore(quote.end());
        if (last < 0) {
            return false;
        }
        String f = tokens.get(last).folded();
        int next = index.firstAtOrAfter(quote.after());
        boolean predicate = next < tokens.size() && tokens.get(next).folded().startsWith("ol");
        return f.length() > 4 && (f.endsWith("mak") || f.endsWith("mek")) && !predicate;
    }

    /**
     * "<a href="" title=""> <abbr title="">": marks between a page's markup (a comment form's list of tags) quote no
     * one; speech has no angle brackets.
     */
    private static boolean markup(String text, RawQuote quote) {
        return hasPunctuation(text, quote, "<>");
    }

    /** "'https://ornek.bel.tr' adresinden", "'bilgi@ornek.gov.tr'": a web or e-mail address quoted alone says nothing. */
    private static boolean address(String text, RawQuote quote) {
        return ADDRESS.matcher(text.substring(quote.start(), quote.end()).strip()).matches();
    }

    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");

    private static boolean hasPunctuation(String text, RawQuote quote, String marks) {
        for (int i = quote.start(); i < quote.end(); i++) {
            boolean ordinalDot = text.charAt(i) == '.' && i > 0 && Character.isDigit(text.charAt(i - 1));
            if (marks.indexOf(text.charAt(i)) >= 0 && !ordinalDot) {
                return true; // not the dot of "3. Kitap Fuarı"
            }
        }
        return false;
    }

    /** Only white space stands between the quote's marks and the ends of its line. */
    private static boolean standsOnItsOwnLine(String text, RawQuote quote) {
        if (quote.openMark() < 0 || quote.closeMark() < 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', quote.openMark()) + 1;
        int lineEnd = text.indexOf('\n', quote.after());
        return text.substring(lineStart, quote.openMark()).isBlank()
                && text.substring(quote.after(), lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    /**
     * A short quote that ends its line with no full stop, inside or after it: a heading or a headline that sums up
     * the speech ("Başkan'dan yanıt! 'Borcu biz yapmadık'", a line of its own: "Bu kent bizimle
     * büyüyor"), which the article reports again as said; unless the line names its speaker before a colon.
     */
    private static boolean closesAHeadingLine(String text, RawQuote quote, int words) {
        if (quote.closeMark() < 0 || words > SubheadFilter.MAX_HEADING_WORDS) {
            return false;
        }
        int after = quote.after();
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r') {
            return false;
        }
        int last = quote.end() - 1;
        while (last > quote.start() && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        int before = quote.openMark() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        // "Tekin: “Bu kente hizmet edeceğiz”": a heading that names its speaker quotes the speech
        boolean attributed = before >= 0 && text.charAt(before) == ':';
        return !attributed && ".!?\u2026".indexOf(text.charAt(last)) < 0 && !repeatedLater(text, quote);
    }

    /**
     * The quoted words come again later in the text, in the speech they were taken from: the heading is a quote the
     * page repeats, and every occurrence counts.
     */
    private static boolean repeatedLater(String text, RawQuote quote) {
        String words = text.substring(quote.start(), quote.end()).strip();
        return !words.isEmpty() && text.indexOf(words, quote.after()) >= 0;
    }

    /**
     * "... "350 bininci konutun anahtar teslim töreni"ne katıldı": a case suffix written onto the closing mark
     * (with or without an apostrophe) makes the quoted words the name of a thing, not speech.
     */
    private static boolean inflectedAsANoun(String text, RawQuote quote) {
        int k = quote.after();
        if (k >= text.length() || quote.after() == quote.end()) {
            return false;
        }
        if (TurkishText.isApostrophe(text.charAt(k)) && k + 1 < text.length()) {
            k++;
        } else if (gluedSaying(text, k)) {
            return false; // "...”dedi": the cue written without its space
        }
        return Character.isLowerCase(text.charAt(k));
    }

    private static boolean gluedSaying(String text, int k) {
        int end = k;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return SAYING.contains(TurkishText.lower(text.substring(k, end)));
    }

    /** Nothing but white space in {@code [from, to)} of {@code text}. */
    static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
