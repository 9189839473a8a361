package dev.beyan.query.gazetteer;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.extract.text.TurkishText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The provinces' and districts' names, kept once loaded: the gazetteer is fixed reference data (only its counts
 * move, and those are read from the tables). Resolves the place parameters clients pass, by plate code or id, or
 * by name in any casing, with or without Turkish letters. Officials, statements, place pages and the export all name
 * places through it, so its package sits below theirs and depends on none of them.
 */
@ApplicationScoped
public class Gazetteer {
    private volatile Names names;

    /**
     * The names, loaded by the caller itself until they are kept: no Uni is shared between requests, since a
     * shared (memoized) load ran on the session of whichever request came first, handed its result to the others
     * on that request's thread and Vert.x context (HR000069, or two requests on one session), and kept a failure
     * for good. Requests that race at start-up each load the names once; that is all they share.
     */
    public Uni<Names> names() {
        Names kept = names;
        if (kept != null) {
            return Uni.createFrom().item(kept);
        }
        return Panache.withSession(() -> ProvinceEntity.<ProvinceEntity>listAll()
                        .chain(provinces -> DistrictEntity.<DistrictEntity>listAll()
                                .map(districts -> new Names(provinces, districts))))
                .invoke(loaded -> names = loaded);
    }

    /** Names by id, and the resolution of parameters against them. */
    public static final class Names {
        private final Map<Integer, ProvinceEntity> provinces;
        private final Map<Integer, DistrictEntity> districts;

        Names(List<ProvinceEntity> provinces, List<DistrictEntity> districts) {
            this.provinces = provinces.stream().collect(Collectors.toUnmodifiableMap(p -> p.id, Function.identity()));
            this.districts = districts.stream().collect(Collectors.toUnmodifiableMap(d -> d.id, Function.identity()));
        }

        /** Every province, by plate code. */
        public List<ProvinceEntity> provinces() {
            return provinces.values().stream().sorted(java.util.Comparator.comparingInt(p -> p.id)).toList();
        }

        /** Every district, by id. */
        public List<DistrictEntity> districts() {
            return districts.values().stream().sorted(java.util.Comparator.comparingInt(d -> d.id)).toList();
        }

        /** The province, or null for 0 / null (no province). */
        public PlaceRef province(Integer id) {
            ProvinceEntity p = id == null ? null : provinces.get(id);
            return p == null ? null : new PlaceRef(p.id, p.name);
        }

        public PlaceRef district(Integer id) {
            DistrictEntity d = id == null ? null : districts.get(id);
            return d == null ? null : new PlaceRef(d.id, d.name);
        }

        /** The province a parameter names (plate code such as 35, or a name); 400 naming {@code param} if none. */
        public int resolveProvince(String param, String value) {
            String v = value.trim();
            if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
                int plate = Integer.parseInt(v);
                if (provinces.containsKey(plate)) {
                    return plate;
                }
            }
            String folded = TurkishText.asciiFold(v);
            return provinces.values().stream().filter(p -> p.ascii.equals(folded)).map(p -> p.id).findFirst()
                    .orElseThrow(() -> ProblemException.badRequest(param,
                            "no province '" + value + "': give a plate code (1-81) or a province name"));
        }

        /**
         * The districts a parameter names (an id, or a name, which several provinces may share), inside
         * {@code provinceId} when given; 400 naming {@code param} if none.
         */
        public List<Integer> resolveDistricts(String param, String value, Integer provinceId) {
            String v = value.trim();
            String folded = TurkishText.asciiFold(v);
            List<Integer> ids = districts.values().stream()
                    .filter(d -> provinceId == null || d.provinceId == provinceId)
                    .filter(d -> Integer.toString(d.id).equals(v) || d.ascii.equals(folded))
                    .map(d -> d.id).sorted().toList();
            if (ids.isEmpty()) {
                throw ProblemException.badRequest(param, "no district '" + value + "'"
                        + (provinceId == null ? "" : " in province " + provinceId) + ": give a district id or name");
            }
            return ids;
        }
    }
}
