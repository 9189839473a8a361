package dev.beyan.query.official;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.Officials;
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
@Table(schema = ReadModelTables.SCHEMA, name = Officials.TABLE)
public class OfficialEntity extends PanacheEntityBase {
    @Id
    @Column(name = Officials.ID)
    public String id;
    @Column(name = Officials.NAME)
    public String name;
    @Column(name = Officials.NAME_FOLDED)
    public String nameFolded;
    @Column(name = Officials.ALIASES)
    public String[] aliases;
    @Column(name = Officials.ALIASES_FOLDED)
    public String aliasesFolded;
    @Column(name = Officials.RELEASE_COUNT)
    public int releaseCount;
    @Column(name = Officials.STATEMENT_COUNT)
    public int statementCount;
    @Column(name = Officials.FIRST_SEEN)
    public LocalDate firstSeen;
    @Column(name = Officials.LAST_SEEN)
    public LocalDate lastSeen;
}
