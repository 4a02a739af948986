package vn.danvan.petition.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Citizen tracking codes (mã tra cứu): the year and sixteen characters in four groups from an alphabet
 * without look-alikes (no 0/O, 1/I/L), e.g. {@code 2026-K7QM-3XRA-P9TD-HW4E}. Random, so a code reveals
 * nothing; 31^16 ≈ 7.3·10^23 codes a year (79 bits) make guessing hopeless even at the lookup limit from
 * many addresses (docs/security.md gives the figures). Codes of the earlier, shorter format
 * ({@code 2026-K7QM-3XRA}) stay valid: a code is looked up as written, whatever its length.
 */
@Component
public class TrackingCodes {

    public static final int GROUPS = 4;
    public static final int GROUP_LENGTH = 4;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    /**
     * A code as a person may type it — lower case, with spaces, without the dashes or with other dashes — in the
     * form it was issued: upper case, the year, then groups of four. Anything that does not look like a code
     * (another length) comes back stripped and upper-cased only, so it is still looked up as written.
     */
    public static String normalise(String typed) {
        String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015.]", "");
        if (!compact.matches("\\d{4}[A-Z0-9]{8,}") || (compact.length() - 4) % GROUP_LENGTH != 0) {
            return typed.strip().toUpperCase(Locale.ROOT);
        }
        StringBuilder code = new StringBuilder(compact.substring(0, 4));
        for (int at = 4; at < compact.length(); at += GROUP_LENGTH) {
            code.append('-').append(compact, at, at + GROUP_LENGTH);
        }
        return code.toString();
    }

    public String next(LocalDate receivedOn) {
        StringBuilder code = new StringBuilder().append(receivedOn.getYear());
        for (int group = 0; group < GROUPS; group++) {
            code.append('-');
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }
}
