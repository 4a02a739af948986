package vn.danvan.dialogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.dialogue.CommitmentTracking;
import vn.danvan.dialogue.domain.Commitment;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/**
 * The public accountability page: every commitment made to the people, the person who promised it, the
 * due date and how it went — no personal data of the citizens who raised it.
 */
@Controller
@RenderedPages
class PublicCommitmentsPage {

    private final CommitmentTracking commitments;
    private final OrganizationDirectory organization;
    private final Clock clock;

    PublicCommitmentsPage(CommitmentTracking commitments, OrganizationDirectory organization, Clock clock) {
        this.commitments = commitments;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/portal/commitments")
    String commitments(
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable Long body,
            Model model) {
        String communeCode = InputText.blankToNull(commune);
        var published = commitments.published(communeCode, body);
        model.addAttribute("commitments", published);
        model.addAttribute(
                "timelines",
                published.stream().collect(Collectors.toMap(Commitment::id, c -> commitments.timeline(c.id(), true))));
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute(
                "commune",
                communeCode == null
                        ? null
                        : organization
                                .commune(communeCode)
                                .map(c -> c.fullName())
                                .orElse(communeCode));
        model.addAttribute("today", LocalDate.now(clock));
        return "dialogue/public";
    }
}
