package dev.beyan.extract.statement;

import java.util.List;

/** Finds tokens by character offset with a binary search over their starts. */
final class TokenIndex {

    private final int[] starts;
    private final int[] ends;

    TokenIndex(List<Token> tokens) {
        starts = new int[tokens.size()];
        ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
        }
    }

    /** Index of the first token starting at or after {@code offset} (size when none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token ending at or before {@code offset} (-1 when none). */
    int lastEndingAtOrBefore(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
