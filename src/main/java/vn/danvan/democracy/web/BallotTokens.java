package vn.danvan.democracy.web;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.danvan.shared.ContactSecrets;

/**
 * The ballot token a matter page gives a signed-in representative (or delegate) for each household they may vote
 * for: an HMAC-SHA-256 (the application's configured key, {@link ContactSecrets}) over the matter, the household,
 * the account and the matter's close. A vote carries it instead of a session cookie and a CSRF token, so casting a
 * vote loads and writes no session (docs/adr/0005-ballot-tokens.md). The token proves only who the page was shown
 * to; the vote statement still checks that the account represents the household (or holds its delegation) at the
 * moment of the vote, that the matter is open and before its close.
 */
@Component
public class BallotTokens {

    private static final String KIND = "ballot-token";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern TOKEN =
            Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,18})\\.([A-Za-z0-9_-]{43})");

    /** What a valid token says. */
    public record Ballot(long matterId, long householdId, long citizenId, Instant closesAt) {}

    private final ContactSecrets secrets;

    BallotTokens(ContactSecrets secrets) {
        this.secrets = secrets;
    }

    public String issue(long matterId, long householdId, long citizenId, Instant closesAt) {
        String payload = matterId + "." + householdId + "." + citizenId + "." + closesAt.getEpochSecond();
        return payload + "." + ENCODER.encodeToString(secrets.digest(KIND, payload));
    }

    /** The ballot of a token this application issued, unaltered; nothing for any other text. */
    public Optional<Ballot> verify(String token) {
        Matcher parts = TOKEN.matcher(token);
        if (token.length() > 160 || !parts.matches()) {
            return Optional.empty();
        }
        String payload = token.substring(0, parts.start(5) - 1);
        if (!MessageDigest.isEqual(secrets.digest(KIND, payload), DECODER.decode(parts.group(5)))) {
            return Optional.empty();
        }
        return Optional.of(new Ballot(
                Long.parseLong(parts.group(1)),
                Long.parseLong(parts.group(2)),
                Long.parseLong(parts.group(3)),
                Instant.ofEpochSecond(Long.parseLong(parts.group(4)))));
    }
}
