package dev.beyan.query.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.beyan.extract.text.TurkishText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The Popolo (popoloproject.com) records the export writes, with Popolo's snake_case names. Only the fields
 * the registry can fill are written; null ones are left out.
 */
final class Popolo {
    private Popolo() {
    }

    /** The document the export streams, section by section; named for the OpenAPI document only. */
    @Schema(name = "PopoloDocument", description = "The registry as one Popolo document")
    record Document(List<Person> persons, List<Organization> organizations, List<Membership> memberships,
                    List<Area> areas, List<Speech> speeches) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloPerson")
    record Person(String id, String name, @JsonProperty("other_names") List<OtherName> otherNames,
                  List<Link> sources) {
    }

    @Schema(name = "PopoloOtherName")
    record OtherName(String name, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloOrganization")
    record Organization(String id, String name, String classification) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloMembership")
    record Membership(String id, String label, String role, @JsonProperty("person_id") String personId,
                      @JsonProperty("organization_id") String organizationId,
                      @JsonProperty("on_behalf_of_id") String onBehalfOfId, @JsonProperty("area_id") String areaId,
                      @JsonProperty("start_date") String startDate, @JsonProperty("end_date") String endDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloArea")
    record Area(String id, String name, String identifier, String classification,
                @JsonProperty("parent_id") String parentId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloSpeech")
    record Speech(String id, @JsonProperty("creator_id") String creatorId,
                  @JsonProperty("attribution_text") String attributionText, String text, String date, String type,
                  Integer position, List<Link> sources) {
    }

    @Schema(name = "PopoloLink")
    record Link(String url, String note) {
    }

    /** Organisation ids: a kind and the folded name, so that the same party always gets the same id. */
    static String organizationId(String kind, String name) {
        return kind + ":" + TurkishText.asciiFold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String provinceId(int id) {
        return "province:" + id;
    }

    static String districtId(int id) {
        return "district:" + id;
    }
}
