package dev.beyan.extract.text;

import java.util.List;

/** A text, its words, and the number of the sentence each word is in (a new one after ". ! ?" or a line break). */
public final class TokenizedText {
    private final String text;
    private final List<Token> tokens;
    private final int[] sentence;

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

    public int sentenceOf(int i) {
        return sentence[i];
    }

    /** The stem of word {@code i} as written. */
    public String stem(int i) {
        Token t = tokens.get(i);
        return text.substring(t.start(), t.stemEnd());
    }
}
