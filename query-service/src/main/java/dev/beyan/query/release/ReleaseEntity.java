package dev.beyan.query.release;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.Releases;
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
@Table(schema = ReadModelTables.SCHEMA, name = Releases.TABLE)
public class ReleaseEntity extends PanacheEntityBase {
    @Id
    @Column(name = Releases.ID)
    public String id;
    @Column(name = Releases.EXTERNAL_ID)
    public String externalId;
    @Column(name = Releases.SOURCE)
    public String source;
    @Column(name = Releases.URL)
    public String url;
    @Column(name = Releases.TITLE)
    public String title;
    @Column(name = Releases.PUBLISHED_AT)
    public String publishedAt;
    @Column(name = Releases.PUBLISHED_ON)
    public LocalDate publishedOn;
    @Column(name = Releases.CATEGORY)
    public String category;
    @Column(name = Releases.DATELINE)
    public String dateline;
    @Column(name = Releases.TEXT)
    public String text;
    @Column(name = Releases.TEXT_SHA256)
    public String textSha256;
    @Column(name = Releases.TEXT_VERSION)
    public long textVersion;
    @Column(name = Releases.VERSION)
    public long version;
    @Column(name = Releases.STATUS)
    public String status;
    @Column(name = Releases.RECEIVED_AT)
    public Instant receivedAt;
    @Column(name = Releases.UPDATED_AT)
    public Instant updatedAt;
    @Column(name = Releases.LAST_POSITION)
    public long lastPosition;
    @Column(name = Releases.ANALYZED_VERSION)
    public Long analyzedVersion;
    @Column(name = Releases.EXTRACTOR_NAME)
    public String extractorName;
    @Column(name = Releases.EXTRACTOR_VERSION)
    public String extractorVersion;
}
