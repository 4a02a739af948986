package vn.danvan.dialogue;

import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.shared.RenderedPages;

/**
 * The public accountability page: every commitment made to the people, the person who promised it, the
 * due date and how it went — no personal data of the citizens who raised it.
 */
@Controller
@RenderedPages
class PublicCommitmentsPage {

    private final Dialogues dialogues;
    private final OrganizationDirectory organization;

    PublicCommitmentsPage(Dialogues dialogues, OrganizationDirectory organization) {
        this.dialogues = dialogues;
        this.organization = organization;
    }

    @GetMapping("/portal/commitments")
    String commitments(@RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable Long body, Model model) {
        String communeCode = commune == null || commune.isBlank() ? null : commune.strip();
        var commitments = dialogues.published(communeCode, body);
        Map<Long, String> bodyNames = organization.bodies().stream().collect(Collectors.toMap(Body::id, Body::name));
        model.addAttribute("commitments", commitments);
        model.addAttribute("timelines", commitments.stream()
                .collect(Collectors.toMap(Dialogues.Commitment::id, c -> dialogues.timeline(c.id(), true))));
        model.addAttribute("bodyNames", bodyNames);
        model.addAttribute("commune", communeCode == null ? null
                : organization.commune(communeCode).map(c -> c.fullName()).orElse(communeCode));
        model.addAttribute("today", DialoguePages.today());
        return "dialogue/public";
    }
}
