package dev.beyan.query.official;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code readmodel.mentions}: where in a release's text an official or place is named. */
@Entity
@Immutable
@IdClass(MentionEntity.Key.class)
@Table(schema = "readmodel", name = "mentions")
public class MentionEntity extends PanacheEntityBase {
    @Id
    @Column(name = "release_id")
    public String releaseId;
    @Id
    @Column(name = "entity_kind")
    public String entityKind;
    @Id
    @Column(name = "entity_id")
    public String entityId;
    @Id
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;

    public record Key(String releaseId, String entityKind, String entityId, int start) {
    }
}
