package dev.beyan.query.official;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.Positions;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;

/**
 * A row of {@code readmodel.positions}: an office an official was seen holding. The table keeps "none" as
 * {@code ''} (org, party) and {@code 0} (province, district) so that they can be part of the key.
 */
@Entity
@Immutable
@IdClass(PositionEntity.Key.class)
@Table(schema = ReadModelTables.SCHEMA, name = Positions.TABLE)
public class PositionEntity extends PanacheEntityBase {
    @Id
    @Column(name = Positions.OFFICIAL_ID)
    public String officialId;
    @Id
    @Column(name = Positions.TITLE)
    public String title;
    @Id
    @Column(name = Positions.ORG)
    public String org;
    @Id
    @Column(name = Positions.PARTY)
    public String party;
    @Column(name = Positions.PARTY_SOURCE)
    public String partySource;
    @Column(name = Positions.REGISTRY_OFFICE)
    public String registryOffice;
    @Id
    @Column(name = Positions.PROVINCE_ID)
    public int provinceId;
    @Id
    @Column(name = Positions.DISTRICT_ID)
    public int districtId;
    @Id
    @Column(name = Positions.FORMER)
    public boolean former;
    @Column(name = Positions.FIRST_SEEN)
    public LocalDate firstSeen;
    @Column(name = Positions.LAST_SEEN)
    public LocalDate lastSeen;
    @Column(name = Positions.RELEASE_COUNT)
    public int releaseCount;

    public record Key(String officialId, String title, String org, String party, int provinceId, int districtId,
                      boolean former) {
    }
}
