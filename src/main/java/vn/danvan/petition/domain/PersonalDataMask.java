package vn.danvan.petition.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.petition.PetitionerIdentity;

/**
 * Masks personal data in a text that is about to be published: e-mail addresses, phone numbers, identity
 * document numbers, and the names and address the petitioner gave. What cannot be recognised here (a
 * neighbour's name written in the answer) is the answering officer's duty; the page tells them so.
 */
public final class PersonalDataMask {

    public static final String MASK = "***";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\+84|0084|0)([\\s.\\-]?\\d){8,10}(?![\\d])");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\d])(\\d{12}|\\d{9})(?![\\d])");
    /** "ông Nguyễn Văn A", "Bà Hoa": a form of address followed by capitalised words is taken for a name. */
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "(?<!\\p{L})([Bb]à|[Ôô]ng|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Cc]ụ)\\s+\\p{Lu}\\p{Ll}*(\\s+\\p{Lu}\\p{Ll}*){0,3}");

    private PersonalDataMask() {}

    /** What a petitioner's identity makes personal in a text about them: names, address, contacts, numbers. */
    public static List<String> personalStrings(PetitionerIdentity identity) {
        List<String> personal = new ArrayList<>();
        personal.add(identity.fullName());
        personal.add(identity.address());
        personal.add(identity.phone());
        personal.add(identity.email());
        personal.add(identity.idNumber());
        personal.addAll(identity.representatives());
        return personal;
    }

    public static String mask(String text, Collection<String> knownPersonalStrings) {
        String masked = text;
        for (String known : knownPersonalStrings) {
            if (known != null && known.strip().length() >= 2) {
                masked = Pattern.compile(Pattern.quote(known.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(masked)
                        .replaceAll(MASK);
            }
        }
        masked = EMAIL.matcher(masked).replaceAll(MASK);
        masked = PHONE.matcher(masked).replaceAll(MASK);
        masked = ID_NUMBER.matcher(masked).replaceAll(MASK);
        Matcher names = HONORIFIC_NAME.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, Matcher.quoteReplacement(names.group(1) + " " + MASK));
        }
        names.appendTail(out);
        return out.toString();
    }
}
