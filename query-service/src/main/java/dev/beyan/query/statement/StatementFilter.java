package dev.beyan.query.statement;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The statement search's query parameters, as the client sent them. */
public class StatementFilter {
    /** Words to find, stemmed in Turkish and matched without Turkish letters too. */
    @RestQuery
    @Parameter(description = "Words in web-search syntax (\"phrase\", or, -word), stemmed in Turkish, with or "
            + "without Turkish letters")
    public String q;
    /** The speaker's official id. */
    @RestQuery
    @Parameter(description = "The speaker's official id")
    public String speaker;
    /** The speaker's party in that release. */
    @RestQuery
    @Parameter(description = "The speaker's party in that release")
    public String party;
    /** A province the release mentions: plate code or name. */
    @RestQuery
    @Parameter(description = "A province the release mentions: plate code or name")
    public String province;
    /** A district the release mentions: id or name. */
    @RestQuery
    @Parameter(description = "A district the release mentions: id or name")
    public String district;
    /** First publication day, YYYY-MM-DD. */
    @RestQuery
    @Parameter(description = "First publication day, inclusive", schema = @Schema(type = SchemaType.STRING,
            format = "date"))
    public String from;
    /** Last publication day, YYYY-MM-DD. */
    @RestQuery
    @Parameter(description = "Last publication day, inclusive", schema = @Schema(type = SchemaType.STRING,
            format = "date"))
    public String to;
    /** direct or indirect. */
    @RestQuery
    @Parameter(description = "Direct quotes or reported speech", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"direct", "indirect"}))
    public String kind;
    @RestQuery
    @Parameter(description = "The previous page's `next`")
    public String cursor;

    public static StatementFilter bySpeaker(String speaker, String cursor) {
        StatementFilter f = new StatementFilter();
        f.speaker = speaker;
        f.cursor = cursor;
        return f;
    }
}
