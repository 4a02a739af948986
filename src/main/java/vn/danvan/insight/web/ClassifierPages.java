package vn.danvan.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.insight.ClassificationHelp;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.shared.RenderedPages;

/**
 * The administrator's page of the classification help: the model in use, its accuracy on the held-back cases overall,
 * per type and per field, the confusion tables, and the button that retrains it in the background.
 */
@Controller
@RenderedPages
@RequestMapping("/admin/classifier")
class ClassifierPages {

    private final ClassificationHelp help;
    private final PetitionQueries petitions;

    ClassifierPages(ClassificationHelp help, PetitionQueries petitions) {
        this.help = help;
        this.petitions = petitions;
    }

    @GetMapping
    String show(Locale locale, Model model) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> fieldNames = petitions.fields().stream()
                .collect(Collectors.toMap(
                        PetitionQueries.Field::code, f -> english ? f.nameEn() : f.nameVi(), (a, b) -> a));
        model.addAttribute("figures", help.figures().orElse(null));
        model.addAttribute("run", help.lastRun().orElse(null));
        model.addAttribute("fieldNames", fieldNames);
        return "insight/classifier";
    }

    /** The run's state while it trains; once it is over, the page reloads to show the new figures. */
    @GetMapping("/run")
    String run(@RequestParam(defaultValue = "false") boolean wasRunning, HttpServletResponse response, Model model) {
        var run = help.lastRun().orElse(null);
        if (wasRunning && (run == null || !run.running())) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "insight/classifier :: run";
    }

    @PostMapping("/retrain")
    String retrain(RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "notice", help.retrain().isPresent() ? "classifier.retrain.started" : "classifier.retrain.busy");
        return "redirect:/admin/classifier";
    }
}
