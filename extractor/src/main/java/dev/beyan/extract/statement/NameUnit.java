package dev.beyan.extract.statement;

/**
 * A run of capitalised words, tokens {@code [first, last]}: a name, maybe with its title and organisation
 * ("CHP İzmir İl Başkanı Şenol Aslanoğlu"). {@code grammaticalCase} is read from the suffix after the
 * apostrophe of its last word; Turkish marks the subject by having none.
 */
record NameUnit(int first, int last, int start, int end, Case grammaticalCase) {

    /** Enough of Turkish case to tell a subject from an object. */
    enum Case { NOMINATIVE, GENITIVE, ABLATIVE, OBLIQUE }

    static Case caseOfSuffix(String suffix) {
        if (suffix.isEmpty()) {
            return Case.NOMINATIVE;
        }
        return switch (suffix) {
            case "ın", "in", "un", "ün", "nın", "nin", "nun", "nün" -> Case.GENITIVE;
            case "dan", "den", "tan", "ten", "ndan", "nden" -> Case.ABLATIVE;
            default -> Case.OBLIQUE;
        };
    }
}
