package vn.danvan.organization.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.RenderedPages;

/**
 * Puts the signed-in staff member (or nothing) into every page's model, the error page's included, for the
 * layout's header; APIs have no model and are left alone.
 */
@ControllerAdvice(annotations = RenderedPages.class, assignableTypes = ErrorController.class)
public class CurrentStaffAdvice {

    @ModelAttribute("currentStaff")
    @Nullable
    public StaffMember currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                ? principal.member()
                : null;
    }
}
