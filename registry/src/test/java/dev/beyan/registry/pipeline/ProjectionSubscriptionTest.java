package dev.beyan.registry.pipeline;

import dev.beyan.common.subscription.Subscription;
import dev.beyan.registry.projection.ReadModelTables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** common's subscription registry cannot see registry's table names, so this holds the two to one table. */
class ProjectionSubscriptionTest {

    @Test
    void theProjectionsCheckpointTableIsTheOneTheReadModelMigrationsMake() {
        assertThat(Subscription.PROJECTION.checkpointTable()).isEqualTo(ReadModelTables.StreamCheckpoints.QUALIFIED);
    }
}
