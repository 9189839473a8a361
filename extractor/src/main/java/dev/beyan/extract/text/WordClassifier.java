package dev.beyan.extract.text;

/** Computes the {@link WordClass} bits of an ASCII-folded word key. Must be thread-safe. */
@FunctionalInterface
public interface WordClassifier {
    int classify(String key);
}
