package dev.beyan.query.official;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;

/**
 * A row of {@code readmodel.officials}: a person as the registry aggregates them over every release. The
 * {@code *Folded} columns hold the ASCII-folded lower case that name queries match.
 */
@Entity
@Immutable
@Table(schema = "readmodel", name = "officials")
public class OfficialEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Column(name = "name_folded")
    public String nameFolded;
    public String[] aliases;
    @Column(name = "aliases_folded")
    public String aliasesFolded;
    @Column(name = "release_count")
    public int releaseCount;
    @Column(name = "statement_count")
    public int statementCount;
    @Column(name = "first_seen")
    public LocalDate firstSeen;
    @Column(name = "last_seen")
    public LocalDate lastSeen;
}
