package vn.danvan.organization.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.OrganizationDirectory.CommuneChoice;
import vn.danvan.shared.RenderedPages;

/**
 * The shared commune picker's options (fragments/commune-picker.html): the communes of a province, narrowed by a
 * name typed in the picker's search box, for the staff forms that pick a commune (htmx; without JavaScript the
 * form shows the province's communes itself, {@link #choices}).
 */
@Controller
@RenderedPages
class CommunePicker {

    /** A search over every province needs this many letters, or the list would be the whole country. */
    static final int COUNTRY_WIDE_MINIMUM = 2;

    private final OrganizationDirectory directory;

    CommunePicker(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/units/communes")
    String options(
            @RequestParam(required = false) @Nullable String provinceCode,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String communeQuery,
            @RequestParam(required = false) @Nullable String communeBlank,
            Model model) {
        String chosen = provinceCode != null && !provinceCode.isBlank() ? provinceCode : province;
        model.addAttribute("communeChoices", choices(directory, chosen, communeQuery));
        model.addAttribute("blank", "all".equals(communeBlank) ? "all" : "choose");
        model.addAttribute("selected", null);
        model.addAttribute("showProvince", chosen == null || chosen.isBlank());
        return "fragments/commune-picker :: options";
    }

    /** The communes a picker offers for a province and a typed name (none without a province or a name). */
    static List<CommuneChoice> choices(
            OrganizationDirectory directory, @Nullable String province, @Nullable String query) {
        String typed = query == null ? "" : query.strip();
        if (typed.length() > 100) {
            return List.of();
        }
        boolean noProvince = province == null || province.isBlank() || !province.matches("\\d{2}");
        if (noProvince && typed.length() < COUNTRY_WIDE_MINIMUM) {
            return List.of();
        }
        return directory.communeChoices(noProvince ? null : province, typed);
    }
}
