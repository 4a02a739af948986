package vn.danvan.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the app runs and the demo logins, once it is ready. */
@Component
@Conditional(DemoDataCondition.class)
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        StringBuilder banner = new StringBuilder("\n\n  danvan is ready: http://localhost:")
                .append(port)
                .append("/\n")
                .append("  Demo logins (password for all: ")
                .append(DemoData.PASSWORD)
                .append("):\n");
        DemoData.LOGINS.forEach(login -> banner.append("    ")
                .append(String.format("%-9s", login[0]))
                .append(" — ")
                .append(login[1])
                .append('\n'));
        banner.append("  API: http://localhost:")
                .append(port)
                .append("/swagger-ui.html (HTTP Basic as quantri, the ")
                .append("administrator; client systems use a bearer token from /account/tokens)\n");
        banner.append("  Citizens' portal: http://localhost:").append(port).append("/portal\n");
        banner.append("  Open311: http://localhost:")
                .append(port)
                .append("/open311/v2/services.json (demo api_key ")
                .append(DemoData.OPEN311_KEY)
                .append(")\n");
        log.info(banner.toString());
    }
}
