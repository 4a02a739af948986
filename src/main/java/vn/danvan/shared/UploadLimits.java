package vn.danvan.shared;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * An upload over the size limits is refused before any controller runs, so no page or API advice sees
 * it: this one answers in each door's language — problem+json for the API, the spec's error list for
 * Open311, the error page with a Vietnamese message for people.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final MessageSource messages;

    UploadLimits(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        String message = messages.getMessage("upload.too-large", null, LocaleContextHolder.getLocale());
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
            problem.setType(URI.create("https://danvan.vn/problems/upload-too-large"));
            var view = new JacksonJsonView();
            view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            view.setExtractValueFromSingleKeyModel(true);
            return new ModelAndView(view, "problem", problem);
        }
        if (path.startsWith("/open311/")) {
            var view = new JacksonJsonView();
            view.setExtractValueFromSingleKeyModel(true);
            return new ModelAndView(view, "errors", java.util.List.of(java.util.Map.of("code", 413,
                    "description", message)));
        }
        var page = new ModelAndView("error");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", 413);
        page.addObject("errorMessage", message);
        return page;
    }
}
