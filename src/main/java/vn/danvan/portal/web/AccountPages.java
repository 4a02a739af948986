package vn.danvan.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.CitizenDesk.PublicCase;
import vn.danvan.portal.CitizenAccountManagement;
import vn.danvan.portal.CitizenAccountManagement.RegisterCitizen;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/** Citizen sign-up, sign-in (password or OIDC) and the list of one's own cases. */
@Controller
@RenderedPages
class AccountPages {

    public static class RegisterForm {
        public @Nullable String fullName;
        public @Nullable String email;
        public @Nullable String phone;
        public @Nullable String password;
    }

    record OidcProvider(String registrationId, String name) {}

    private final CitizenAccountManagement accounts;
    private final CitizenDesk petitions;
    private final ObjectProvider<ClientRegistrationRepository> oidcClients;

    AccountPages(
            CitizenAccountManagement accounts,
            CitizenDesk petitions,
            ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.accounts = accounts;
        this.petitions = petitions;
        this.oidcClients = oidcClients;
    }

    @InitBinder("registerForm")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/portal/login")
    String login(Model model) {
        model.addAttribute("oidcProviders", oidcProviders());
        return "portal/login";
    }

    @GetMapping("/portal/register")
    String registerForm(Model model) {
        Forms.add(model, "registerForm", new RegisterForm());
        return "portal/register";
    }

    @PostMapping("/portal/register")
    String register(
            @ModelAttribute("registerForm") RegisterForm form,
            BindingResult binding,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.register(new RegisterCitizen(
                    Objects.toString(form.fullName, ""), form.email, form.phone, Objects.toString(form.password, "")));
        } catch (DomainException refused) {
            binding.reject(refused.code(), refused.arguments(), refused.code());
            response.setStatus(refused.status().value());
            form.password = null;
            return "portal/register";
        }
        redirect.addFlashAttribute("notice", "portal.notice.registered");
        return "redirect:/portal/login";
    }

    @GetMapping("/portal/account")
    String account(Authentication authentication, Model model, HttpServletRequest request) {
        long citizenId = PortalSecurityConfiguration.citizenId(authentication)
                .orElseThrow(() -> DomainException.forbidden("portal.sign-in-required"));
        model.addAttribute("citizen", accounts.find(citizenId).orElseThrow());
        List<PublicCase> cases = accounts.trackingCodesOf(citizenId).stream()
                .flatMap(code -> petitions.track(code).stream())
                .toList();
        model.addAttribute("cases", cases);
        return "portal/account";
    }

    private List<OidcProvider> oidcProviders() {
        ClientRegistrationRepository repository = oidcClients.getIfAvailable();
        if (!(repository instanceof Iterable<?> registrations)) {
            return List.of();
        }
        return java.util.stream.StreamSupport.stream(registrations.spliterator(), false)
                .filter(ClientRegistration.class::isInstance)
                .map(ClientRegistration.class::cast)
                .map(r -> new OidcProvider(r.getRegistrationId(), r.getClientName()))
                .toList();
    }
}
