package dev.beyan.entity.pipeline;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness detail {@code lagEvents}: up whenever the lag can be measured, which needs the database. */
@Readiness
@ApplicationScoped
public class ProjectionReadiness implements AsyncHealthCheck {
    private final ProjectionLag lag;

    public ProjectionReadiness(ProjectionLag lag) {
        this.lag = lag;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return lag.measure()
                .map(n -> HealthCheckResponse.named("projection").up().withData("lagEvents", n).build())
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("projection").down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
