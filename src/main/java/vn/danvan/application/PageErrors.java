package vn.danvan.application;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputRejected;
import vn.danvan.shared.RenderedPages;

/** On rendered pages, a refused request renders the error page with its Vietnamese message and status. */
@ControllerAdvice(annotations = RenderedPages.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException exception, HttpServletResponse response) {
        return page(exception.status(), exception.code(), exception.arguments(), response);
    }

    /** Text or a date no door takes ({@link vn.danvan.shared.InputText}, {@link vn.danvan.shared.LawfulDates}): 400 with what is wrong. */
    @ExceptionHandler(InputRejected.class)
    ModelAndView rejected(InputRejected exception, HttpServletResponse response) {
        return page(exception.getStatusCode(), exception.code(), exception.getDetailMessageArguments(), response);
    }

    private ModelAndView page(
            HttpStatusCode status, String code, Object @Nullable [] arguments, HttpServletResponse response) {
        response.setStatus(status.value());
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("errorMessage", messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale()));
        return page;
    }
}
