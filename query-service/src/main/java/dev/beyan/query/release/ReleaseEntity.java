package dev.beyan.query.release;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code readmodel.releases}: a release's current state, as entity-service projects it. Read only. */
@Entity
@Immutable
@Table(schema = "readmodel", name = "releases")
public class ReleaseEntity extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "external_id")
    public String externalId;
    public String source;
    public String url;
    public String title;
    @Column(name = "published_at")
    public String publishedAt;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    public String category;
    public String dateline;
    public String text;
    @Column(name = "text_sha256")
    public String textSha256;
    @Column(name = "text_version")
    public long textVersion;
    public long version;
    public String status;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "last_position")
    public long lastPosition;
    @Column(name = "analyzed_version")
    public Long analyzedVersion;
    @Column(name = "extractor_name")
    public String extractorName;
    @Column(name = "extractor_version")
    public String extractorVersion;
}
