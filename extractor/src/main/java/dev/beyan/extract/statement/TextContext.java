package dev.beyan.extract.statement;

import java.util.List;

/** One text prepared once for all the rules: its words, name runs, quotes and people. */
record TextContext(String text, List<Token> tokens, TokenIndex index, List<NameUnit> units, List<RawQuote> quotes,
                   SpeakerResolver speakers) {

    String span(int firstToken, int lastToken) {
        return text.substring(tokens.get(firstToken).start(), tokens.get(lastToken).end());
    }
}
