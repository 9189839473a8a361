package dev.beyan.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {

    @Test
    void eachServiceJvmStartsWithTheHeapItsPodGets() {
        Path jar = Path.of("ingest-service/target/quarkus-app/quarkus-run.jar");
        for (Service service : Service.values()) {
            List<String> command = ServiceProcess.command(service, jar);
            assertThat(command).as(service.module()).containsSubsequence("-Xmx" + service.maxHeap(), "-jar",
                    jar.toString());
        }
        assertThat(List.of(Service.INGEST.maxHeap(), Service.ENTITY.maxHeap(), Service.QUERY.maxHeap()))
                .containsExactly("512m", "768m", "512m");
    }
}
