package vn.danvan.democracy.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.democracy.DisclosurePublishing;
import vn.danvan.democracy.HouseholdCommands;
import vn.danvan.democracy.HouseholdRegister;
import vn.danvan.democracy.domain.Household;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/** Staff pages of the household register: a commune's households by hamlet, the CSV import, a household's edits. */
@Controller
@RenderedPages
class HouseholdPages {

    /** A register file larger than this is refused: a commune of 20,000 households fits in about 2 MB. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final HouseholdRegister register;
    private final DisclosurePublishing publishing;
    private final Validator validator;

    HouseholdPages(HouseholdRegister register, DisclosurePublishing publishing, Validator validator) {
        this.register = register;
        this.publishing = publishing;
        this.validator = validator;
    }

    static class EditForm {
        public @Nullable String headName;
        public @Nullable String representativeName;
        public @Nullable String address;
        public Integer members = 1;
        public @Nullable String reason;

        static EditForm of(Household household) {
            EditForm form = new EditForm();
            form.headName = household.headName();
            form.representativeName = household.representativeName();
            form.address = household.address();
            form.members = household.members();
            return form;
        }

        HouseholdCommands.EditHousehold toCommand() {
            return new HouseholdCommands.EditHousehold(
                    headName == null ? "" : headName.strip(),
                    representativeName == null ? "" : representativeName.strip(),
                    address,
                    members == null ? 0 : members,
                    reason);
        }
    }

    @InitBinder("editForm")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/households")
    String list(@RequestParam(required = false) @Nullable Long body, StaffMember staff, Model model) {
        List<Body> publishers = publishing.publishersInScope(staff);
        Long shown = body != null
                ? body
                : publishers.stream()
                        .filter(b -> b.id() == staff.bodyId())
                        .findFirst()
                        .or(() -> publishers.stream().findFirst())
                        .map(Body::id)
                        .orElse(null);
        model.addAttribute("publishers", publishers);
        model.addAttribute("body", shown);
        model.addAttribute("households", shown == null ? List.of() : register.register(shown, staff));
        return "democracy/households";
    }

    @PostMapping("/households/import")
    String importFile(
            @RequestParam long body,
            @RequestParam("file") MultipartFile file,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runAction(redirect, "democracy.household.imported", "/households?body=" + body, () -> {
            if (file.getSize() > MAX_FILE_BYTES) {
                throw DomainException.invalid("democracy.household.file-too-large", MAX_FILE_BYTES / (1024 * 1024));
            }
            var result = register.importFile(body, utf8(file), staff);
            redirect.addFlashAttribute(
                    "noticeArguments", new Object[] {result.added(), result.changed(), result.unchanged()});
        });
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable long id, StaffMember staff, Model model) {
        if (!model.containsAttribute("editForm")) {
            Forms.add(model, "editForm", EditForm.of(register.household(id, staff)));
        }
        return page(id, staff, model);
    }

    @PostMapping("/households/{id}")
    String edit(
            @PathVariable long id,
            @ModelAttribute("editForm") EditForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> register.edit(id, command, staff),
                saved -> {
                    redirect.addFlashAttribute("notice", "democracy.household.saved");
                    return "redirect:/households/" + id;
                },
                () -> page(id, staff, model));
    }

    private String page(long id, StaffMember staff, Model model) {
        model.addAttribute("household", register.household(id, staff));
        model.addAttribute("history", register.history(id));
        return "democracy/household";
    }

    private static String utf8(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("democracy.household.not-utf8");
        } catch (IOException e) {
            throw DomainException.invalid("democracy.household.file-empty");
        }
    }
}
