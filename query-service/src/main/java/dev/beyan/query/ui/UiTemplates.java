package dev.beyan.query.ui;

import dev.beyan.query.place.DistrictView;
import dev.beyan.query.place.ProvinceView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** The pages' templates ({@code templates/ui/}), checked against these parameters when the service is built. */
@CheckedTemplate(basePath = "ui")
final class UiTemplates {
    private UiTemplates() {
    }

    static native TemplateInstance home(SearchPages.HomePage page);

    static native TemplateInstance release(ReleasePage page);

    static native TemplateInstance official(RegistryPages.OfficialPage page);

    static native TemplateInstance provinces(List<ProvinceView> provinces);

    static native TemplateInstance province(RegistryPages.ProvincePage page);

    static native TemplateInstance district(DistrictView district);

    static native TemplateInstance search(SearchPages.SearchPage page);

    static native TemplateInstance error(int status, String detail);
}
