package dev.beyan.query.gazetteer;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.Provinces;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code readmodel.provinces}: one of the gazetteer's 81 provinces; {@code id} is its plate code. */
@Entity
@Immutable
@Table(schema = ReadModelTables.SCHEMA, name = Provinces.TABLE)
public class ProvinceEntity extends PanacheEntityBase {
    @Id
    @Column(name = Provinces.ID)
    public int id;
    @Column(name = Provinces.NAME)
    public String name;
    /** The ASCII-folded lower-case name. */
    @Column(name = Provinces.ASCII)
    public String ascii;
    @Column(name = Provinces.METROPOLITAN)
    public boolean metropolitan;
    @Column(name = Provinces.MENTION_COUNT)
    public int mentionCount;
    @Column(name = Provinces.RELEASE_COUNT)
    public int releaseCount;
}
