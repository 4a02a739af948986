package vn.danvan.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organization.ApiTokens;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/**
 * A staff member's API tokens: issue one (shown once, on the answer to the form, never stored in the session),
 * see the list, revoke. An administrator may issue one for another account, such as a client system's.
 */
@Controller
@RenderedPages
@RequestMapping("/account/tokens")
class ApiTokenPages {

    private static final String VIEW = "organization/tokens";

    private final ApiTokens tokens;

    ApiTokenPages(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String show(@RequestParam(required = false) @Nullable String username, StaffMember staff, Model model) {
        return page(owner(username, staff), staff, model);
    }

    @PostMapping
    String issue(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") String days,
            @RequestParam(required = false) @Nullable String username,
            StaffMember staff,
            Model model,
            HttpServletResponse response) {
        String owner = owner(username, staff);
        int validDays;
        try {
            validDays = Integer.parseInt(days.strip());
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalid("organization.token.validity", ApiTokens.LONGEST.toDays());
        }
        var issued = tokens.issue(staff, owner, name, Duration.ofDays(validDays));
        // The token is on this answer only: no cache keeps it, and the next visit shows its hint.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", issued);
        return page(owner, staff, model);
    }

    @PostMapping("/{id}/revocation")
    String revoke(@PathVariable long id, StaffMember staff) {
        tokens.revoke(staff, id);
        return "redirect:/account/tokens";
    }

    private static String owner(@Nullable String username, StaffMember staff) {
        if (username == null || username.isBlank() || username.strip().equals(staff.username())) {
            return staff.username();
        }
        if (!staff.has(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden("organization.token.not-yours");
        }
        return username.strip();
    }

    private String page(String owner, StaffMember staff, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("administrator", staff.has(Role.ADMINISTRATOR));
        model.addAttribute("tokens", tokens.of(owner));
        model.addAttribute("longestDays", ApiTokens.LONGEST.toDays());
        return VIEW;
    }
}
