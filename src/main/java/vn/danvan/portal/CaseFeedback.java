package vn.danvan.portal;

import java.time.LocalDate;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.petition.OnlinePetitions;
import vn.danvan.petition.OnlinePetitions.PublicCase;
import vn.danvan.petition.PetitionReference;
import vn.danvan.portal.domain.PortalSettings;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/**
 * After a case is finished its author rates the handling (1–5 and a comment, once), or reopens it within
 * the configured window. The tracking code finds the case but proves nothing (it travels in links, e-mails
 * and lists): the author proves authorship by being the signed-in citizen account that sent the case, or by
 * the receipt secret given only on the receipt ({@link ReceiptSecrets}). A case without a secret (sent before
 * secrets existed) may be rated or reopened only by its signed-in author.
 */
@Service
public class CaseFeedback {

    public record Rating(int score, @Nullable String comment, LocalDate ratedOn) {
    }

    /** What the person acting shows: the signed-in citizen account, and the receipt secret they typed. */
    public record Proof(@Nullable Long citizenId, @Nullable String secret) {

        public static Proof secret(@Nullable String secret) {
            return new Proof(null, secret);
        }

        public static Proof signedIn(long citizenId) {
            return new Proof(citizenId, null);
        }
    }

    private final OnlinePetitions petitions;
    private final PortalSettings settings;
    private final ReceiptSecrets secrets;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseFeedback(OnlinePetitions petitions, PortalSettings settings, ReceiptSecrets secrets, JdbcClient jdbc,
            AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.petitions = petitions;
        this.settings = settings;
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void rate(String trackingCode, int score, @Nullable String comment, Proof proof) {
        PublicCase found = finishedCase(trackingCode);
        if (score < 1 || score > 5) {
            throw DomainException.invalid("portal.rating-out-of-range");
        }
        if (comment != null && comment.length() > 2000) {
            throw DomainException.invalid("portal.comment-too-long");
        }
        authorize(found, proof);
        transactions.executeWithoutResult(status -> {
            int inserted = jdbc.sql("""
                    insert into portal.rating (petition_id, body_id, score, comment, rated_on) values (?, ?, ?, ?, ?)
                    on conflict (petition_id) do nothing
                    """).params(found.id(), found.bodyId(), score,
                    InputText.blankToNull(comment), LocalDate.now(clock)).update();
            if (inserted == 0) {
                throw DomainException.conflict("portal.already-rated");
            }
            audit.record("portal.rated", "petition", found.id(), Map.of("score", score));
        });
    }

    @Transactional(readOnly = true)
    public Optional<Rating> rating(long petitionId) {
        return jdbc.sql("select score, comment, rated_on from portal.rating where petition_id = ?").param(petitionId)
                .query((rs, n) -> new Rating(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    /** The last day the author may reopen, or empty when the case is not finished. */
    public Optional<LocalDate> reopenUntil(PublicCase found) {
        return Optional.ofNullable(found.finishedOn()).map(d -> d.plusDays(settings.reopenWindowDays()));
    }

    /** Whether the signed-in citizen is the author of the case (their own cases need no secret). */
    @Transactional(readOnly = true)
    public boolean isAuthor(PublicCase found, @Nullable Long citizenId) {
        return citizenId != null && citizenId.equals(author(found.id()));
    }

    /** Whether the case has a receipt secret; one without may be rated or reopened only by its signed-in author. */
    @Transactional(readOnly = true)
    public boolean hasSecret(PublicCase found) {
        return secrets.exists(found.id());
    }

    public PetitionReference reopen(String trackingCode, String reason, Proof proof) {
        PublicCase found = finishedCase(trackingCode);
        LocalDate until = reopenUntil(found).orElseThrow();
        if (LocalDate.now(clock).isAfter(until)) {
            throw DomainException.conflict("portal.reopen-window-passed", until);
        }
        authorize(found, proof);
        return transactions.execute(status -> {
            PetitionReference reopened = petitions.reopen(found.trackingCode(), reason);
            // The contact given with the first case follows the reopened one, so the author is told about it
            // too; so do the account and the receipt secret, so the same author may rate or reopen it again.
            jdbc.sql("""
                    insert into portal.submission (petition_id, tracking_code, body_id, citizen_id, client, request_key,
                        email_sealed, phone_sealed, locale, consent_version, consented_at, ip)
                    select ?, ?, body_id, citizen_id, 'reopen', ?, email_sealed, phone_sealed, locale, consent_version,
                        consented_at, ip
                    from portal.submission where petition_id = ?
                    """).params(reopened.id(), reopened.trackingCode(), reopened.trackingCode(), found.id()).update();
            secrets.copy(found.id(), reopened.id());
            audit.record("portal.reopened", "petition", found.id(), Map.of("reopenedAs", reopened.trackingCode()));
            return reopened;
        });
    }

    /** The signed-in author, or the right secret; anyone else holding the code is refused and nothing is written. */
    private void authorize(PublicCase found, Proof proof) {
        if (isAuthor(found, proof.citizenId())) {
            return;
        }
        if (proof.secret() == null || proof.secret().isBlank()) {
            throw DomainException.forbidden(secrets.exists(found.id()) ? "portal.secret-required"
                    : "portal.author-sign-in-required");
        }
        switch (secrets.check(found.id(), proof.secret())) {
            case ACCEPTED -> {
            }
            case NONE -> throw DomainException.forbidden("portal.author-sign-in-required");
            case WRONG -> {
                audit.recordRefusal("portal.secret-wrong", "petition", found.id(), Map.of());
                throw DomainException.forbidden("portal.secret-wrong");
            }
            case LOCKED -> {
                audit.recordRefusal("portal.secret-locked", "petition", found.id(), Map.of());
                throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "portal.secret-locked",
                        ReceiptSecrets.ATTEMPTS_PER_HOUR);
            }
        }
    }

    private @Nullable Long author(long petitionId) {
        return jdbc.sql("select citizen_id from portal.submission where petition_id = ? and citizen_id is not null")
                .param(petitionId).query(Long.class).optional().orElse(null);
    }

    private PublicCase finishedCase(String trackingCode) {
        PublicCase found = petitions.track(trackingCode)
                .orElseThrow(() -> DomainException.notFound("portal.case-not-found", trackingCode));
        if (!found.finished()) {
            throw DomainException.conflict("portal.case-not-finished");
        }
        return found;
    }
}
