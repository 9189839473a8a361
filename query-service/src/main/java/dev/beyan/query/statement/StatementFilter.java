package dev.beyan.query.statement;

import org.jboss.resteasy.reactive.RestQuery;

/** The statement search's query parameters, as the client sent them. */
public class StatementFilter {
    /** Words to find, stemmed in Turkish and matched without Turkish letters too. */
    @RestQuery
    public String q;
    /** The speaker's official id. */
    @RestQuery
    public String speaker;
    /** The speaker's party in that release. */
    @RestQuery
    public String party;
    /** A province the release mentions: plate code or name. */
    @RestQuery
    public String province;
    /** A district the release mentions: id or name. */
    @RestQuery
    public String district;
    /** First publication day, YYYY-MM-DD. */
    @RestQuery
    public String from;
    /** Last publication day, YYYY-MM-DD. */
    @RestQuery
    public String to;
    /** direct or indirect. */
    @RestQuery
    public String kind;
    @RestQuery
    public String cursor;

    public static StatementFilter bySpeaker(String speaker, String cursor) {
        StatementFilter f = new StatementFilter();
        f.speaker = speaker;
        f.cursor = cursor;
        return f;
    }
}
