package dev.beyan.extract.official;

import dev.beyan.extract.data.TitleScope;

/**
 * One place in the text that gives a person an office. {@code position} is the word where the title starts: where
 * a person has several titles the first one given wins. Jurisdiction and organisation are already resolved.
 */
record Evidence(int position, String title, TitleScope scope, String org, String party, String province,
                String district, boolean former, boolean placeNamed) {

    boolean hasJurisdiction() {
        return province != null || district != null;
    }
}
