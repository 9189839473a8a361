package dev.beyan.query.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.query.gazetteer.DistrictEntity;
import dev.beyan.query.gazetteer.Gazetteer;
import dev.beyan.query.gazetteer.ProvinceEntity;
import dev.beyan.query.official.OfficialEntity;
import dev.beyan.query.official.PositionEntity;
import dev.beyan.query.statement.StatementEntity;
import dev.beyan.registry.projection.ReadModelTables.StreamCheckpoints;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The whole registry as one Popolo JSON document, written section by section in batches of {@value #BATCH}
 * officials or statements, each read in its own short session, so the response starts at once and memory stays
 * flat whatever the registry's size.
 */
@ApplicationScoped
public class PopoloExport {
    static final int BATCH = 500;
    private static final String DATE_TIME_SUFFIX = "T00:00:00+03:00";

    private final Gazetteer gazetteer;
    private final ObjectMapper mapper;

    public PopoloExport(Gazetteer gazetteer, ObjectMapper mapper) {
        this.gazetteer = gazetteer;
        this.mapper = mapper;
    }

    /** The registry's state: read models change only when a projection advances a stream's checkpoint. */
    public Uni<String> fingerprint() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT count(*) || '/' || coalesce(max(" + StreamCheckpoints.POSITION + "), 0) || '/' || "
                                + "coalesce(sum(" + StreamCheckpoints.VERSION + "), 0) FROM "
                                + StreamCheckpoints.QUALIFIED, String.class).getSingleResult()));
    }

    public Multi<Buffer> document() {
        return Multi.createFrom().deferred(() -> {
            PopoloWriter writer = new PopoloWriter(mapper);
            return Multi.createBy().concatenating().streams(
                    section(writer, "persons",
                            officialBatches().map(batch -> batch.stream().map(PopoloExport::person).toList())),
                    section(writer, "organizations", Multi.createFrom().uni(organizations())),
                    section(writer, "memberships",
                            officialBatches().onItem().transformToUniAndConcatenate(this::memberships)),
                    section(writer, "areas", Multi.createFrom().uni(gazetteer.names().map(PopoloExport::areas))),
                    section(writer, "speeches",
                            statementBatches().map(batch -> batch.stream().map(PopoloExport::speech).toList())),
                    Multi.createFrom().item(writer::end));
        });
    }

    /** One array of the document, a buffer per batch; each step runs when the one before it has been sent. */
    private static Multi<Buffer> section(PopoloWriter writer, String name, Multi<? extends List<?>> batches) {
        return Multi.createBy().concatenating().streams(
                        Multi.createFrom().item(() -> writer.startSection(name)),
                        batches.filter(batch -> !batch.isEmpty()).map(writer::items),
                        Multi.createFrom().item(writer::endSection))
                .filter(buffer -> buffer.length() > 0);
    }

    private Multi<List<OfficialEntity>> officialBatches() {
        return batches(after -> OfficialEntity.<OfficialEntity>find("id > :after", Sort.by("id"),
                Parameters.with("after", after)).range(0, BATCH - 1).list(), o -> o.id);
    }

    private Multi<List<StatementEntity>> statementBatches() {
        return batches(after -> StatementEntity.<StatementEntity>find("id > :after", Sort.by("id"),
                Parameters.with("after", after)).range(0, BATCH - 1).list(), s -> s.id);
    }

    /** Keyset batches until one comes back empty, each in its own session. */
    private static <T> Multi<List<T>> batches(Function<String, Uni<List<T>>> fetch, Function<T, String> key) {
        AtomicReference<String> after = new AtomicReference<>("");
        return Multi.createBy().repeating()
                .uni(() -> Panache.withSession(() -> fetch.apply(after.get()))
                        .invoke(batch -> {
                            if (!batch.isEmpty()) {
                                after.set(key.apply(batch.get(batch.size() - 1)));
                            }
                        }))
                .until(List::isEmpty);
    }

    private Uni<List<Object>> organizations() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select distinct p.org, p.party from PositionEntity p", Object[].class).getResultList()))
                .map(rows -> {
                    TreeMap<String, Object> byId = new TreeMap<>();
                    for (Object[] row : rows) {
                        String org = (String) row[0];
                        String party = (String) row[1];
                        if (!org.isEmpty()) {
                            byId.putIfAbsent(organizationOf(org, party), new Popolo.Organization(
                                    organizationOf(org, party), org, org.equals(party) ? "party" : "organization"));
                        }
                        if (!party.isEmpty()) {
                            String id = Popolo.organizationId("party", party);
                            byId.putIfAbsent(id, new Popolo.Organization(id, party, "party"));
                        }
                    }
                    return new ArrayList<>(byId.values());
                });
    }

    private Uni<List<Object>> memberships(List<OfficialEntity> officials) {
        List<String> ids = officials.stream().map(o -> o.id).toList();
        return Panache.withSession(() -> PositionEntity.<PositionEntity>list("officialId in ?1",
                        Sort.by("officialId").and("title").and("org").and("party").and("provinceId").and("districtId")
                                .and("former"), ids))
                .map(positions -> positions.stream().<Object>map(PopoloExport::membership).toList());
    }

    private static Object person(OfficialEntity o) {
        List<Popolo.OtherName> aliases = Stream.of(o.aliases)
                .map(a -> new Popolo.OtherName(a, "as written in a release")).toList();
        return new Popolo.Person(o.id, o.name, aliases.isEmpty() ? null : aliases,
                List.of(new Popolo.Link("/v1/officials/" + o.id, "beyan registry")));
    }

    private static Object membership(PositionEntity p) {
        String organization = !p.org.isEmpty() ? organizationOf(p.org, p.party)
                : !p.party.isEmpty() ? Popolo.organizationId("party", p.party) : null;
        String party = p.party.isEmpty() ? null : Popolo.organizationId("party", p.party);
        String area = p.districtId != 0 ? Popolo.districtId(p.districtId)
                : p.provinceId != 0 ? Popolo.provinceId(p.provinceId) : null;
        String key = String.join("|", p.title, p.org, p.party, Integer.toString(p.provinceId),
                Integer.toString(p.districtId), Boolean.toString(p.former));
        String id = p.officialId + ":" + Integer.toHexString(key.hashCode());
        return new Popolo.Membership(id, p.org.isEmpty() ? p.title : p.org + " " + p.title, p.title, p.officialId,
                organization, Objects.equals(organization, party) ? null : party, area, p.firstSeen.toString(),
                p.former ? p.lastSeen.toString() : null);
    }

    private static List<Object> areas(Gazetteer.Names places) {
        List<Object> areas = new ArrayList<>();
        for (ProvinceEntity p : places.provinces()) {
            areas.add(new Popolo.Area(Popolo.provinceId(p.id), p.name, String.format("%02d", p.id), "province", null));
        }
        for (DistrictEntity d : places.districts()) {
            areas.add(new Popolo.Area(Popolo.districtId(d.id), d.name, Integer.toString(d.id), "district",
                    Popolo.provinceId(d.provinceId)));
        }
        return areas;
    }

    private static Object speech(StatementEntity s) {
        return new Popolo.Speech(s.id, s.speakerOfficialId, s.speakerName, s.text,
                s.publishedOn == null ? null : s.publishedOn + DATE_TIME_SUFFIX,
                "direct".equals(s.kind) ? "speech" : "summary", s.seq,
                List.of(new Popolo.Link("/v1/releases/" + s.releaseId, "release, characters " + s.startOffset + "-"
                        + s.endOffset)));
    }

    /** A party is an organisation in its own right; an office's other organisations are named with it. */
    private static String organizationOf(String org, String party) {
        return org.equals(party) ? Popolo.organizationId("party", org) : Popolo.organizationId("org", org);
    }
}
