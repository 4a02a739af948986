package vn.danvan.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** On rendered pages, a refused request renders the error page with its Vietnamese message and status. */
@ControllerAdvice(annotations = RenderedPages.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException exception, HttpServletResponse response) {
        response.setStatus(exception.status().value());
        var page = new ModelAndView("error");
        page.setStatus(exception.status());
        page.addObject("status", exception.status().value());
        page.addObject("errorMessage", messages.getMessage(exception.code(), exception.arguments(), exception.code(),
                LocaleContextHolder.getLocale()));
        return page;
    }
}
