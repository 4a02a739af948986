package vn.danvan.portal.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.danvan.shared.ContactSecrets;

/**
 * Whom a contact reaches, as the limits count it: one key for all the spellings of one mailbox or one phone,
 * kept as a keyed digest ({@link ContactSecrets}), never in clear. {@code A.B+x@GMail.com}, {@code ab@gmail.com}
 * and {@code ab@googlemail.com} are one mailbox; {@code +84 912.345.678}, {@code 84912345678} and
 * {@code 0912345678} one phone.
 */
@Component
public class ContactKeys {

    private final ContactSecrets secrets;

    ContactKeys(ContactSecrets secrets) {
        this.secrets = secrets;
    }

    public byte @Nullable [] email(@Nullable String email) {
        String canonical = canonicalEmail(email);
        return canonical == null ? null : secrets.digest("email", canonical);
    }

    public byte @Nullable [] phone(@Nullable String phone) {
        String canonical = canonicalPhone(phone);
        return canonical == null ? null : secrets.digest("phone", canonical);
    }

    /**
     * Lower case, without the {@code +tag} of the local part (every large provider delivers {@code a+x@} to
     * {@code a@}); Gmail also ignores dots in the local part and answers for googlemail.com.
     */
    public static @Nullable String canonicalEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String value = email.strip().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return null;
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /**
     * A Vietnamese number as its national form {@code 0xxxxxxxxx}, whichever way it was written: {@code +84},
     * {@code 0084} or {@code 84} before the subscriber number, spaces, dots, dashes and brackets between digits.
     */
    public static @Nullable String canonicalPhone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.strip().replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0084")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("84") && digits.length() >= 11 && digits.length() <= 12) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0\\d{9,10}") ? digits : null;
    }
}
