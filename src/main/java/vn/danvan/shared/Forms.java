package vn.danvan.shared;

import jakarta.validation.Validator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the rendered pages handle a form: the form object (public fields) becomes a command, bean
 * validation marks the fields, a business refusal becomes a global error, and on any of those the
 * page is shown again with the input kept and nothing written.
 */
public final class Forms {

    private Forms() {}

    public static <C, R> String submit(
            Validator validator,
            BindingResult binding,
            Supplier<C> command,
            Function<C, R> action,
            Function<R, String> done,
            Supplier<String> again) {
        if (binding.hasErrors()) {
            return again.get();
        }
        C built = command.get();
        validator
                .validate(built)
                .forEach(violation ->
                        binding.rejectValue(violation.getPropertyPath().toString(), "invalid", violation.getMessage()));
        if (binding.hasErrors()) {
            return again.get();
        }
        try {
            return done.apply(action.apply(built));
        } catch (DomainException refused) {
            binding.reject(refused.code(), refused.arguments(), refused.code());
            return again.get();
        }
    }

    /** Puts a form on the page with a binding result that reads its public fields, as a bound form has. */
    public static void add(Model model, String name, Object form) {
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new DirectFieldBindingResult(form, name));
    }

    /** Carries a business refusal to the page a redirect shows: its message code and the message's arguments. */
    public static void flashRefusal(RedirectAttributes redirect, DomainException refused) {
        redirect.addFlashAttribute("refusal", refused.code());
        redirect.addFlashAttribute("refusalArguments", refused.arguments());
    }

    /**
     * Runs a command from one of a page's small forms and returns to the page: a form that did not bind or whose
     * command fails validation shows {@code invalidKey}, a business refusal shows its own message, and either way
     * nothing is written. A refusal meaning "not yours" or "not found" (403, 404) is not a form error and goes up.
     */
    public static <C> String runCommand(
            BindingResult binding,
            Validator validator,
            Supplier<C> command,
            Consumer<C> action,
            RedirectAttributes redirect,
            String invalidKey,
            String notice,
            String back) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("refusal", invalidKey);
            return "redirect:" + back;
        }
        C built = command.get();
        if (!validator.validate(built).isEmpty()) {
            redirect.addFlashAttribute("refusal", invalidKey);
            return "redirect:" + back;
        }
        return runAction(redirect, notice, back, () -> action.accept(built));
    }

    /**
     * Runs what a button or a small form without a form object asks (an upload, a link) and returns to the page: the
     * notice when done; a business refusal, or input {@link InputText} or {@link LawfulDates} rejected, as the page's
     * refusal with nothing written. A refusal meaning "not yours" or "not found" (403, 404) goes up to the error page.
     */
    public static String runAction(RedirectAttributes redirect, @Nullable String notice, String back, Runnable action) {
        try {
            action.run();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (DomainException refused) {
            if (refused.status().value() == 403 || refused.status().value() == 404) {
                throw refused;
            }
            flashRefusal(redirect, refused);
        } catch (InputRejected rejected) {
            redirect.addFlashAttribute("refusal", rejected.code());
            redirect.addFlashAttribute("refusalArguments", rejected.getDetailMessageArguments());
        }
        return "redirect:" + back;
    }
}
