package vn.danvan.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The path and every query and form parameter of every request pass {@link InputText} before anything reads them —
 * the sign-in forms, the CSRF check and Open311's parameter map included — and a body the server cannot
 * read as parameters ({@code %%%}, more than the server takes) is refused as the client's error (400, 413)
 * instead of failing later in whatever reads it first. Multipart forms are left to the data binder
 * ({@link InputBinding}), since reading their parameters here would read their files too.
 * <p>
 * Also: {@code /error} asked for directly is not an error that happened; it answers 404.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InputScreening extends OncePerRequestFilter {

    /** Set by Tomcat when it could not parse the parameters; the value says why. */
    private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

    private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    private final MessageSource messages;
    private final LocaleResolver locales;

    InputScreening(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/error".equals(request.getRequestURI())) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String pathFault = InputText.fault(path, InputText.LONGEST);
        if (pathFault != null) {
            refuse(request, response, HttpStatus.BAD_REQUEST, pathFault);
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            Map<String, String[]> parameters;
            try {
                parameters = request.getParameterMap();
            } catch (RuntimeException unreadable) {
                refuse(
                        request,
                        response,
                        tooLarge(unreadable.toString()) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                        "input.unreadable");
                return;
            }
            Object failed = request.getAttribute(PARSE_FAILED);
            if (failed != null) {
                refuse(
                        request,
                        response,
                        tooLarge(String.valueOf(request.getAttribute(PARSE_FAILED_REASON)))
                                ? HttpStatus.CONTENT_TOO_LARGE
                                : HttpStatus.BAD_REQUEST,
                        "input.unreadable");
                return;
            }
            String fault = fault(parameters);
            if (fault != null) {
                refuse(request, response, HttpStatus.BAD_REQUEST, fault);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String fault(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            String fault = InputText.fault(parameter.getKey(), InputText.NAME);
            for (int i = 0; fault == null && i < parameter.getValue().length; i++) {
                fault = InputText.fault(parameter.getValue()[i], InputText.LONGEST);
            }
            if (fault != null) {
                return fault;
            }
        }
        return null;
    }

    private static boolean tooLarge(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        return lower.contains("too_large")
                || lower.contains("too large")
                || lower.contains("maxpostsize")
                || lower.contains("too_many")
                || lower.contains("size");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        String message = Objects.requireNonNull(
                messages.getMessage(code, new Object[] {InputText.LONGEST}, code, locales.resolveLocale(request)),
                "the code is the default message");
        Doors.write(request, response, status, code, message);
    }
}
