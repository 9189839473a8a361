package dev.beyan.query.official;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The officials list's query parameters, as the client sent them. */
public class OfficialFilter {
    /** A name or alias, matched regardless of case and Turkish letters. */
    @RestQuery
    @Parameter(description = "A name or alias, in any casing, with or without Turkish letters")
    public String q;
    /** A party held in some office, e.g. CHP. */
    @RestQuery
    @Parameter(description = "A party held in the office, e.g. CHP (or its first word)")
    public String party;
    /** The office's province: plate code or name. */
    @RestQuery
    @Parameter(description = "The office's province: plate code or name")
    public String province;
    /** The office's district: id or name. */
    @RestQuery
    @Parameter(description = "The office's district: id or name")
    public String district;
    /** The office's title, e.g. İl Başkanı. */
    @RestQuery
    @Parameter(description = "The office's title, e.g. İl Başkanı")
    public String title;
    @RestQuery
    @Parameter(description = "The previous page's `next`")
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
