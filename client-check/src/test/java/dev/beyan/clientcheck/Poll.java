package dev.beyan.clientcheck;

import java.time.Duration;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.fail;

/** Asks again until an answer is there: analyses and projections arrive through Kafka, not at once. */
final class Poll {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Poll() {
    }

    /** The first answer that {@code attempt} returns without throwing, retried every 250 ms for a minute. */
    static <T> T until(String what, Callable<T> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                return attempt.call();
            } catch (Exception | AssertionError e) {
                last = e instanceof Exception ex ? ex : new Exception(e);
            }
            Thread.sleep(250);
        }
        return fail("%s: not there within %s; last: %s", what, TIMEOUT, last);
    }
}
