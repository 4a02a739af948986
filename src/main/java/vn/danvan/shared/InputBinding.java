package vn.danvan.shared;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text and dates bound from forms and query parameters, for every controller: text must pass
 * {@link InputText} (and is bound in NFC), a date must be an ISO date that {@link LawfulDates} allows. A
 * value that fails is a binding error — the form shows it against its field — or, for a request parameter,
 * a 400.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InputBinding {

    @InitBinder
    void screen(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor(true));
        // A password is checked but kept as typed: the sign-in form, which no binder reads, compares it as typed.
        binder.registerCustomEditor(String.class, "password", new TextEditor(false));
        binder.registerCustomEditor(LocalDate.class, new DateEditor());
    }

    /** Text as {@link InputText} takes it; an empty field stays empty (the forms decide what blank means). */
    static final class TextEditor extends PropertyEditorSupport {

        private final boolean normalize;

        TextEditor(boolean normalize) {
            this.normalize = normalize;
        }

        @Override
        public void setAsText(String text) {
            try {
                String accepted = InputText.accept(text, InputText.LONGEST);
                setValue(normalize ? accepted : text);
            } catch (InputRejected rejected) {
                throw new IllegalArgumentException(rejected.code(), rejected);
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** An ISO date (yyyy-MM-dd, as date inputs send it) within {@link LawfulDates}; blank is no date. */
    static final class DateEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                LocalDate date = LocalDate.parse(text.strip());
                if (!LawfulDates.lawful(date)) {
                    throw new IllegalArgumentException("input.date-out-of-range");
                }
                setValue(date);
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException("input.date-invalid", notADate);
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
