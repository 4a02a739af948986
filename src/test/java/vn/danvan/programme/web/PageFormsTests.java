package vn.danvan.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @Test
    void aDoneFormFlashesItsNoticeAndRedirectsToThePageOfWhatWasDone() {
        NameForm form = new NameForm();
        form.name = "Tổ dân vận khéo";
        var binding = new DirectFieldBindingResult(form, "nameForm");
        var redirect = new RedirectAttributesModelMap();

        String view = PageForms.submit(
                VALIDATOR,
                binding,
                () -> new Name(form.name),
                command -> 7L,
                redirect,
                "plan.notice.drafted",
                id -> "/programme/plans/" + id + "#tasks",
                () -> "programme/plans");

        assertThat(view).isEqualTo("redirect:/programme/plans/7#tasks");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("plan.notice.drafted");
        assertThat(binding.hasErrors()).isFalse();
    }

    @Test
    void anInvalidFormIsShownAgainWithItsFieldMarkedRunsNothingAndFlashesNoNotice() {
        NameForm form = new NameForm();
        form.name = " ";
        var binding = new DirectFieldBindingResult(form, "nameForm");
        var redirect = new RedirectAttributesModelMap();
        AtomicBoolean ran = new AtomicBoolean();

        String view = PageForms.submit(
                VALIDATOR,
                binding,
                () -> new Name(form.name),
                command -> ran.getAndSet(true),
                redirect,
                "plan.notice.drafted",
                done -> "/programme/plans",
                () -> "programme/plans");

        assertThat(view).isEqualTo("programme/plans");
        assertThat(ran).isFalse();
        assertThat(binding.getFieldError("name")).isNotNull();
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("notice");
    }

    @Test
    void aRefusedFormIsShownAgainWithTheRefusalAsItsMessageAndNoNotice() {
        NameForm form = new NameForm();
        form.name = "Tổ dân vận khéo";
        var binding = new DirectFieldBindingResult(form, "nameForm");
        var redirect = new RedirectAttributesModelMap();

        String view = PageForms.submit(
                VALIDATOR,
                binding,
                () -> new Name(form.name),
                command -> {
                    throw DomainException.invalid("plan.body-outside-scope");
                },
                redirect,
                "plan.notice.drafted",
                done -> "/programme/plans",
                () -> "programme/plans");

        assertThat(view).isEqualTo("programme/plans");
        assertThat(binding.getGlobalError()).isNotNull();
        assertThat(binding.getGlobalError().getCode()).isEqualTo("plan.body-outside-scope");
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("notice");
    }
}
