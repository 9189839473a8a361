package dev.beyan.query.gazetteer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code readmodel.districts}: one of the gazetteer's 973 districts. */
@Entity
@Immutable
@Table(schema = "readmodel", name = "districts")
public class DistrictEntity extends PanacheEntityBase {
    @Id
    public int id;
    @Column(name = "province_id")
    public int provinceId;
    public String name;
    /** The ASCII-folded lower-case name. */
    public String ascii;
    @Column(name = "mention_count")
    public int mentionCount;
    @Column(name = "release_count")
    public int releaseCount;
}
