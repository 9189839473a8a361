package dev.beyan.launcher;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, drawn only on a terminal and only for work big enough to need one, so that
 * piped output and logs stay clean. Lines printed through {@link #println} appear above it.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final String label;
    private final boolean visible;
    private long total;
    private long done;
    private long drawnAt;

    private ProgressBar(PrintStream err, String label, long total, boolean visible) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.visible = visible;
    }

    /** A bar shown when the launcher runs in a terminal and there are at least {@code threshold} units of work. */
    static ProgressBar onTerminal(PrintStream err, String label, long total, long threshold) {
        return new ProgressBar(err, label, total, System.console() != null && total >= threshold);
    }

    void advance(long units) {
        update(done + units, total);
    }

    void update(long done, long total) {
        this.done = done;
        this.total = total;
        long now = System.nanoTime();
        if (visible && (now - drawnAt > REDRAW_NANOS || done >= total)) {
            drawnAt = now;
            draw();
        }
    }

    void println(PrintStream out, String line) {
        clear();
        out.println(line);
        out.flush();
        if (visible && done > 0) {
            draw();
        }
    }

    void finish() {
        clear();
    }

    private void draw() {
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    private void clear() {
        if (visible) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
