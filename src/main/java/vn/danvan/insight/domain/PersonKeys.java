package vn.danvan.insight.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.VietnameseText;

/**
 * The same person, by what a petitioner writes about themselves: the name (diacritics, tone-mark placement and case
 * folded, so "Nguyễn Văn Hoà" and "NGUYEN VAN HOA" agree) together with the ID number, the phone number (Vietnamese
 * forms +84/84/0 agree) and the e-mail address. A name alone is never a key: too many people share one. The keys are
 * only ever stored as keyed digests (docs/security.md, "Same-matter matcher").
 */
public final class PersonKeys {

    private PersonKeys() {}

    /** The person keys, each as "kind:canonical value"; empty when nothing identifies the person. */
    public static List<String> of(
            @Nullable String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email) {
        List<String> keys = new ArrayList<>(3);
        String id =
                idNumber == null ? "" : idNumber.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        String name = fullName == null
                ? ""
                : VietnameseText.fold(fullName)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .trim();
        if (!id.isEmpty() && !name.isEmpty()) {
            keys.add("name-id:" + name + "|" + id);
        }
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        if (digits.length() >= 9) {
            keys.add("phone:" + digits);
        }
        String mail = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (mail.contains("@")) {
            keys.add("email:" + mail);
        }
        return keys;
    }
}
