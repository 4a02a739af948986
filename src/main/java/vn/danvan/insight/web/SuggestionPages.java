package vn.danvan.insight.web;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.insight.ClassificationHelp;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.ClassifiedCases;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.shared.ClientAddress;
import vn.danvan.shared.RateBuckets;
import vn.danvan.shared.RenderedPages;

/**
 * The suggestion fragment that the intake form (staff) and the portal's submission form (citizens) ask for as the text
 * is typed. POST, so that the text never lands in a URL or an access log; only the title and the content are read,
 * and only their first {@link ClassifiedCases#TEXT_LIMIT} characters. The public one is limited per address.
 */
@Controller
@RenderedPages
class SuggestionPages {

    private final ClassificationHelp help;
    private final PetitionQueries petitions;
    private final RateBuckets buckets;
    private final int perHour;

    SuggestionPages(
            ClassificationHelp help,
            PetitionQueries petitions,
            RateBuckets buckets,
            // Not a rule of law: a citizen typing a long petition asks some tens of times (docs/security.md).
            @Value("${danvan.classifier.portal-suggestions-per-hour:120}") int perHour) {
        this.help = help;
        this.petitions = petitions;
        this.buckets = buckets;
        this.perHour = perHour;
    }

    @PostMapping("/insight/classification/suggestion")
    String staff(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            StaffMember staff,
            Locale locale,
            Model model) {
        return fragment(title, content, true, locale, model);
    }

    @PostMapping("/portal/classification/suggestion")
    String citizen(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var probe = buckets.bucket(
                        "classifier-suggestion",
                        ClientAddress.network(request.getRemoteAddr()),
                        () -> BucketConfiguration.builder()
                                .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                                .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(RateBuckets.seconds(probe.getNanosToWaitForRefill())));
            return "insight/suggestion :: none";
        }
        return fragment(title, content, false, locale, model);
    }

    private String fragment(String title, String content, boolean staff, Locale locale, Model model) {
        var suggestion = help.suggest(cap(title), cap(content));
        if (suggestion.isEmpty()) {
            return "insight/suggestion :: none";
        }
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> fieldNames = petitions.fields().stream()
                .collect(Collectors.toMap(
                        PetitionQueries.Field::code, f -> english ? f.nameEn() : f.nameVi(), (a, b) -> a));
        model.addAttribute("suggestion", suggestion.get());
        model.addAttribute("fieldNames", fieldNames);
        model.addAttribute("staff", staff);
        return "insight/suggestion :: suggestion";
    }

    private static String cap(String text) {
        return text.length() > ClassifiedCases.TEXT_LIMIT ? text.substring(0, ClassifiedCases.TEXT_LIMIT) : text;
    }
}
