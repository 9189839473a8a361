package dev.beyan.query.official;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.ReleaseOfficials;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code readmodel.release_officials}, reduced to what queries need: who appears in which release. A row is
 * one name the extractor gave ({@code name_key}, the table's key with the release); two names of one release may
 * resolve to the same official.
 */
@Entity
@Immutable
@IdClass(ReleaseOfficialEntity.Key.class)
@Table(schema = ReadModelTables.SCHEMA, name = ReleaseOfficials.TABLE)
public class ReleaseOfficialEntity extends PanacheEntityBase {
    @Id
    @Column(name = ReleaseOfficials.RELEASE_ID)
    public String releaseId;
    @Id
    @Column(name = ReleaseOfficials.NAME_KEY)
    public String nameKey;
    @Column(name = ReleaseOfficials.OFFICIAL_ID)
    public String officialId;
    @Column(name = ReleaseOfficials.PARTY)
    public String party;
    @Column(name = ReleaseOfficials.MENTION_COUNT)
    public int mentionCount;

    public record Key(String releaseId, String nameKey) {
    }
}
