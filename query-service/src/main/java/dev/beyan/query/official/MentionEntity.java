package dev.beyan.query.official;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.Mentions;
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
@Table(schema = ReadModelTables.SCHEMA, name = Mentions.TABLE)
public class MentionEntity extends PanacheEntityBase {
    @Id
    @Column(name = Mentions.RELEASE_ID)
    public String releaseId;
    @Id
    @Column(name = Mentions.ENTITY_KIND)
    public String entityKind;
    @Id
    @Column(name = Mentions.ENTITY_ID)
    public String entityId;
    @Id
    @Column(name = Mentions.START_OFFSET)
    public int start;
    @Column(name = Mentions.END_OFFSET)
    public int end;

    public record Key(String releaseId, String entityKind, String entityId, int start) {
    }
}
