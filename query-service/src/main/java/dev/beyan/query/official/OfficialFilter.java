package dev.beyan.query.official;

import org.jboss.resteasy.reactive.RestQuery;

/** The officials list's query parameters, as the client sent them. */
public class OfficialFilter {
    /** A name or alias, matched regardless of case and Turkish letters. */
    @RestQuery
    public String q;
    /** A party held in some office, e.g. CHP. */
    @RestQuery
    public String party;
    /** The office's province: plate code or name. */
    @RestQuery
    public String province;
    /** The office's district: id or name. */
    @RestQuery
    public String district;
    /** The office's title, e.g. İl Başkanı. */
    @RestQuery
    public String title;
    @RestQuery
    public String cursor;

    public String q() {
        return q;
    }

    public String party() {
        return party;
    }

    public String province() {
        return province;
    }

    public String district() {
        return district;
    }

    public String title() {
        return title;
    }

    public String cursor() {
        return cursor;
    }
}
