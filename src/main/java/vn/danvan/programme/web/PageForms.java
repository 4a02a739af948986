package vn.danvan.programme.web;

import jakarta.validation.Validator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.shared.Forms;

/** The programme pages' full forms: {@link Forms#submit}, then the notice and the page of what was done. */
final class PageForms {

    private PageForms() {}

    /**
     * Binds, validates and runs the form's command as {@link Forms#submit} does; once done, flashes {@code notice} and
     * redirects to {@code next} (a path, anchor included) of the result; otherwise shows {@code again} with the input.
     */
    static <C, R> String submit(
            Validator validator,
            BindingResult binding,
            Supplier<C> command,
            Function<C, R> action,
            RedirectAttributes redirect,
            String notice,
            Function<R, String> next,
            Supplier<String> again) {
        return Forms.submit(
                validator,
                binding,
                command,
                action,
                done -> {
                    redirect.addFlashAttribute("notice", notice);
                    return "redirect:" + next.apply(done);
                },
                again);
    }
}
