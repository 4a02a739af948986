package vn.danvan.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.RoutingTable;
import vn.danvan.portal.domain.RoutingRule;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/** The administrator's routing table: which body receives online cases for an area, field and type. */
@Controller
@RenderedPages
@RequestMapping("/admin/routing")
class RoutingPages {

    private final RoutingTable routing;
    private final OrganizationDirectory organization;
    private final PetitionQueries queries;
    private final MessageSource messages;

    RoutingPages(
            RoutingTable routing, OrganizationDirectory organization, PetitionQueries queries, MessageSource messages) {
        this.routing = routing;
        this.organization = organization;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String province, Model model) {
        var rules = routing.rules();
        model.addAttribute("rules", rules);
        // Names, not codes: the province's and commune's full names, the field's name in the reader's language.
        Map<String, String> unitNames = new HashMap<>();
        organization.provinces().forEach(p -> unitNames.put(p.code(), p.fullName()));
        rules.stream()
                .map(RoutingRule::communeCode)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(code -> organization.commune(code).ifPresent(c -> unitNames.put(code, c.fullName())));
        model.addAttribute("unitNames", unitNames);
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute(
                "fieldNames",
                queries.fields().stream()
                        .collect(Collectors.toMap(
                                PetitionQueries.Field::code, f -> english ? f.nameEn() : f.nameVi(), (a, b) -> a)));
        String pickerProvince = province != null && province.matches("\\d{2}") ? province : null;
        model.addAttribute("pickerProvince", pickerProvince);
        model.addAttribute(
                "communeChoices", pickerProvince == null ? List.of() : organization.communeChoices(pickerProvince, ""));
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("bodies", organization.bodies());
        model.addAttribute("provinces", organization.provinces());
        model.addAttribute("fields", queries.fields());
        model.addAttribute("types", PetitionType.values());
        return "portal/routing";
    }

    @PostMapping
    String add(
            @RequestParam(required = false) @Nullable String provinceCode,
            @RequestParam(required = false) @Nullable String communeCode,
            @RequestParam(required = false) @Nullable String fieldCode,
            @RequestParam(required = false) @Nullable PetitionType type,
            @RequestParam(defaultValue = "0") long bodyId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            routing.add(new RoutingTable.NewRule(provinceCode, communeCode, fieldCode, type, bodyId));
        } catch (DomainException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute(
                    "formError", messages.getMessage(refused.code(), refused.arguments(), refused.code(), locale));
            return list(provinceCode, model);
        }
        redirect.addFlashAttribute("notice", "routing.notice.added");
        return "redirect:/admin/routing";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        routing.remove(id);
        redirect.addFlashAttribute("notice", "routing.notice.removed");
        return "redirect:/admin/routing";
    }
}
