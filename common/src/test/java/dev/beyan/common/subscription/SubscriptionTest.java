package dev.beyan.common.subscription;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTest {

    @Test
    void everySubscriptionHasALockKeyAndACheckpointTableOfItsOwn() {
        assertThat(Arrays.stream(Subscription.values()).map(Subscription::lockKey)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Subscription.values()).map(Subscription::checkpointTable)).doesNotHaveDuplicates();
    }

    @Test
    void everyLockKeyIsInBeyansRange() {
        assertThat(Subscription.values()).allSatisfy(s ->
                assertThat(s.lockKey() >>> 8).as(s.name()).isEqualTo(0x6265_7961_6EL));
    }

    @Test
    void everyGlobalLockIsInBeyansRangeAndNoSubscriptionsKey() {
        assertThat(GlobalLock.values()).allSatisfy(lock ->
                assertThat(lock.key() >>> 8).as(lock.name()).isEqualTo(0x6265_7961_6EL));
        assertThat(Arrays.stream(GlobalLock.values()).map(GlobalLock::key))
                .doesNotContainAnyElementsOf(Arrays.stream(Subscription.values()).map(Subscription::lockKey).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void everyLockSpaceIsInBeyansRangeAndItsOwn() {
        assertThat(Arrays.stream(LockSpace.values()).map(LockSpace::key)).doesNotHaveDuplicates();
        assertThat(LockSpace.values()).allSatisfy(space ->
                assertThat(space.key() >>> 16).as(space.name()).isEqualTo(0x6279));
    }

    @Test
    void aCheckpointClassRefusesASubscriptionThatKeepsItsPlaceTheOtherWay() {
        assertThatThrownBy(() -> new StreamCheckpoints(Subscription.RELAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RELAY");
        assertThatThrownBy(() -> new CommitOrderCheckpoint(Subscription.PROJECTION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PROJECTION");
    }
}
