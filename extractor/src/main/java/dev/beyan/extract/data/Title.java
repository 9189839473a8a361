package dev.beyan.extract.data;

/**
 * An office as the registry names it ({@code canonical}: "Belediye Başkanı", "Vali"), its scope, the organisation
 * it always belongs to (or null when the place or party decides), and whether the matched form was a plural
 * ("meclis üyeleri") or the office noun ("İl Başkanlığı'na ... atandı").
 */
public record Title(String canonical, TitleScope scope, String fixedOrg, boolean plural, boolean officeNoun) {
    /** The bare head "Başkan" ("Başkan Tugay"): which office it is, the context tells. */
    public static final String BARE_HEAD = "Başkan";

    public boolean isBareHead() {
        return scope == TitleScope.GENERIC && canonical.equals(BARE_HEAD);
    }
}
