package vn.danvan.insight.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.insight.SameMatters;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.MatterGroups;

/**
 * The case page's "possibly the same matter" block (issue 20), loaded by htmx from the petition module's page, and
 * the officer's confirm and reject; without JavaScript the forms post and come back to the case page.
 */
@Controller
class SameMatterPages {

    private final SameMatters matters;
    private final MatterGroups groups;
    private final OrganizationDirectory organization;

    SameMatterPages(SameMatters matters, MatterGroups groups, OrganizationDirectory organization) {
        this.matters = matters;
        this.groups = groups;
        this.organization = organization;
    }

    @GetMapping("/insight/same-matter/{id}")
    String block(@PathVariable long id, StaffMember staff, Model model) {
        return block(id, staff, model, null);
    }

    @PostMapping("/insight/same-matter/{id}/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam long other,
            StaffMember staff,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        boolean joined = groups.confirm(id, other, staff);
        return answer(id, joined ? "confirmed" : "already", staff, htmx, model, redirect);
    }

    @PostMapping("/insight/same-matter/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam long other,
            StaffMember staff,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        boolean rejected = groups.reject(id, other, staff);
        return answer(id, rejected ? "rejected" : "already", staff, htmx, model, redirect);
    }

    private String answer(
            long id,
            String notice,
            StaffMember staff,
            @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        if (htmx != null) {
            return block(id, staff, model, notice);
        }
        redirect.addFlashAttribute("notice", "same-matter-" + notice);
        return "redirect:/petitions/" + id + "#same-matter";
    }

    private String block(long id, StaffMember staff, Model model, @Nullable String notice) {
        model.addAttribute("board", matters.board(id, staff));
        model.addAttribute("bodyNames", organization.bodyNames());
        if (notice != null) {
            model.addAttribute("sameMatterNotice", notice);
        }
        return "insight/same-matter :: block";
    }
}
