package vn.danvan.democracy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.democracy.DisclosureFollowing;
import vn.danvan.democracy.DisclosurePublishing;
import vn.danvan.democracy.domain.Disclosure;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/**
 * The public pages of "dân biết": a citizen picks a province and a commune by name, reads what the commune made
 * public by category, opens an item with its documents, and may follow the commune by e-mail.
 */
@Controller
@RenderedPages
class PublicDisclosurePages {

    static final int SHOWN = 300;

    private final DisclosurePublishing publishing;
    private final DisclosureFollowing following;
    private final OrganizationDirectory organization;
    private final FollowLimits limits;
    private final Clock clock;

    PublicDisclosurePages(
            DisclosurePublishing publishing,
            DisclosureFollowing following,
            OrganizationDirectory organization,
            FollowLimits limits,
            Clock clock) {
        this.publishing = publishing;
        this.following = following;
        this.organization = organization;
        this.limits = limits;
        this.clock = clock;
    }

    /** Province, then commune, by name; or a commune found by its name anywhere. */
    @GetMapping("/portal/disclosures")
    String communes(
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        model.addAttribute("provinces", organization.provinces());
        String provinceCode = InputText.blankToNull(province);
        String query = InputText.blankToNull(q);
        model.addAttribute("province", provinceCode);
        model.addAttribute("q", query == null ? "" : query);
        List<AdministrativeUnit> communes = List.of();
        if (query != null) {
            communes = organization.searchCommunes(query, 0, 100);
        } else if (provinceCode != null) {
            communes = organization.communesOf(provinceCode);
        }
        model.addAttribute("communes", communes);
        model.addAttribute(
                "provinceNames",
                organization.provinces().stream()
                        .collect(Collectors.toMap(AdministrativeUnit::code, AdministrativeUnit::fullName)));
        return "democracy/public-communes";
    }

    @GetMapping("/portal/disclosures/{commune:\\d{5}}")
    String commune(@PathVariable String commune, Model model) {
        AdministrativeUnit unit = commune(commune);
        List<Disclosure> items = publishing.publishedIn(unit.code(), SHOWN);
        Map<DisclosureCategory, List<Disclosure>> byCategory = new LinkedHashMap<>();
        for (DisclosureCategory category : DisclosureCategory.values()) {
            List<Disclosure> of =
                    items.stream().filter(d -> d.category() == category).toList();
            if (!of.isEmpty()) {
                byCategory.put(category, of);
            }
        }
        model.addAttribute("commune", unit);
        model.addAttribute(
                "province",
                unit.provinceCode() == null
                        ? null
                        : organization.province(unit.provinceCode()).orElse(null));
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("count", items.size());
        return "democracy/public-commune";
    }

    @GetMapping("/portal/disclosures/{commune:\\d{5}}/items/{id}")
    String item(@PathVariable String commune, @PathVariable long id, Model model) {
        AdministrativeUnit unit = commune(commune);
        Disclosure disclosure = publishing.published(unit.code(), id);
        model.addAttribute("commune", unit);
        model.addAttribute("disclosure", disclosure);
        model.addAttribute("documents", publishing.documents(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "democracy/public-item";
    }

    @GetMapping("/portal/disclosures/{commune:\\d{5}}/items/{id}/documents/{documentId}")
    ResponseEntity<Resource> document(
            @PathVariable String commune, @PathVariable long id, @PathVariable long documentId) {
        Path path = publishing.publicDocumentPath(commune, id, documentId);
        return DisclosurePages.download(publishing, id, documentId, path);
    }

    @PostMapping("/portal/disclosures/{commune:\\d{5}}/follow")
    String follow(
            @PathVariable String commune,
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AdministrativeUnit unit = commune(commune);
        limits.check(request, response);
        return Forms.runAction(
                redirect,
                "democracy.follow.asked",
                "/portal/disclosures/" + unit.code() + "#follow",
                () -> following.follow(unit.code(), email));
    }

    /** The link in the confirmation mail shows a button: a mail scanner that opens links confirms nothing. */
    @GetMapping("/portal/disclosures/follow/{action:confirm|stop}")
    String followLink(@PathVariable String action, @RequestParam(defaultValue = "") String token, Model model) {
        String communeCode =
                following.communeOfToken(token).orElseThrow(() -> DomainException.notFound("democracy.follow-unknown"));
        model.addAttribute("action", action);
        model.addAttribute("token", token);
        model.addAttribute("commune", commune(communeCode));
        return "democracy/public-follow";
    }

    @PostMapping("/portal/disclosures/follow/{action:confirm|stop}")
    String followAction(
            @PathVariable String action, @RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
        String communeCode = "confirm".equals(action) ? following.confirm(token) : following.stop(token);
        redirect.addFlashAttribute(
                "notice", "confirm".equals(action) ? "democracy.follow.confirmed" : "democracy.follow.stopped");
        return "redirect:/portal/disclosures/" + communeCode;
    }

    private AdministrativeUnit commune(String code) {
        return organization.commune(code).orElseThrow(() -> DomainException.notFound("democracy.commune-unknown"));
    }
}
