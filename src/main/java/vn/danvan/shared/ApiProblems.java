package vn.danvan.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where the REST API turns errors into RFC 9457 problem+json, with a Vietnamese
 * {@code detail} by default (English when the client asks for it with Accept-Language).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_PREFIX = "https://danvan.vn/problems/";

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException exception, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                exception.status(),
                messages.getMessage(exception.code(), exception.arguments(), exception.code(), locale));
        problem.setType(URI.create(TYPE_PREFIX + exception.code()));
        problem.setTitle(messages.getMessage(
                "problem.title." + exception.status().value(),
                null,
                exception.status().getReasonPhrase(),
                locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", exception.code());
        return ResponseEntity.status(exception.status()).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(
            ConstraintViolationException exception, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.validation", null, locale));
        problem.setType(URI.create(TYPE_PREFIX + "validation"));
        problem.setTitle(messages.getMessage("problem.title.400", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", "validation");
        problem.setProperty(
                "errors",
                exception.getConstraintViolations().stream()
                        .map(violation -> Map.of(
                                "field",
                                String.valueOf(violation.getPropertyPath()),
                                "message",
                                violation.getMessage()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that could not be read: with the field that spoilt it, and — when that field broke the rules of
     * {@link InputText} or {@link LawfulDates} — what is wrong with it, in Vietnamese.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("problemDetail." + HttpMessageNotReadableException.class.getName(), null, locale));
        problem.setType(URI.create(TYPE_PREFIX + "unreadable"));
        problem.setTitle(messages.getMessage("problem.title.400", null, locale));
        problem.setProperty("code", "unreadable");
        if (exception.getCause() instanceof JacksonException unreadable
                && !unreadable.getPath().isEmpty()) {
            String field = unreadable.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", field);
            error.put("message", fieldMessage(unreadable, error, locale));
            problem.setProperty("errors", List.of(error));
            problem.setDetail(messages.getMessage(
                    "problem.unreadable-field", new Object[] {field, error.get("message")}, locale));
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * What is wrong with one field of an unreadable body: a rule of {@link InputText} or {@link LawfulDates}, a value
     * outside an enumeration (with the values allowed, also put in {@code error} as {@code allowed}), or a value of
     * the wrong type (with the type expected).
     */
    private String fieldMessage(JacksonException unreadable, Map<String, Object> error, Locale locale) {
        String reason = unreadable.getOriginalMessage();
        if (reason != null && reason.contains("input.")) {
            String code = reason.substring(reason.indexOf("input.")).split("[^a-z.-]")[0];
            Object[] arguments = code.startsWith("input.date")
                    ? new Object[] {
                        LawfulDates.EARLIEST.getYear(), LawfulDates.latest().getYear()
                    }
                    : new Object[] {InputText.LONGEST};
            return messages.getMessage(code, arguments, locale);
        }
        if (unreadable instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                List<String> allowed = Arrays.stream(target.getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name())
                        .toList();
                error.put("allowed", allowed);
                Object value = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
                return messages.getMessage(
                        "input.enum-unknown",
                        new Object[] {value == null ? "" : String.valueOf(value), String.join(", ", allowed)},
                        locale);
            }
            return messages.getMessage(
                    "input.type-mismatch",
                    new Object[] {messages.getMessage("input.type." + typeName(target), null, locale)},
                    locale);
        }
        return messages.getMessage("typeMismatch", null, locale);
    }

    private static String typeName(Class<?> target) {
        if (target == boolean.class || target == Boolean.class) {
            return "boolean";
        }
        if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
            return "number";
        }
        if (target == String.class) {
            return "text";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "date";
        }
        if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return "list";
        }
        return "object";
    }

    /**
     * Every problem this handler answers gets the Vietnamese (or English) title of its status, not Spring's English
     * reason phrase; a query or path parameter outside an enumeration names the values allowed.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception exception,
            @Nullable Object body,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(exception, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            Locale locale = LocaleContextHolder.getLocale();
            problem.setTitle(messages.getMessage(
                    "problem.title." + problem.getStatus(),
                    null,
                    HttpStatus.valueOf(problem.getStatus()).getReasonPhrase(),
                    locale));
            if (exception instanceof MethodArgumentTypeMismatchException mismatch
                    && mismatch.getRequiredType() != null
                    && mismatch.getRequiredType().isEnum()) {
                List<String> allowed = Arrays.stream(mismatch.getRequiredType().getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name())
                        .toList();
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", mismatch.getName());
                error.put(
                        "message",
                        messages.getMessage(
                                "input.enum-unknown",
                                new Object[] {String.valueOf(mismatch.getValue()), String.join(", ", allowed)},
                                locale));
                error.put("allowed", allowed);
                problem.setProperty("errors", List.of(error));
            }
        }
        return answer;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = exception.getBody();
        problem.setType(URI.create(TYPE_PREFIX + "validation"));
        problem.setTitle(messages.getMessage("problem.title.400", null, locale));
        problem.setDetail(messages.getMessage("problem.validation", null, locale));
        problem.setProperty("code", "validation");
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map((FieldError error) ->
                        Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(exception, problem, headers, status, request);
    }
}
