package vn.danvan.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as danvan stores and searches it. Text is stored in NFC; searching uses a folded
 * form without diacritics or tone marks, so "Hòa", "Hoà" (old and new tone-mark placement) and "hoa"
 * all match, and đ matches d. Both forms are made on every petition taken in, so they are written as
 * one pass over the characters rather than regular expressions.
 */
public final class VietnameseText {

    private VietnameseText() {}

    /** The stored form: Unicode NFC with trimmed, single spaces. */
    public static String canonical(String text) {
        return singleSpaced(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** The search form: lower case, no diacritics, no tone marks, đ → d, single spaces. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder unmarked = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (!isMark(c)) {
                unmarked.appendCodePoint(c == 'đ' || c == 'Đ' ? 'd' : c);
            }
        });
        return singleSpaced(unmarked.toString().toLowerCase(Locale.ROOT));
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Without leading or trailing white space, and each run of spaces, tabs or line breaks one space. */
    private static String singleSpaced(String text) {
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean inSpaces = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpaces) {
                out.append(' ');
            }
            inSpaces = space;
        }
        return out.toString();
    }
}
