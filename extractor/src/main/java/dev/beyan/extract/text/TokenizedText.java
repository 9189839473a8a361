package dev.beyan.extract.text;

import java.util.Arrays;
import java.util.List;

/** A text, its words, and the number of the sentence each word is in (a new one after ". ! ?" or a line break). */
public final class TokenizedText {
    private final String text;
    private final List<Token> tokens;
    private final int[] sentence;
    private final boolean[] headline;

    /**
     * A sentence of at least this many words, every word capitalised and no comma, is a headline in title case
     * (a list of names has commas).
     */
    private static final int HEADLINE_MIN_WORDS = 3;

    public TokenizedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.sentence = new int[tokens.size()];
        int current = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if ((tokens.get(i).sepBefore() & (Separator.SENTENCE_END | Separator.NEWLINE)) != 0) {
                current++;
            }
            sentence[i] = current;
        }
        this.headline = new boolean[current + 1];
        int[] words = new int[current + 1];
        boolean[] allCapitalised = new boolean[current + 1];
        Arrays.fill(allCapitalised, true);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.digits()) {
                words[sentence[i]]++;
                allCapitalised[sentence[i]] &= t.capitalized() && (t.sepBefore() & Separator.COMMA) == 0;
            }
        }
        for (int s = 0; s <= current; s++) {
            headline[s] = allCapitalised[s] && words[s] >= HEADLINE_MIN_WORDS;
        }
    }

    /** Every word of the sentence is capitalised, as in a headline: capitals tell nothing about names there. */
    public boolean isHeadline(int sentenceIndex) {
        return headline[sentenceIndex];
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** The key of word {@code i}, or "" outside the text: saves a bounds check at every look-ahead. */
    public String key(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).key() : "";
    }

    /** Whether word {@code i} exists and is in the {@link WordClass}. */
    public boolean is(int i, int wordClassBit) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(wordClassBit);
    }

    /** The word that starts at character {@code offset}, or -1 where none does. */
    public int wordStartingAt(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int start = tokens.get(mid).start();
            if (start == offset) {
                return mid;
            }
            if (start < offset) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    public int sentenceOf(int i) {
        return sentence[i];
    }

    /** The stem of word {@code i} as written. */
    public String stem(int i) {
        Token t = tokens.get(i);
        return text.substring(t.start(), t.stemEnd());
    }
}
