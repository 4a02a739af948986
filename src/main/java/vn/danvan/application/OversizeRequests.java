package vn.danvan.application;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import vn.danvan.shared.Doors;

/**
 * A multipart request that announces more than the request bound ({@code spring.servlet.multipart.max-request-size})
 * is answered 413 with the limits, in the door's language, before anything reads it. Otherwise the first reader of a
 * parameter — the CSRF check of a staff upload form, whose token travels in the body — fails on the unread body, and
 * the container's error page (English, a stack of jargon) is all the officer would see; the error dispatch cannot help,
 * since it would read the same body again. The page is written whole here, self-contained, for the same reason.
 */
@Configuration(proxyBeanMethods = false)
class OversizeRequests {

    @Bean
    FilterRegistrationBean<Refusal> oversizeRequestsRefused(
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize,
            MessageSource messages,
            LocaleResolver locales) {
        var registration = new FilterRegistrationBean<>(new Refusal(maxRequestSize.toBytes(), messages, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static final class Refusal extends OncePerRequestFilter {
        private final long maxRequestBytes;
        private final MessageSource messages;
        private final LocaleResolver locales;

        Refusal(long maxRequestBytes, MessageSource messages, LocaleResolver locales) {
            this.maxRequestBytes = maxRequestBytes;
            this.messages = messages;
            this.locales = locales;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String type = request.getContentType();
            return type == null
                    || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                    || request.getContentLengthLong() <= maxRequestBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException {
            Locale locale = locales.resolveLocale(request);
            String message = messages.getMessage("upload.too-large", null, locale);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setHeader(
                    "Connection", "close"); // the body is not read: the connection cannot carry another request
            response.setCharacterEncoding("UTF-8");
            String path = request.getRequestURI();
            if (path.startsWith("/api/") || path.startsWith("/open311/")) {
                Doors.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", message);
                return;
            }
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, locale), "UTF-8");
            String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale), "UTF-8");
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                            + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"/css/danvan.css\">"
                            + "</head><body><main id=\"main\"><section class=\"narrow\"><h1>" + title + "</h1><p>"
                            + HtmlUtils.htmlEscape(message, "UTF-8") + "</p><p><a href=\"/\">" + home
                            + "</a></p></section></main></body></html>");
        }
    }
}
