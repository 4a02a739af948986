package vn.danvan.democracy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.democracy.CommunityDecisions;
import vn.danvan.democracy.MatterCommands;
import vn.danvan.democracy.domain.Matter;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.portal.CitizenPrincipal;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * The public pages of "dân bàn và quyết định": a commune's matters, a matter with its live tally (a few seconds
 * late, as the page says) or its result and minutes; a signed-in household representative votes there, and links
 * their account to their household with the code the commune handed them.
 */
@Controller
@RenderedPages
class PublicMatterPages {

    private final CommunityDecisions decisions;
    private final OrganizationDirectory organization;
    private final MinutesDocument minutesDocument;
    private final LinkLimits limits;
    private final BallotTokens tokens;
    private final Clock clock;

    PublicMatterPages(
            CommunityDecisions decisions,
            OrganizationDirectory organization,
            MinutesDocument minutesDocument,
            LinkLimits limits,
            BallotTokens tokens,
            Clock clock) {
        this.decisions = decisions;
        this.organization = organization;
        this.minutesDocument = minutesDocument;
        this.limits = limits;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/portal/matters/{commune:\\d{5}}")
    String matters(@PathVariable String commune, Model model) {
        AdministrativeUnit unit = commune(commune);
        List<Matter> matters = decisions.publicMatters(unit.code());
        model.addAttribute("commune", unit);
        model.addAttribute("open", matters.stream().filter(Matter::isOpen).toList());
        model.addAttribute("decided", matters.stream().filter(Matter::isDecided).toList());
        return "democracy/public-matters";
    }

    @GetMapping("/portal/matters/{commune:\\d{5}}/{id}")
    String matter(
            @PathVariable String commune,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String voted,
            @RequestParam(required = false) @Nullable String refused,
            @Nullable Authentication authentication,
            Model model) {
        AdministrativeUnit unit = commune(commune);
        Matter matter = decisions.publicMatter(unit.code(), id);
        model.addAttribute("commune", unit);
        model.addAttribute("matter", matter);
        model.addAttribute("liveSeconds", CommunityDecisions.LIVE_TALLY_SECONDS);
        if (matter.isOpen()) {
            model.addAttribute("tally", decisions.liveTally(matter));
        } else {
            model.addAttribute("minutes", decisions.minutes(matter));
        }
        // The outcome of a ballot posted without JavaScript comes back in the address, not in the session.
        if (voted != null && !model.containsAttribute("notice")) {
            model.addAttribute("notice", "matter.vote-saved");
        }
        if (refused != null && BALLOT_REFUSALS.contains(refused) && !model.containsAttribute("refusal")) {
            model.addAttribute("refusal", refused);
            model.addAttribute("refusalArguments", new Object[0]);
        }
        Optional<Long> citizen = CitizenPrincipal.of(authentication);
        model.addAttribute("signedIn", citizen.isPresent());
        model.addAttribute("ballots", ballots(matter, citizen));
        return "democracy/public-matter";
    }

    /** The ballots of the signed-in representative (or delegate) on an open matter, each with its token. */
    private List<Ballot> ballots(Matter matter, Optional<Long> citizen) {
        return citizen.filter(c -> matter.isOpen())
                .map(c -> decisions.ballotsFor(matter, c).stream()
                        .map(h -> new Ballot(
                                h.household(),
                                h.channel(),
                                h.choice(),
                                h.delegation(),
                                tokens.issue(matter.id(), h.household().id(), c, matter.closesAt())))
                        .toList())
                .orElse(List.of());
    }

    /** A ballot of the matter page as JSON: the household, how it took part so far, and its token. */
    record BallotToken(
            long household,
            String code,
            String hamlet,
            @Nullable String channel,
            String token) {}

    /**
     * The matter page's ballots as JSON, for an app or a representative holding many households' delegations: the
     * same list, checks and tokens as the page (docs/adr/0005-ballot-tokens.md), without rendering a form for each;
     * empty when nobody is signed in or the matter is not open, as the page shows none then.
     */
    @GetMapping(path = "/portal/matters/{commune:\\d{5}}/{id}/ballots", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<BallotToken> ballotTokens(
            @PathVariable String commune, @PathVariable long id, @Nullable Authentication authentication) {
        Matter matter = decisions.publicMatter(commune(commune).code(), id);
        return ballots(matter, CitizenPrincipal.of(authentication)).stream()
                .map(b -> new BallotToken(
                        b.household().id(), b.household().code(), b.household().hamletName(), b.channel(), b.token()))
                .toList();
    }

    /** A household the signed-in citizen represents, and how it has voted so far. */
    record Ballot(
            vn.danvan.democracy.persistence.Matters.RepresentedHousehold household,
            @Nullable String channel,
            @Nullable String choice,
            vn.danvan.democracy.persistence.Matters.@Nullable Delegation delegation,
            String token) {}

    /**
     * A vote with the ballot token of the page, answered without the session (docs/adr/0005-ballot-tokens.md): an
     * htmx request gets the household's status line back, a browser without JavaScript a redirect to the matter
     * whose address says how the vote went.
     */
    @PostMapping("/portal/matters/{commune:\\d{5}}/{id}/ballot")
    String ballot(
            @PathVariable String commune,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String choice,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        String back = "/portal/matters/" + commune + "/" + id;
        String refusal = null;
        Object[] arguments = new Object[0];
        try {
            VoteApi.cast(decisions, tokens, clock, id, token, VoteApi.choice(choice));
        } catch (DomainException refused) {
            refusal = refused.code();
            arguments = refused.arguments();
        }
        if (htmx == null) {
            return "redirect:" + back + (refusal == null ? "?voted" : "?refused=" + refusal) + "#vote";
        }
        if (refusal == null) {
            model.addAttribute("notice", "matter.vote-saved");
        } else {
            model.addAttribute("refusal", refusal);
            model.addAttribute("refusalArguments", arguments);
        }
        return "democracy/public-matter :: vote-status";
    }

    /** What a ballot posted without JavaScript may be refused for, as its redirect names it. */
    static final java.util.Set<String> BALLOT_REFUSALS = java.util.Set.of(
            "matter.ballot.invalid",
            "matter.field.choice",
            "matter.unknown",
            "matter.online-not-allowed",
            "matter.closed",
            "matter.not-representative",
            "matter.ballot.delegated",
            "matter.already-on-paper",
            "matter.secret-vote-final");

    @PostMapping("/portal/matters/{commune:\\d{5}}/{id}/vote")
    String vote(
            @PathVariable String commune,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long household,
            @RequestParam(required = false) MatterCommands.@Nullable Choice choice,
            @Nullable Authentication authentication,
            RedirectAttributes redirect) {
        String back = "redirect:/portal/matters/" + commune + "/" + id;
        Optional<Long> citizen = CitizenPrincipal.of(authentication);
        if (citizen.isEmpty()) {
            return "redirect:/portal/login";
        }
        try {
            if (household == null) {
                throw DomainException.invalid("matter.field.household");
            }
            if (choice == null) {
                throw DomainException.invalid("matter.field.choice");
            }
            decisions.publicMatter(commune, id);
            decisions.voteOnline(id, household, citizen.get(), choice);
            redirect.addFlashAttribute("notice", "matter.vote-saved");
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
        }
        return back + "#vote";
    }

    /** The representative delegates the household's vote, on this matter or on all until revoked: a code, once. */
    @PostMapping("/portal/matters/{commune:\\d{5}}/{id}/delegate")
    String delegate(
            @PathVariable String commune,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long household,
            @RequestParam(defaultValue = "MATTER") String scope,
            @Nullable Authentication authentication,
            RedirectAttributes redirect) {
        Optional<Long> citizen = CitizenPrincipal.of(authentication);
        if (citizen.isEmpty()) {
            return "redirect:/portal/login";
        }
        try {
            if (household == null) {
                throw DomainException.invalid("matter.field.household");
            }
            decisions.publicMatter(commune, id);
            String code = decisions.delegate(household, "ALL".equals(scope) ? null : id, citizen.get());
            redirect.addFlashAttribute("delegationCode", code);
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/portal/matters/" + commune + "/" + id + "#vote";
    }

    @PostMapping("/portal/matters/{commune:\\d{5}}/{id}/revoke-delegation")
    String revokeDelegation(
            @PathVariable String commune,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long household,
            @Nullable Authentication authentication,
            RedirectAttributes redirect) {
        Optional<Long> citizen = CitizenPrincipal.of(authentication);
        if (citizen.isEmpty()) {
            return "redirect:/portal/login";
        }
        try {
            if (household == null) {
                throw DomainException.invalid("matter.field.household");
            }
            decisions.publicMatter(commune, id);
            decisions.revokeDelegation(household, citizen.get());
            redirect.addFlashAttribute("notice", "matter.delegation.revoked");
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/portal/matters/" + commune + "/" + id + "#vote";
    }

    /** The delegate enters the code the representative gave them (codes tried are limited like link codes). */
    @PostMapping("/portal/matters/delegations")
    String acceptDelegation(
            @RequestParam(defaultValue = "") String code,
            @Nullable Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Long> citizen = CitizenPrincipal.of(authentication);
        if (citizen.isEmpty()) {
            return "redirect:/portal/login";
        }
        limits.check(request, response);
        try {
            decisions.acceptDelegation(code, citizen.get());
            redirect.addFlashAttribute("notice", "matter.delegation.accepted");
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/portal/matters/link";
    }

    @GetMapping("/portal/matters/{commune:\\d{5}}/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String commune, @PathVariable long id) {
        return MatterPages.pdf(minutesDocument, decisions, decisions.publicMatter(commune, id));
    }

    @GetMapping("/portal/matters/link")
    String linkPage(@Nullable Authentication authentication, Model model) {
        model.addAttribute("signedIn", CitizenPrincipal.of(authentication).isPresent());
        return "democracy/public-link";
    }

    @PostMapping("/portal/matters/link")
    String link(
            @RequestParam(defaultValue = "") String code,
            @Nullable Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Long> citizen = CitizenPrincipal.of(authentication);
        if (citizen.isEmpty()) {
            return "redirect:/portal/login";
        }
        limits.check(request, response);
        try {
            decisions.linkAccount(code, citizen.get());
            redirect.addFlashAttribute("notice", "matter.linked");
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/portal/matters/link";
    }

    private AdministrativeUnit commune(String code) {
        return organization.commune(code).orElseThrow(() -> DomainException.notFound("democracy.commune-unknown"));
    }
}
