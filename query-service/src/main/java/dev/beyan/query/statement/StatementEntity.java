package dev.beyan.query.statement;

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
@Table(schema = "readmodel", name = "statements")
public class StatementEntity extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "release_id")
    public String releaseId;
    public int seq;
    public String kind;
    public String text;
    public String cue;
    @Column(name = "speaker_name")
    public String speakerName;
    @Column(name = "speaker_official_id")
    public String speakerOfficialId;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;
}
