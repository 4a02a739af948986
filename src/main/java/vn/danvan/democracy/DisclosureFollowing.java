package vn.danvan.democracy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.domain.Disclosure;
import vn.danvan.democracy.persistence.Followers;
import vn.danvan.democracy.persistence.Followers.Follower;
import vn.danvan.notification.Mailings;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.DomainException;

/**
 * Citizens follow a commune's disclosures by e-mail: they ask, confirm through the link mailed to them, and from
 * then on each newly published item of the commune is mailed to them, each mail with a link to stop. The address
 * and the link's token are stored only sealed and as keyed digests, never logged, never in the audit trail; the
 * answer to a request does not say whether the address already follows.
 */
@Service
@Transactional
public class DisclosureFollowing {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Followers followers;
    private final OrganizationDirectory organization;
    private final ContactSecrets secrets;
    private final Mailings mailings;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DisclosureFollowing(
            Followers followers,
            OrganizationDirectory organization,
            ContactSecrets secrets,
            Mailings mailings,
            MessageSource messages,
            AuditTrail audit,
            Clock clock) {
        this.followers = followers;
        this.organization = organization;
        this.secrets = secrets;
        this.mailings = mailings;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks to follow a commune: a confirmation link goes to the address (at most one a day per address and commune).
     * An address that already follows hears nothing new.
     */
    public void follow(String communeCode, String email) {
        AdministrativeUnit commune = organization
                .commune(communeCode)
                .orElseThrow(() -> DomainException.notFound("democracy.commune-unknown"));
        String address = normalised(email);
        String token = newToken();
        Follower follower = followers.addOrFind(
                commune.code(),
                secrets.seal(address),
                secrets.digest("email", address),
                secrets.seal(token),
                tokenDigest(token));
        audit.record("disclosure.follow-requested", "follower", follower.id(), Map.of("commune", commune.code()));
        if (follower.confirmed()) {
            return;
        }
        String link = mailings.link("/portal/disclosures/follow/confirm?token=" + secrets.open(follower.tokenSealed()));
        Object[] args = {commune.fullName(), link};
        mailings.email(
                "disclosure-follow:" + follower.id() + ":" + LocalDate.now(clock),
                address,
                text("democracy.mail.confirm.subject", args),
                text("democracy.mail.confirm", args));
    }

    /** The follower the link's token names, if any. */
    @Transactional(readOnly = true)
    public Optional<String> communeOfToken(String token) {
        return followers.byToken(tokenDigest(token), false).map(Follower::communeCode);
    }

    /** Confirms the follow the link's token names. */
    public String confirm(String token) {
        Follower follower = followers
                .byToken(tokenDigest(token), true)
                .orElseThrow(() -> DomainException.notFound("democracy.follow-unknown"));
        if (!follower.confirmed()) {
            followers.confirm(follower.id());
            audit.record(
                    "disclosure.follow-confirmed",
                    "follower",
                    follower.id(),
                    Map.of("commune", follower.communeCode()));
        }
        return follower.communeCode();
    }

    /** Stops the follow the link's token names: the address is deleted. */
    public String stop(String token) {
        Follower follower = followers
                .byToken(tokenDigest(token), true)
                .orElseThrow(() -> DomainException.notFound("democracy.follow-unknown"));
        followers.remove(follower.id());
        audit.record("disclosure.follow-stopped", "follower", follower.id(), Map.of("commune", follower.communeCode()));
        return follower.communeCode();
    }

    @Transactional(readOnly = true)
    public int followersOf(String communeCode) {
        return followers.countConfirmed(communeCode);
    }

    /** A newly published item is mailed to the commune's followers, in the transaction that publishes it. */
    void announce(Disclosure disclosure) {
        var followed = followers.confirmedOf(disclosure.communeCode());
        if (followed.isEmpty()) {
            return;
        }
        String communeName = organization
                .commune(disclosure.communeCode())
                .map(AdministrativeUnit::fullName)
                .orElse(disclosure.communeCode());
        String itemLink =
                mailings.link("/portal/disclosures/" + disclosure.communeCode() + "/items/" + disclosure.id());
        for (Follower follower : followed) {
            String stopLink =
                    mailings.link("/portal/disclosures/follow/stop?token=" + secrets.open(follower.tokenSealed()));
            Object[] args = {
                communeName,
                disclosure.title(),
                text("democracy.category." + disclosure.category().name(), new Object[0]),
                disclosure.publishedOn() == null ? "" : DATE.format(disclosure.publishedOn()),
                itemLink,
                stopLink
            };
            mailings.email(
                    "disclosure:" + disclosure.id() + ":PUBLISHED",
                    secrets.open(follower.emailSealed()),
                    text("democracy.mail.published.subject", args),
                    text("democracy.mail.published", args));
        }
    }

    private static String normalised(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw DomainException.invalid("democracy.email-invalid");
        }
        return address;
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] tokenDigest(String token) {
        return secrets.digest("disclosure-follow", token.strip());
    }

    private String text(String code, Object[] args) {
        return messages.getMessage(code, args, VIETNAMESE);
    }
}
