package vn.danvan.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import vn.danvan.shared.DomainException;

/** The programme pages' full-form handling: done → notice and the page of what was done; else the form again. */
class PageFormsTests {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Name(@NotBlank String name) {}

    public static class NameForm {
        public String name = "";
    }

    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    private static DirectFieldBindingResult bound(String name) {
        NameForm form = new NameForm();
        form.name = name;
        return new DirectFieldBindingResult(form, "nameForm");
    }

    private String submit(DirectFieldBindingResult binding, Function<Name, Object> action) {
        String name = ((NameForm) binding.getTarget()).name;
        return PageForms.submit(
                VALIDATOR,
                binding,
                () -> new Name(name),
                action,
                redirect,
                "plan.notice.drafted",
                done -> "/programme/plans/" + done + "#tasks",
                () -> "programme/plans");
    }

    @Test
    void aDoneFormFlashesItsNoticeAndRedirectsToThePageOfWhatWasDone() {
        var binding = bound("Tổ dân vận khéo");

        String view = submit(binding, command -> 7L);

        assertThat(view).isEqualTo("redirect:/programme/plans/7#tasks");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("plan.notice.drafted");
        assertThat(binding.hasErrors()).isFalse();
    }

    @Test
    void anInvalidFormIsShownAgainWithItsFieldMarkedRunsNothingAndFlashesNoNotice() {
        var binding = bound(" ");
        AtomicBoolean ran = new AtomicBoolean();

        String view = submit(binding, command -> ran.getAndSet(true));

        assertThat(view).isEqualTo("programme/plans");
        assertThat(ran).isFalse();
        assertThat(binding.getFieldError("name")).isNotNull();
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("notice");
    }

    @Test
    void aRefusedFormIsShownAgainWithTheRefusalAsItsMessageAndNoNotice() {
        var binding = bound("Tổ dân vận khéo");

        String view = submit(binding, command -> {
            throw DomainException.invalid("plan.body-outside-scope");
        });

        assertThat(view).isEqualTo("programme/plans");
        assertThat(binding.getGlobalError()).isNotNull();
        assertThat(binding.getGlobalError().getCode()).isEqualTo("plan.body-outside-scope");
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("notice");
    }
}
