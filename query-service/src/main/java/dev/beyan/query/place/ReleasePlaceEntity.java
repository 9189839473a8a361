package dev.beyan.query.place;

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
@Table(schema = "readmodel", name = "release_places")
public class ReleasePlaceEntity extends PanacheEntityBase {
    @Id
    @Column(name = "release_id")
    public String releaseId;
    @Id
    @Column(name = "place_kind")
    public String placeKind;
    @Id
    @Column(name = "place_id")
    public int placeId;
    @Column(name = "mention_count")
    public int mentionCount;

    public record Key(String releaseId, String placeKind, int placeId) {
    }
}
