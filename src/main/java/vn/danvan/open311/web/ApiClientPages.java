package vn.danvan.open311.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.open311.ApiClientManagement;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/** The administrator issues and revokes the API keys of client organisations. */
@Controller
@RenderedPages
@RequestMapping("/admin/api-clients")
class ApiClientPages {

    private final ApiClientManagement clients;
    private final MessageSource messages;

    ApiClientPages(ApiClientManagement clients, MessageSource messages) {
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("clients", clients.all());
        return "open311/api-clients";
    }

    @PostMapping
    String issue(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable String contact,
            Model model,
            HttpServletResponse response,
            java.util.Locale locale) {
        try {
            model.addAttribute("issued", clients.issue(name, contact));
        } catch (DomainException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute(
                    "formError", messages.getMessage(refused.code(), refused.arguments(), refused.code(), locale));
        }
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        clients.revoke(id);
        return "redirect:/admin/api-clients";
    }
}
