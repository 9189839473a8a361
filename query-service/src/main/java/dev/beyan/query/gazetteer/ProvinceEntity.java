package dev.beyan.query.gazetteer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code readmodel.provinces}: one of the gazetteer's 81 provinces; {@code id} is its plate code. */
@Entity
@Immutable
@Table(schema = "readmodel", name = "provinces")
public class ProvinceEntity extends PanacheEntityBase {
    @Id
    public int id;
    public String name;
    /** The ASCII-folded lower-case name. */
    public String ascii;
    public boolean metropolitan;
    @Column(name = "mention_count")
    public int mentionCount;
    @Column(name = "release_count")
    public int releaseCount;
}
