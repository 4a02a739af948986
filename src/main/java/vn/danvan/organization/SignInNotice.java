package vn.danvan.organization;

import java.util.Locale;
import java.util.Optional;

/** A line for the staff sign-in page from another module (the demo says it is one, with its logins). */
@FunctionalInterface
public interface SignInNotice {

    Optional<String> text(Locale locale);
}
