package vn.danvan.programme.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.programme.ModelField;
import vn.danvan.programme.ModelRegistry;
import vn.danvan.programme.StoryPublishing;
import vn.danvan.programme.domain.Model;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/**
 * The public pages of recognised "Dân vận khéo" models: a list by province, commune and field, and a model's page
 * with its photos, goals, results, commendations and stories. Nothing but recognised models is shown.
 */
@Controller
@RenderedPages
class PublicModelPages {

    static final int SHOWN = 200;

    private final ModelRegistry registry;
    private final StoryPublishing stories;
    private final OrganizationDirectory organization;

    PublicModelPages(ModelRegistry registry, StoryPublishing stories, OrganizationDirectory organization) {
        this.registry = registry;
        this.stories = stories;
        this.organization = organization;
    }

    @GetMapping("/portal/programme/models")
    String list(
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable ModelField field,
            org.springframework.ui.Model model) {
        String provinceCode = code(province, "\\d{2}");
        String communeCode = code(commune, "\\d{5}");
        List<AdministrativeUnit> provinces = organization.provinces();
        model.addAttribute("provinces", provinces);
        model.addAttribute("province", provinceCode);
        model.addAttribute("commune", communeCode);
        model.addAttribute("field", field);
        model.addAttribute("fields", ModelField.values());
        model.addAttribute("communes", provinceCode == null ? List.of() : organization.communesOf(provinceCode));
        List<Model> found = registry.recognisedModels(provinceCode, communeCode, field, SHOWN);
        model.addAttribute("models", found);
        model.addAttribute("places", places(found));
        return "programme/models-public-list";
    }

    @GetMapping("/portal/programme/models/{id}")
    String item(@PathVariable long id, org.springframework.ui.Model model) {
        Model item = registry.recognised(id);
        model.addAttribute("item", item);
        model.addAttribute("photos", registry.photos(id));
        model.addAttribute("commendations", registry.commendations(id));
        model.addAttribute(
                "replicas",
                registry.replicas(id).stream().filter(Model::publicPage).toList());
        model.addAttribute(
                "origin",
                item.originId() == null
                        ? null
                        : registry.find(item.originId())
                                .filter(Model::publicPage)
                                .orElse(null));
        model.addAttribute("stories", stories.published(null, null, null, id, 20));
        model.addAttribute("places", places(List.of(item)));
        return "programme/models-public-item";
    }

    @GetMapping("/portal/programme/models/{id}/photos/{photoId}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long photoId) {
        return ModelPages.image(registry.photos(id), photoId, registry.publicPhotoPath(id, photoId));
    }

    /** The commune's or province's full name of each model, to show where it is. */
    private Map<Long, String> places(List<Model> models) {
        return models.stream()
                .collect(Collectors.toMap(Model::id, m -> place(m.provinceCode(), m.communeCode()), (a, b) -> a));
    }

    String place(@Nullable String provinceCode, @Nullable String communeCode) {
        String provinceName = provinceCode == null
                ? ""
                : organization
                        .province(provinceCode)
                        .map(AdministrativeUnit::fullName)
                        .orElse("");
        if (communeCode == null) {
            return provinceName;
        }
        String communeName = organization
                .commune(communeCode)
                .map(AdministrativeUnit::fullName)
                .orElse("");
        return provinceName.isEmpty() ? communeName : communeName + ", " + provinceName;
    }

    /** A code parameter, or null when absent or not of the expected form (a filter, not an error). */
    static @Nullable String code(@Nullable String value, String pattern) {
        String code = InputText.blankToNull(value);
        return code != null && code.matches(pattern) ? code : null;
    }
}
