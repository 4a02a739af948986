package vn.danvan.democracy.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;

/**
 * The consultation pages' forms post and redirect back to the page they came from; a refusal travels across the
 * redirect as a Vietnamese message naming the field (Forms.flashRefusal), and nothing is written.
 */
final class ConsultationForms {

    private ConsultationForms() {}

    /** The command, checked by its constraints: the first broken one is refused with the field's name. */
    static <C> C checked(Validator validator, MessageSource messages, C command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            ConstraintViolation<C> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            Locale locale = LocaleContextHolder.getLocale();
            String path = first.getPropertyPath()
                    .toString()
                    .replaceAll("\\[\\d+]", "")
                    .replaceAll("\\..*", "");
            String label = messages.getMessage("consultation.field." + path, null, path, locale);
            String field = label == null ? path : label;
            throw DomainException.invalid("consultation.field-invalid", field, first.getMessage());
        }
        return command;
    }

    /** Runs the action; a refusal of the input is flashed, a refusal of the person (403, 404) goes to the error page. */
    static String run(RedirectAttributes redirect, String back, String notice, Supplier<?> action) {
        return Forms.runAction(redirect, notice, back, action::get);
    }

    /** The uploaded file's bytes as a stream, or a clear refusal when it cannot be read. */
    static InputStream content(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("democracy.document-empty");
        }
        try {
            return file.getInputStream();
        } catch (IOException unreadable) {
            throw DomainException.invalid("democracy.document-empty");
        }
    }

    /** What is done with an uploaded file: its name as sent, and its bytes. */
    interface Upload<T> {
        T apply(@Nullable String fileName, InputStream content) throws IOException;
    }

    /** Hands the uploaded file to {@code use}; an empty file or one that cannot be read is refused by {@code unreadable}. */
    static <T> T upload(@Nullable MultipartFile file, String unreadable, Upload<T> use) {
        try (InputStream in = content(file)) {
            return use.apply(file == null ? null : file.getOriginalFilename(), in);
        } catch (IOException broken) {
            throw DomainException.invalid(unreadable);
        }
    }

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
