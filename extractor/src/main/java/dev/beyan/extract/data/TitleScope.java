package dev.beyan.extract.data;

/**
 * What an office's jurisdiction and organisation are made of. A state office belongs to a place's body ("Kiraz
 * Belediyesi", "İzmir Valiliği"), a party office to its party, a national office to no place.
 */
public enum TitleScope {
    NATIONAL, MINISTER, DEPUTY, GOVERNOR, PROVINCIAL_STATE, DISTRICT_GOVERNOR, DISTRICT_STATE, METROPOLITAN,
    MUNICIPAL, NEIGHBOURHOOD,
    /**
     * An office every province and every district has, a province's or a district's, whichever is named: a chief
     * public prosecutor (the court's seat), a müftü.
     */
    SEAT,
    PARTY_NATIONAL, PARTY_PROVINCE, PARTY_DISTRICT,
    /** A party's youth or women's wing: national when named with its party alone, else provincial. */
    PARTY_WING,
    GENERIC;

    public boolean isParty() {
        return this == PARTY_NATIONAL || this == PARTY_PROVINCE || this == PARTY_DISTRICT || this == PARTY_WING;
    }

    /** Offices of a province: their place is a province (or the province of a district named with them). */
    public boolean isProvincial() {
        return this == DEPUTY || this == GOVERNOR || this == PROVINCIAL_STATE || this == METROPOLITAN
                || this == PARTY_PROVINCE || this == PARTY_WING;
    }

    /** Offices of a district or town. */
    public boolean isLocal() {
        return this == DISTRICT_GOVERNOR || this == DISTRICT_STATE || this == MUNICIPAL || this == PARTY_DISTRICT
                || this == NEIGHBOURHOOD || this == SEAT;
    }
}
