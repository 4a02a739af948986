package vn.danvan.portal.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the portal takes an e-mail address or a phone number it is given: normalised, or {@code null} if not one. */
public final class ContactAddress {

    private ContactAddress() {}

    /** In lower case, when it looks like an address of at most 254 characters. */
    public static @Nullable String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String value = email.strip().toLowerCase(Locale.ROOT);
        return value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && value.length() <= 254 ? value : null;
    }

    /** Vietnamese numbers as 0xxxxxxxxx ({@link ContactKeys#canonicalPhone(String)}). */
    public static @Nullable String phone(@Nullable String phone) {
        return ContactKeys.canonicalPhone(phone);
    }
}
