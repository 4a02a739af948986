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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/** Administrators list the bodies as a tree and add bodies. */
@Controller
@RenderedPages
@RequestMapping("/admin/bodies")
class BodyPages {

    private static final String VIEW = "organization/bodies";

    private final OrganizationDirectory directory;
    private final OrganizationAdministration administration;
    private final MessageSource messages;

    BodyPages(OrganizationDirectory directory, OrganizationAdministration administration, MessageSource messages) {
        this.directory = directory;
        this.administration = administration;
        this.messages = messages;
    }

    @ModelAttribute
    void referenceData(Model model) {
        var bodies = directory.bodies();
        model.addAttribute("bodies", bodies);
        model.addAttribute("tree", BodyRow.tree(bodies));
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("provinces", directory.provinces());
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("bodyForm", BodyForm.empty());
        return VIEW;
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute BodyForm bodyForm, BindingResult errors, RedirectAttributes flash, Locale locale) {
        bodyForm.check(directory, errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        String code = Objects.requireNonNull(bodyForm.code(), "check() requires a code");
        String name = Objects.requireNonNull(bodyForm.name(), "check() requires a name");
        BodyKind kind = Objects.requireNonNull(bodyForm.kind(), "check() requires a kind");
        UnitLevel level = Objects.requireNonNull(bodyForm.level(), "check() requires a level");
        try {
            var body = administration.addBody(
                    code.strip(),
                    name.strip(),
                    kind,
                    level,
                    bodyForm.province(directory),
                    bodyForm.commune(),
                    bodyForm.superiorId());
            flash.addFlashAttribute(
                    "added", messages.getMessage("organization.bodies.added", new Object[] {body.name()}, locale));
        } catch (DomainException e) {
            BodyForm.reject(e, errors);
            return VIEW;
        }
        return "redirect:/admin/bodies";
    }
}
