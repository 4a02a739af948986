package vn.danvan.organization.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.IdentityPermissions;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/** Administrators list staff accounts and add accounts. */
@Controller
@RenderedPages
@RequestMapping("/admin/staff")
class StaffPages {

    private static final String VIEW = "organization/staff";

    private final OrganizationDirectory directory;
    private final OrganizationAdministration administration;
    private final MessageSource messages;
    private final IdentityPermissions identityPermissions;

    StaffPages(
            OrganizationDirectory directory,
            OrganizationAdministration administration,
            MessageSource messages,
            IdentityPermissions identityPermissions) {
        this.identityPermissions = identityPermissions;
        this.directory = directory;
        this.administration = administration;
        this.messages = messages;
    }

    @ModelAttribute
    void referenceData(Model model) {
        var bodies = directory.bodies();
        model.addAttribute("tree", BodyRow.tree(bodies));
        model.addAttribute("bodyNames", directory.bodyNames());
        model.addAttribute("accounts", administration.staffAccounts());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("identityRequested", identityPermissions.requested());
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("staffForm", StaffForm.empty());
        return VIEW;
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute StaffForm staffForm,
            BindingResult errors,
            RedirectAttributes flash,
            Locale locale,
            StaffMember administrator) {
        staffForm.check(errors);
        if (!errors.hasErrors()) {
            String username = Objects.requireNonNull(staffForm.username(), "check() requires a username");
            String password = Objects.requireNonNull(staffForm.password(), "check() requires a password");
            String fullName = Objects.requireNonNull(staffForm.fullName(), "check() requires a full name");
            Long bodyId = Objects.requireNonNull(staffForm.bodyId(), "check() requires a body");
            try {
                administration.addStaff(
                        administrator,
                        username.strip(),
                        password,
                        fullName.strip(),
                        staffForm.emailOrNull(),
                        bodyId,
                        staffForm.chosenRoles(),
                        staffForm.identityPermitted());
                flash.addFlashAttribute(
                        "added",
                        messages.getMessage("organization.staff.added", new Object[] {username.strip()}, locale));
                return "redirect:/admin/staff";
            } catch (DomainException e) {
                StaffForm.reject(e, errors);
            }
        }
        return VIEW;
    }

    /** Requests the identity permission for an account: it takes effect when a head of its body approves. */
    @PostMapping("/{id}/identity-permission")
    String requestIdentityPermission(
            @PathVariable long id, StaffMember administrator, RedirectAttributes flash, Locale locale) {
        try {
            identityPermissions.request(id, administrator);
            flash.addFlashAttribute("added", messages.getMessage("organization.identity.requested", null, locale));
        } catch (DomainException e) {
            flash.addFlashAttribute("failed", messages.getMessage(e.code(), e.arguments(), locale));
        }
        return "redirect:/admin/staff";
    }
}
