package vn.danvan.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.CitizenDesk.PublicCase;
import vn.danvan.petition.PetitionReference;
import vn.danvan.portal.domain.PortalSettings;
import vn.danvan.portal.domain.Rating;
import vn.danvan.portal.persistence.Ratings;
import vn.danvan.portal.persistence.Submissions;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * After a case is finished its author rates the handling (1–5 and a comment, once), or reopens it within
 * the configured window. The tracking code finds the case but proves nothing (it travels in links, e-mails
 * and lists): the author proves authorship by being the signed-in citizen account that sent the case, or by
 * the receipt secret given only on the receipt ({@link ReceiptSecrets}). A case without a secret (sent before
 * secrets existed) may be rated or reopened only by its signed-in author.
 */
@Service
public class CaseFeedback {

    /** What the person acting shows: the signed-in citizen account, and the receipt secret they typed. */
    public record Proof(@Nullable Long citizenId, @Nullable String secret) {

        public static Proof secret(@Nullable String secret) {
            return new Proof(null, secret);
        }

        public static Proof signedIn(long citizenId) {
            return new Proof(citizenId, null);
        }
    }

    private final CitizenDesk petitions;
    private final PortalSettings settings;
    private final ReceiptSecrets secrets;
    private final Ratings ratings;
    private final Submissions submissions;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseFeedback(
            CitizenDesk petitions,
            PortalSettings settings,
            ReceiptSecrets secrets,
            Ratings ratings,
            Submissions submissions,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.petitions = petitions;
        this.settings = settings;
        this.secrets = secrets;
        this.ratings = ratings;
        this.submissions = submissions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void rate(String trackingCode, int score, @Nullable String comment, Proof proof) {
        PublicCase found = finishedCase(trackingCode);
        Rating rating = Rating.given(score, comment, LocalDate.now(clock));
        authorize(found, proof);
        transactions.executeWithoutResult(status -> {
            if (!ratings.add(found.id(), found.bodyId(), rating)) {
                throw DomainException.conflict("portal.already-rated");
            }
            audit.record("portal.rated", "petition", found.id(), Map.of("score", score));
        });
    }

    @Transactional(readOnly = true)
    public Optional<Rating> rating(long petitionId) {
        return ratings.of(petitionId);
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
            submissions.copyForReopened(found.id(), reopened.id(), reopened.trackingCode());
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
            throw DomainException.forbidden(
                    secrets.exists(found.id()) ? "portal.secret-required" : "portal.author-sign-in-required");
        }
        switch (secrets.check(found.id(), proof.secret())) {
            case ACCEPTED -> {}
            case NONE -> throw DomainException.forbidden("portal.author-sign-in-required");
            case WRONG -> {
                audit.recordRefusal("portal.secret-wrong", "petition", found.id(), Map.of());
                throw DomainException.forbidden("portal.secret-wrong");
            }
            case LOCKED -> {
                audit.recordRefusal("portal.secret-locked", "petition", found.id(), Map.of());
                throw new DomainException(
                        HttpStatus.TOO_MANY_REQUESTS, "portal.secret-locked", ReceiptSecrets.ATTEMPTS_PER_HOUR);
            }
        }
    }

    private @Nullable Long author(long petitionId) {
        return submissions.author(petitionId).orElse(null);
    }

    private PublicCase finishedCase(String trackingCode) {
        PublicCase found = petitions
                .track(trackingCode)
                .orElseThrow(() -> DomainException.notFound("portal.case-not-found", trackingCode));
        if (!found.finished()) {
            throw DomainException.conflict("portal.case-not-finished");
        }
        return found;
    }
}
