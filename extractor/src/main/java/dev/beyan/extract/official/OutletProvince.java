package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.data.AdminUnit;
import dev.beyan.extract.data.Gazetteer;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.data.Titles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local outlet's own province, which its news leaves unsaid: in a paper whose web address begins with a province
 * ("sinophaber.com"), "Vali X" and "İl Emniyet Müdürü Y" are that province's.
 * The province is given to offices of a province or of its municipality and party organisation that the text names
 * without a place, and only where the text names no other province: a story from elsewhere names where it happened.
 */
public final class OutletProvince {
    /** A web address's host: "https://www.sinophaber.com/..." or "sinophaber.com.tr" in a source line. */
    private static final Pattern HOST = Pattern.compile(
            "(?:https?://)?(?:www\\.|m\\.)?([a-z0-9-]+)\\.(?:com|net|org|gov|info|tv|web|news)(?:\\.tr)?\\b");
    /** Shortest province key a host may begin with ("van", "muş" → "mus"). */
    private static final int MIN_KEY = 3;
    /** A suffix making a new word of the province's name ("aydınlık": enlightenment), no outlet of the place. */
    private static final String DERIVED_NOUN = "lik";

    /** Offices that sit in one province: its governor and state directors, its municipality, its party branches. */
    private static final Set<TitleScope> HOME_SCOPES = EnumSet.of(TitleScope.GOVERNOR, TitleScope.PROVINCIAL_STATE,
            TitleScope.METROPOLITAN, TitleScope.MUNICIPAL, TitleScope.PARTY_PROVINCE, TitleScope.PARTY_DISTRICT);
    /** The level word of a province's offices that the title list may not have ("İl Gençlik Spor Müdürü"). */
    private static final String PROVINCE_LEVEL = "İl ";

    private final Gazetteer gazetteer;
    private final Titles titles;

    public OutletProvince(Gazetteer gazetteer, Titles titles) {
        this.gazetteer = gazetteer;
        this.titles = titles;
    }

    /**
     * {@code officials} with the outlet's province given to those whose office sits in a province and has no place;
     * unchanged when {@code origin} (a release's source or address) names no province's outlet or the text names
     * another province among {@code places}.
     */
    public List<Analysis.Official> placeUnplaced(List<Analysis.Official> officials, List<Analysis.Place> places,
                                                 String origin) {
        AdminUnit home = homeOf(origin);
        if (home == null || places.stream().anyMatch(p -> !home.name().equals(p.province()))) {
            return officials;
        }
        List<Analysis.Official> out = new ArrayList<>(officials.size());
        for (Analysis.Official o : officials) {
            out.add(unplacedAtHome(o) ? o.withProvince(home.name()) : o);
        }
        return List.copyOf(out);
    }

    private boolean unplacedAtHome(Analysis.Official o) {
        if (o.province() != null || o.district() != null || o.title() == null) {
            return false;
        }
        TitleScope scope = titles.scopeOf(o.title());
        return scope != null ? HOME_SCOPES.contains(scope) : o.title().startsWith(PROVINCE_LEVEL);
    }

    /** The province the first host in {@code origin} begins with, or null. */
    AdminUnit homeOf(String origin) {
        if (origin == null) {
            return null;
        }
        Matcher m = HOST.matcher(origin.toLowerCase(Locale.ROOT)); // a web address is ASCII, no Turkish fold
        if (!m.find()) {
            return null;
        }
        AdminUnit named = provinceStarting(m.group(1).replace("-", ""));
        Matcher plate = PLATE.matcher(m.group(1));
        return named != null || !plate.find() || plate.group(1).equals(ROUND_THE_CLOCK) ? named
                : gazetteer.provinceOfPlate(plate.group(1));
    }

    /** "gundem71.com", "haber61.net": a local outlet named with its province's licence-plate number after a word. */
    private static final Pattern PLATE = Pattern.compile("^[a-z]{4,}(\\d{2})$");
    /** "24" after a word names a round-the-clock news site ("haber24"), not Erzincan's outlet. */
    private static final String ROUND_THE_CLOCK = "24";

    /**
     * The province whose name or alias is the longest start of {@code label}; none when a district's longer name is
     * ("karsiyakahaber" is Karşıyaka's, not Kars's) or the rest makes a new word of the name.
     */
    private AdminUnit provinceStarting(String label) {
        for (int end = label.length(); end >= MIN_KEY; end--) {
            List<AdminUnit> units = gazetteer.lookup(label.substring(0, end));
            if (units.isEmpty()) {
                continue;
            }
            AdminUnit province = units.stream().filter(AdminUnit::isProvince).findFirst().orElse(null);
            return province != null && !label.startsWith(DERIVED_NOUN, end) ? province : null;
        }
        return null;
    }
}
