package dev.beyan.extract.data;

/**
 * A province (il) or district (ilçe) of the gazetteer. {@code id} is the plate code for a province ("35") and the
 * 4-digit TÜİK code for a district ("1128"); {@code province} is the name of the province it belongs to (itself
 * for a province).
 */
public record AdminUnit(String id, String name, Kind kind, String province, String provinceId, int population) {

    public enum Kind {
        PROVINCE("province"), DISTRICT("district");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The contract's spelling of the kind. */
        public String label() {
            return label;
        }
    }

    public boolean isProvince() {
        return kind == Kind.PROVINCE;
    }
}
