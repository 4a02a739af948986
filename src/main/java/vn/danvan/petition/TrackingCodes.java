package vn.danvan.petition;

import java.security.SecureRandom;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Citizen tracking codes (mã tra cứu): the year and eight characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), e.g. {@code 2026-K7QM-3XRA}. Random, so a code reveals nothing and cannot be guessed.
 */
@Component
class TrackingCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    String next(LocalDate receivedOn) {
        StringBuilder code = new StringBuilder().append(receivedOn.getYear()).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
