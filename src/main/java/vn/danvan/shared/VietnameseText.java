package vn.danvan.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as danvan stores and searches it. Text is stored in NFC; searching uses a folded
 * form without diacritics or tone marks, so "Hòa", "Hoà" (old and new tone-mark placement) and "hoa"
 * all match, and đ matches d.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** The stored form: Unicode NFC with trimmed, single spaces. */
    public static String canonical(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** The search form: lower case, no diacritics, no tone marks, đ → d, single spaces. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(withoutMarks.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip())
                .replaceAll(" ");
    }
}
