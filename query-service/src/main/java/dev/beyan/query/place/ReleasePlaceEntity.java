package dev.beyan.query.place;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.ReleasePlaces;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code readmodel.release_places}: a place a release mentions, and how often. */
@Entity
@Immutable
@IdClass(ReleasePlaceEntity.Key.class)
@Table(schema = ReadModelTables.SCHEMA, name = ReleasePlaces.TABLE)
public class ReleasePlaceEntity extends PanacheEntityBase {
    @Id
    @Column(name = ReleasePlaces.RELEASE_ID)
    public String releaseId;
    @Id
    @Column(name = ReleasePlaces.PLACE_KIND)
    public String placeKind;
    @Id
    @Column(name = ReleasePlaces.PLACE_ID)
    public int placeId;
    @Column(name = ReleasePlaces.MENTION_COUNT)
    public int mentionCount;

    public record Key(String releaseId, String placeKind, int placeId) {
    }
}
