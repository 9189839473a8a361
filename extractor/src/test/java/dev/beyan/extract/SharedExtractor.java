package dev.beyan.extract;

/** One extractor for all tests: it is thread-safe and loading its reference data is the slow part. */
public final class SharedExtractor {
    private static final Extractor INSTANCE = new Extractor();

    private SharedExtractor() {
    }

    public static Extractor get() {
        return INSTANCE;
    }
}
