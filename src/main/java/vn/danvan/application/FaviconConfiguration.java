package vn.danvan.application;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /favicon.ico}, which browsers and feed readers ask for whatever the page's {@code <link rel="icon">} says:
 * the SVG icon drawn at 32 and 48 px (PNG in an ICO), open to strangers and cached for a week, so that it is neither
 * a 404 nor a redirect to the sign-in page in the logs.
 */
@Configuration(proxyBeanMethods = false)
class FaviconConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
