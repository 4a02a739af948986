package vn.danvan.shared;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * The one rule for text that comes from outside, whatever the door (a JSON body, a form, a query string):
 * no longer than its field allows, no control characters but tab and line breaks (PostgreSQL refuses NUL,
 * and the others only hide things from whoever reads), valid Unicode (no lone surrogate, no noncharacter, no
 * U+FFFD: the server's decoder puts it where the bytes sent were not UTF-8, as a lone surrogate is),
 * and stored in NFC. Fields that allow less say so with {@code @Size} on their form or command.
 */
public final class InputText {

    /** The longest text any field takes: the content of a petition, a conclusion, the minutes of a dialogue. */
    public static final int LONGEST = 20_000;
    /** Names of people and bodies. */
    public static final int NAME = 200;
    /** Titles, addresses, places, positions. */
    public static final int LINE = 500;
    /** Notes, reasons, short answers. */
    public static final int NOTE = 4_000;

    private InputText() {}

    /** The message code of what is wrong with the text, or {@code null} when it may be taken in. */
    public static @Nullable String fault(CharSequence text, int longest) {
        if (text.length() > longest) {
            return "input.too-long";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "input.broken-unicode";
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                return "input.broken-unicode";
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "input.control-character";
            }
        }
        return null;
    }

    /** The text as stored (NFC), or {@link InputRejected} saying what is wrong with it. */
    public static String accept(String text, int longest) {
        String fault = fault(text, longest);
        if (fault != null) {
            throw new InputRejected(fault, longest);
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Whether a field was left empty: absent, or nothing but blanks. */
    @Contract("null -> true")
    public static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** The text without its surrounding blanks, or {@code null} when nothing is left: an empty field was left out. */
    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
