package dev.beyan.registry.projection;

import dev.beyan.extract.data.Registers;
import dev.beyan.extract.text.TurkishText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The winners of the 31 March 2024 local elections. A mayor the text names is linked to the registry only where
 * both the municipality and the (folded) name agree, because a text may name a deputy, a successor or a namesake.
 */
public final class MayorRegistry {
    /** A registry entry: the office as the registry names it and the party's short name. */
    public record Mayor(String office, String party) {
    }

    private final Map<String, Mayor> byMunicipalityAndName = new HashMap<>();

    private MayorRegistry(List<Registers.Mayor> mayors) {
        for (Registers.Mayor m : mayors) {
            Mayor mayor = new Mayor(m.office(), m.party());
            String name = TurkishText.asciiFold(m.name());
            if (m.municipality() == Registers.Municipality.DISTRICT) {
                byMunicipalityAndName.put(key(m.provincePlate(), m.districtCode(), false, name), mayor);
            } else {
                // A province's own mayor: büyükşehir in the 30 metropolitan provinces, il belediyesi elsewhere.
                byMunicipalityAndName.put(key(m.provincePlate(), 0, true, name), mayor);
            }
        }
    }

    public static MayorRegistry load() {
        return new MayorRegistry(Registers.load().mayors());
    }

    /**
     * The registry's mayor for a mayoral title held in {@code provinceId} / {@code districtId} (0 for the province's
     * own municipality) by a person whose name folds to {@code foldedName}.
     */
    public Optional<Mayor> find(String title, int provinceId, int districtId, String foldedName) {
        if (title == null || !TurkishText.asciiFold(title).contains("belediye baskan") || provinceId == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(byMunicipalityAndName.get(key(provinceId, districtId, districtId == 0, foldedName)));
    }

    private static String key(int plate, int district, boolean provincial, String foldedName) {
        return plate + "/" + (provincial ? "province" : Integer.toString(district)) + "/" + foldedName;
    }
}
