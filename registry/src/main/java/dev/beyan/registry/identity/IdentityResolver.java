package dev.beyan.registry.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which sightings are one official. A pure function of the sightings and the corrections: the sightings are
 * taken in one fixed order (register-linked first, by person, then as received), so the same events give the same
 * officials and ids whatever order the releases were projected in.
 *
 * <p>Rules, in order: sightings linked to one register person are one official; a sighting joins an official when
 * its name is the same (or a variant with the same office) and none of that official's sightings conflicts with it,
 * preferring the official it agrees with most; otherwise it starts an official of its own. Then the editors'
 * corrections apply, in the order they were made.
 */
public final class IdentityResolver {
    private final RegisterPeople registers;

    public IdentityResolver(RegisterPeople registers) {
        this.registers = registers;
    }

    /** Where a sighting went and why. */
    public record Decision(Sighting sighting, String officialId, String rule, String detail) {
    }

    private record Reason(String rule, String detail) {
    }

    private final class Official {
        final String id;
        final String person;
        final List<Sighting> members = new ArrayList<>();
        final Map<Sighting, Reason> reasons = new LinkedHashMap<>();

        Official(String id, String person) {
            this.id = id;
            this.person = person;
        }

        void add(Sighting s, String rule, String detail) {
            members.add(s);
            reasons.put(s, new Reason(rule, detail));
        }

        boolean answersTo(String ref) {
            if (id.equals(ref)) {
                return true;
            }
            for (Sighting s : members) {
                if (s.handle().equals(ref) || registryHandle(s).filter(ref::equals).isPresent()) {
                    return true;
                }
            }
            return false;
        }
    }

    public List<Decision> resolve(List<Sighting> sightings, List<Correction> corrections) {
        List<Official> officials = new ArrayList<>();
        for (Sighting s : ordered(sightings)) {
            place(s, officials);
        }
        corrections.stream().sorted(Comparator.comparingLong(Correction::seq)).forEach(c -> apply(c, officials));
        List<Decision> decisions = new ArrayList<>(sightings.size());
        for (Official o : officials) {
            o.reasons.forEach((s, why) -> decisions.add(new Decision(s, o.id, why.rule(), why.detail())));
        }
        decisions.sort(Comparator.comparing(Decision::sighting, Sighting.RECEIVED));
        return decisions;
    }

    private List<Sighting> ordered(List<Sighting> sightings) {
        Comparator<Sighting> byPerson = Comparator.comparing(s -> person(s).orElse("\uffff"));
        return sightings.stream().sorted(byPerson.thenComparing(Sighting.RECEIVED)).toList();
    }

    private void place(Sighting s, List<Official> officials) {
        Optional<String> person = person(s);
        if (person.isPresent()) {
            String entry = s.registryEntry();
            for (Official o : officials) {
                if (person.get().equals(o.person)) {
                    o.add(s, "registry", "the register entry " + entry + " names the same person as release "
                            + o.members.get(0).releaseId() + " (" + o.members.get(0).registryEntry() + ")");
                    return;
                }
            }
            Official o = new Official(Handles.registered(person.get()), person.get());
            o.add(s, "registry", "linked to the register entry " + entry + ": the id is the register person's");
            officials.add(o);
            return;
        }
        Official best = null;
        Join bestJoin = null;
        for (Official o : officials) {
            Join join = join(s, o);
            if (join != null && (bestJoin == null || join.agreement() > bestJoin.agreement())) {
                best = o;
                bestJoin = join;
            }
        }
        if (best == null) {
            Official o = new Official(s.handle(), null);
            o.add(s, "first-seen", "the first sighting of this official: the id was minted from it" + apart(s, officials));
            officials.add(o);
        } else {
            best.add(s, bestJoin.rule(), bestJoin.detail());
        }
    }

    /** Why {@code s} is not one of the officials of the same name, for the evidence of the one it starts. */
    private String apart(Sighting s, List<Official> officials) {
        List<String> reasons = new ArrayList<>();
        for (Official o : officials) {
            for (Sighting m : o.members) {
                String why = s.nameKey().equals(m.nameKey()) ? conflict(s, m) : null;
                if (why != null) {
                    reasons.add(o.id + " (release " + m.releaseId() + "): " + why);
                    break;
                }
            }
        }
        return reasons.isEmpty() ? "" : "; kept apart from " + String.join(", ", reasons);
    }

    private record Join(String rule, String detail, int agreement) {
    }

    /** How {@code s} may join {@code o}, or null when a sighting of {@code o} rules it out. */
    private Join join(Sighting s, Official o) {
        Join best = null;
        for (Sighting m : o.members) {
            if (conflict(s, m) != null) {
                return null;
            }
            int agreement = agreement(s, m);
            Join join = null;
            if (s.nameKey().equals(m.nameKey())) {
                join = new Join("same-name", "the same name as in release " + m.releaseId() + ", and no office "
                        + "either holds rules the other out" + agreed(s, m), agreement);
            } else if (variant(s, m) && sameOffice(s, m)) {
                join = new Join("name-variant", "'" + s.name() + "' and '" + m.name() + "' (release " + m.releaseId()
                        + ") differ by a name left out and hold the same office" + agreed(s, m), agreement);
            }
            if (join != null && (best == null || join.agreement() > best.agreement())) {
                best = join;
            }
        }
        return best;
    }

    /**
     * Why {@code a} and {@code b} cannot be one person, or null: two register people, one release naming both, or
     * offices in different places held on one day. A former office or a candidacy rules nothing out. A sighting
     * linked to a register is held to the register's terms: the offices its person held on the other sighting's day
     * (none: a career move, not a conflict). Without a register both offices count as held on both days.
     */
    private String conflict(Sighting a, Sighting b) {
        Optional<RegisterPeople.Entry> entryA = registers.entry(a.registryEntry());
        Optional<RegisterPeople.Entry> entryB = registers.entry(b.registryEntry());
        if (entryA.isPresent() && entryB.isPresent()) {
            return entryA.get().person().equals(entryB.get().person()) ? null : "two register people";
        }
        if (a.releaseId().equals(b.releaseId()) && !a.nameKey().equals(b.nameKey())) {
            return "one release names both";
        }
        if (a.former() || b.former() || a.candidacy() || b.candidacy()) {
            return null;
        }
        boolean apart;
        if (entryA.isPresent()) {
            apart = registers.heldBy(entryA.get().person(), b.seenOn()).stream()
                    .anyMatch(e -> apart(e.provinceId(), e.districtId(), b));
        } else if (entryB.isPresent()) {
            apart = registers.heldBy(entryB.get().person(), a.seenOn()).stream()
                    .anyMatch(e -> apart(e.provinceId(), e.districtId(), a));
        } else {
            apart = apart(a.provinceId(), a.districtId(), b);
        }
        return apart ? "offices held at once in different places" : null;
    }

    private static boolean apart(int provinceId, int districtId, Sighting b) {
        return provinceId != 0 && b.provinceId() != 0 && (provinceId != b.provinceId()
                || districtId != 0 && b.districtId() != 0 && districtId != b.districtId());
    }

    private static boolean variant(Sighting a, Sighting b) {
        List<String> x = a.nameTokens();
        List<String> y = b.nameTokens();
        List<String> shorter = x.size() < y.size() ? x : y;
        List<String> longer = x.size() < y.size() ? y : x;
        if (shorter.size() < 2 || shorter.size() == longer.size()) {
            return false;
        }
        int i = 0;
        for (String token : longer) {
            if (i < shorter.size() && token.equals(shorter.get(i))) {
                i++;
            }
        }
        return i == shorter.size() && shorter.get(0).equals(longer.get(0))
                && shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1));
    }

    private static boolean sameOffice(Sighting a, Sighting b) {
        return a.title() != null && a.title().equals(b.title()) && (a.provinceId() != 0 || a.org() != null)
                && a.provinceId() == b.provinceId() && a.districtId() == b.districtId()
                && Objects.equals(a.org(), b.org());
    }

    private static int agreement(Sighting a, Sighting b) {
        int n = 0;
        n += a.title() != null && a.title().equals(b.title()) ? 1 : 0;
        n += a.org() != null && a.org().equals(b.org()) ? 1 : 0;
        n += a.party() != null && a.party().equals(b.party()) ? 1 : 0;
        n += a.provinceId() != 0 && a.provinceId() == b.provinceId() ? 1 : 0;
        n += a.districtId() != 0 && a.districtId() == b.districtId() ? 1 : 0;
        return n;
    }

    private static String agreed(Sighting a, Sighting b) {
        List<String> same = new ArrayList<>();
        if (a.title() != null && a.title().equals(b.title())) {
            same.add("title " + a.title());
        }
        if (a.org() != null && a.org().equals(b.org())) {
            same.add("organisation " + a.org());
        }
        if (a.party() != null && a.party().equals(b.party())) {
            same.add("party " + a.party());
        }
        if (a.provinceId() != 0 && a.provinceId() == b.provinceId()) {
            same.add(a.districtId() != 0 && a.districtId() == b.districtId() ? "province and district" : "province");
        }
        return same.isEmpty() ? "" : "; both give the " + String.join(", the ", same);
    }

    private void apply(Correction c, List<Official> officials) {
        Official from = find(c.officialId(), officials);
        if (from == null) {
            return;
        }
        String by = " by " + c.editor() + (c.reason() == null || c.reason().isBlank() ? "" : ": " + c.reason());
        if (c.kind() == Correction.Kind.MERGE) {
            Official into = find(c.into(), officials);
            if (into == null || into == from) {
                return;
            }
            for (Sighting s : from.members) {
                into.add(s, "merged", "an editor merged " + c.officialId() + " into " + c.into() + by);
            }
            officials.remove(from);
        } else {
            Set<String> releases = new HashSet<>(c.releaseIds());
            List<Sighting> leaving = from.members.stream().filter(s -> releases.contains(s.releaseId())).toList();
            if (leaving.isEmpty() || leaving.size() == from.members.size()) {
                return;
            }
            Official split = new Official(c.splitId(), null);
            for (Sighting s : leaving) {
                from.members.remove(s);
                from.reasons.remove(s);
                split.add(s, "split", "an editor split these releases off " + c.officialId() + by);
            }
            officials.add(split);
        }
    }

    private static Official find(String ref, List<Official> officials) {
        for (Official o : officials) {
            if (o.id.equals(ref)) {
                return o;
            }
        }
        for (Official o : officials) {
            if (o.answersTo(ref)) {
                return o;
            }
        }
        return null;
    }

    private Optional<String> person(Sighting s) {
        return registers.entry(s.registryEntry()).map(RegisterPeople.Entry::person);
    }

    private Optional<String> registryHandle(Sighting s) {
        return person(s).map(Handles::registered);
    }
}
