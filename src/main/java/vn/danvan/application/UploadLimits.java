package vn.danvan.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.danvan.shared.Doors;

/**
 * An upload over the size limits, or a multipart body that cannot be read at all (no boundary, cut off), is
 * refused before any controller runs, so no page or API advice sees it: this one answers in each door's
 * language ({@link Doors}) — 413 or 400, never 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final MessageSource messages;

    UploadLimits(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView refused(MultipartException exception, HttpServletRequest request, HttpServletResponse response) {
        boolean tooLarge = exception instanceof MaxUploadSizeExceededException;
        String code = tooLarge ? "upload.too-large" : "input.unreadable";
        return Doors.answer(
                request,
                response,
                tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                code.replace('.', '-'),
                messages.getMessage(code, null, LocaleContextHolder.getLocale()));
    }
}
