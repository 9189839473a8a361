package dev.beyan.query.gazetteer;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.Districts;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code readmodel.districts}: one of the gazetteer's 973 districts. */
@Entity
@Immutable
@Table(schema = ReadModelTables.SCHEMA, name = Districts.TABLE)
public class DistrictEntity extends PanacheEntityBase {
    @Id
    @Column(name = Districts.ID)
    public int id;
    @Column(name = Districts.PROVINCE_ID)
    public int provinceId;
    @Column(name = Districts.NAME)
    public String name;
    /** The ASCII-folded lower-case name. */
    @Column(name = Districts.ASCII)
    public String ascii;
    @Column(name = Districts.MENTION_COUNT)
    public int mentionCount;
    @Column(name = Districts.RELEASE_COUNT)
    public int releaseCount;
}
