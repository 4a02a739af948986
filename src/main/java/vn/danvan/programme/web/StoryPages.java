package vn.danvan.programme.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.ModelRegistry;
import vn.danvan.programme.StoryPublishing;
import vn.danvan.programme.StoryTopic;
import vn.danvan.programme.domain.Story;
import vn.danvan.programme.web.ModelForms.StoryForm;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/** Staff pages of the stories: write, edit, add photos, publish on the portal or take down. */
@Controller
@RenderedPages
class StoryPages {

    private final StoryPublishing publishing;
    private final ModelRegistry models;
    private final OrganizationDirectory organization;
    private final Validator validator;

    StoryPages(
            StoryPublishing publishing, ModelRegistry models, OrganizationDirectory organization, Validator validator) {
        this.publishing = publishing;
        this.models = models;
        this.organization = organization;
        this.validator = validator;
    }

    @InitBinder("storyForm")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("topics", StoryTopic.values());
    }

    @GetMapping("/programme/stories")
    String list(StaffMember staff, Model model) {
        model.addAttribute("stories", publishing.list(staff));
        model.addAttribute("bodyNames", organization.bodyNames());
        return "programme/stories";
    }

    @GetMapping("/programme/stories/new")
    String newStory(@RequestParam(required = false) @Nullable Long model, StaffMember staff, Model page) {
        StoryForm form = new StoryForm();
        form.bodyId = staff.bodyId();
        form.modelId = model;
        Forms.add(page, "storyForm", form);
        return formPage(null, staff, page);
    }

    @PostMapping("/programme/stories")
    String create(
            @ModelAttribute("storyForm") StoryForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> publishing.write(command, staff),
                story -> {
                    redirect.addFlashAttribute("notice", "story.notice.written");
                    return "redirect:/programme/stories/" + story.id();
                },
                () -> formPage(null, staff, model));
    }

    @GetMapping("/programme/stories/{id}")
    String item(@PathVariable long id, StaffMember staff, Model model) {
        Story story = publishing.story(id, staff);
        model.addAttribute("story", story);
        model.addAttribute("photos", publishing.photos(id));
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute(
                "about",
                story.modelId() == null ? null : models.find(story.modelId()).orElse(null));
        return "programme/stories-item";
    }

    @GetMapping("/programme/stories/{id}/edit")
    String edit(@PathVariable long id, StaffMember staff, Model model) {
        Story story = publishing.story(id, staff);
        Forms.add(model, "storyForm", StoryForm.of(story));
        return formPage(story, staff, model);
    }

    @PostMapping("/programme/stories/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("storyForm") StoryForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        Story story = publishing.story(id, staff);
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> publishing.update(id, command, staff),
                saved -> {
                    redirect.addFlashAttribute("notice", "story.notice.saved");
                    return "redirect:/programme/stories/" + id;
                },
                () -> formPage(story, staff, model));
    }

    @PostMapping("/programme/stories/{id}/{action:publish|unpublish}")
    String publish(@PathVariable long id, @PathVariable String action, StaffMember staff, RedirectAttributes redirect) {
        boolean publish = "publish".equals(action);
        try {
            publishing.publish(id, publish, staff);
            redirect.addFlashAttribute("notice", publish ? "story.notice.published" : "story.notice.unpublished");
        } catch (DomainException refused) {
            if (refused.status().value() == 404 || refused.status().value() == 403) {
                throw refused;
            }
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/programme/stories/" + id;
    }

    @PostMapping("/programme/stories/{id}/photos")
    String addPhoto(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String caption,
            StaffMember staff,
            RedirectAttributes redirect) {
        try (InputStream content = file.getInputStream()) {
            publishing.addPhoto(
                    id,
                    caption == null || caption.isBlank() ? null : caption.strip(),
                    file.getOriginalFilename(),
                    content,
                    staff);
            redirect.addFlashAttribute("notice", "story.notice.photo-added");
        } catch (DomainException refused) {
            if (refused.status().value() == 404 || refused.status().value() == 403) {
                throw refused;
            }
            Forms.flashRefusal(redirect, refused);
        } catch (IOException e) {
            redirect.addFlashAttribute("refusal", "model.photo-empty");
        }
        return "redirect:/programme/stories/" + id;
    }

    @GetMapping("/programme/stories/{id}/photos/{photoId}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long photoId, StaffMember staff) {
        return ModelPages.image(publishing.photos(id), photoId, publishing.photoPath(id, photoId, staff));
    }

    private String formPage(@Nullable Story story, StaffMember staff, Model model) {
        model.addAttribute("story", story);
        model.addAttribute(
                "bodies",
                story == null
                        ? models.bodiesInScope(staff)
                        : models.bodiesInScope(staff).stream()
                                .filter(b -> b.id() == story.bodyId())
                                .toList());
        model.addAttribute("models", models.list(staff, null, null, null));
        return "programme/stories-form";
    }
}
