package vn.danvan.organization.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.danvan.organization.persistence.StaffAccounts;
import vn.danvan.shared.ReferenceCache;

/**
 * Who did it, as a timeline shows it: every timeline stores the actor as the audit trail wrote it (a staff
 * username, "system" for scheduled work, Spring Security's "anonymousUser" for a citizen on the portal, a
 * signed-in citizen's login), and every template prints it through {@code ${@actorNames.name(e.actor)}}.
 * A staff member shows by full name; a citizen never by login (an e-mail address or phone number is personal data).
 */
@Component("actorNames")
public class ActorNames {

    private static final String CACHED = "organization.actor-name";

    private final StaffAccounts staff;
    private final ReferenceCache cache;
    private final MessageSource messages;

    ActorNames(StaffAccounts staff, ReferenceCache cache, MessageSource messages) {
        this.staff = staff;
        this.cache = cache;
        this.messages = messages;
    }

    public String name(@Nullable String actor) {
        Locale locale = LocaleContextHolder.getLocale();
        if (actor == null || actor.isBlank()) {
            return "";
        }
        return switch (actor) {
            case "system" -> messages.getMessage("actor.system", null, locale);
            case "anonymousUser", "portal" -> messages.getMessage("actor.portal", null, locale);
            default -> {
                if (actor.startsWith("citizen")) {
                    yield messages.getMessage("actor.citizen", null, locale);
                }
                String fullName = cache.value(
                        CACHED,
                        actor,
                        () -> staff.findByUsername(actor)
                                .map(StaffAccounts.StaffAccount::fullName)
                                .orElse(""));
                if (!fullName.isBlank()) {
                    yield fullName;
                }
                // Not a staff account: a citizen's login (e-mail or phone) is not shown.
                yield actor.contains("@") || actor.matches("\\+?\\d[\\d .]{5,}")
                        ? messages.getMessage("actor.citizen", null, locale)
                        : actor;
            }
        };
    }
}
