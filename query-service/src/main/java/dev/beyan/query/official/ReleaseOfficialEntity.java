package dev.beyan.query.official;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code readmodel.release_officials}, reduced to what queries need: who appears in which release. */
@Entity
@Immutable
@IdClass(ReleaseOfficialEntity.Key.class)
@Table(schema = "readmodel", name = "release_officials")
public class ReleaseOfficialEntity extends PanacheEntityBase {
    @Id
    @Column(name = "release_id")
    public String releaseId;
    @Id
    @Column(name = "official_id")
    public String officialId;
    public String party;
    @Column(name = "mention_count")
    public int mentionCount;

    public record Key(String releaseId, String officialId) {
    }
}
