package vn.danvan.organization.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.IdentityPermissions;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/** Heads of bodies see the pending requests and the holders of the identity permission, approve, refuse, revoke. */
@Controller
@RenderedPages
@RequestMapping("/identity-permissions")
class IdentityPermissionPages {

    private final IdentityPermissions permissions;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    IdentityPermissionPages(IdentityPermissions permissions, OrganizationDirectory directory, MessageSource messages) {
        this.permissions = permissions;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String show(StaffMember staff, Model model) {
        if (!staff.has(Role.HEAD_OF_BODY)) {
            throw DomainException.forbidden("organization.identity.not-head");
        }
        var grants = permissions.ofBodiesOf(staff);
        Map<Long, String> bodyNames = directory.bodyNames();
        model.addAttribute(
                "pending",
                grants.stream()
                        .filter(g -> g.state() == IdentityPermissions.State.REQUESTED)
                        .toList());
        model.addAttribute(
                "holders",
                grants.stream()
                        .filter(g -> g.state() == IdentityPermissions.State.APPROVED)
                        .toList());
        model.addAttribute("bodyNames", bodyNames);
        return "organization/identity-permissions";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, StaffMember staff, RedirectAttributes flash, Locale locale) {
        return act(flash, locale, "organization.identity.approved", () -> permissions.approve(id, staff));
    }

    @PostMapping("/{id}/refuse")
    String refuse(@PathVariable long id, StaffMember staff, RedirectAttributes flash, Locale locale) {
        return act(flash, locale, "organization.identity.refused", () -> permissions.refuse(id, staff));
    }

    @PostMapping("/holders/{staffId}/revoke")
    String revoke(@PathVariable long staffId, StaffMember staff, RedirectAttributes flash, Locale locale) {
        return act(flash, locale, "organization.identity.revoked", () -> permissions.revoke(staffId, staff));
    }

    private String act(RedirectAttributes flash, Locale locale, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", messages.getMessage(done, null, locale));
        } catch (DomainException e) {
            flash.addFlashAttribute("failed", messages.getMessage(e.code(), e.arguments(), locale));
        }
        return "redirect:/identity-permissions";
    }
}
