package dev.beyan.ingest.release;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2, 3, now::get);

    @Test
    void aClientMayBurstThenWaitsForTheRefill() {
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1);
        now.addAndGet(SECOND / 2);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1);
    }

    @Test
    void oneClientsBurstLeavesTheOthersAlone() {
        for (int i = 0; i < 3; i++) {
            buckets.take("busy");
        }
        assertThat(buckets.take("busy")).isPositive();
        assertThat(buckets.take("quiet")).isZero();
    }

    @Test
    void aRefillNeverExceedsTheBurst() {
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.take("a")).isPositive();
    }
}
