package dev.beyan.query.statement;

import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.Statements;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;

/**
 * A row of {@code readmodel.statements}: who said what in which release, with character offsets into the
 * release's text. The generated tsvector columns are left unmapped: only native SQL can use them.
 */
@Entity
@Immutable
@Table(schema = ReadModelTables.SCHEMA, name = Statements.TABLE)
public class StatementEntity extends PanacheEntityBase {
    @Id
    @Column(name = Statements.ID)
    public String id;
    @Column(name = Statements.RELEASE_ID)
    public String releaseId;
    @Column(name = Statements.SEQ)
    public int seq;
    @Column(name = Statements.KIND)
    public String kind;
    @Column(name = Statements.TEXT)
    public String text;
    @Column(name = Statements.CUE)
    public String cue;
    @Column(name = Statements.SPEAKER_NAME)
    public String speakerName;
    @Column(name = Statements.SPEAKER_OFFICIAL_ID)
    public String speakerOfficialId;
    @Column(name = Statements.PUBLISHED_ON)
    public LocalDate publishedOn;
    @Column(name = Statements.START_OFFSET)
    public int startOffset;
    @Column(name = Statements.END_OFFSET)
    public int endOffset;
}
