package dev.beyan.query.official;

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
@Table(schema = "readmodel", name = "positions")
public class PositionEntity extends PanacheEntityBase {
    @Id
    @Column(name = "official_id")
    public String officialId;
    @Id
    public String title;
    @Id
    public String org;
    @Id
    public String party;
    @Column(name = "party_source")
    public String partySource;
    @Column(name = "registry_office")
    public String registryOffice;
    @Id
    @Column(name = "province_id")
    public int provinceId;
    @Id
    @Column(name = "district_id")
    public int districtId;
    @Id
    public boolean former;
    @Column(name = "first_seen")
    public LocalDate firstSeen;
    @Column(name = "last_seen")
    public LocalDate lastSeen;
    @Column(name = "release_count")
    public int releaseCount;

    public record Key(String officialId, String title, String org, String party, int provinceId, int districtId,
                      boolean former) {
    }
}
