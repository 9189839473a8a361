package dev.beyan.ingest.release;

/** A release as a client submitted it, validated; only {@code text} is required. */
record Submission(String text, String externalId, String source, String url, String publishedAt, String category,
                  String title, String dateline) {
}
