package vn.danvan.insight.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputRejected;
import vn.danvan.shared.InputText;

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

    /**
     * Takes the case out of its confirmed group, with the officer's reason. A blank or malformed reason writes nothing
     * and comes back as the form's message (the block again under htmx, the case page's error otherwise).
     */
    @PostMapping("/insight/same-matter/{id}/unmerge")
    String unmerge(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            StaffMember staff,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        boolean out;
        try {
            out = groups.unmerge(id, reason, staff);
        } catch (DomainException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            return refusedUnmerge(id, refused.code(), refused.arguments(), reason, staff, htmx, model, redirect);
        } catch (InputRejected rejected) {
            return refusedUnmerge(
                    id, rejected.code(), new Object[] {InputText.NOTE}, reason, staff, htmx, model, redirect);
        }
        return answer(id, out ? "unmerged" : "not-grouped", staff, htmx, model, redirect);
    }

    private String refusedUnmerge(
            long id,
            String code,
            Object[] arguments,
            @Nullable String reason,
            StaffMember staff,
            @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute("error", code);
            redirect.addFlashAttribute("errorArguments", arguments);
            return "redirect:/petitions/" + id + "#same-matter";
        }
        model.addAttribute("unmergeError", code);
        model.addAttribute("unmergeErrorArguments", arguments);
        model.addAttribute("unmergeReason", reason == null ? "" : reason);
        return block(id, staff, model, null);
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
