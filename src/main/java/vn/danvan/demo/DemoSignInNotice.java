package vn.danvan.demo;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.SignInNotice;

/** The sign-in page says this is a demo, with its logins and password, once the demo data is in the database. */
@Component
@Conditional(DemoDataCondition.class)
class DemoSignInNotice implements SignInNotice {

    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private volatile boolean loaded;

    DemoSignInNotice(OrganizationDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public Optional<String> text(Locale locale) {
        if (!loaded) {
            loaded = directory.bodyByCode(DemoData.HUE).isPresent();
        }
        if (!loaded) {
            return Optional.empty();
        }
        String logins = DemoData.LOGINS.stream().map(login -> login[0]).collect(Collectors.joining(", "));
        return Optional.of(messages.getMessage("login.demo", new Object[] {logins, DemoData.PASSWORD}, locale));
    }
}
