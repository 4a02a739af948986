package vn.danvan.programme.domain;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;

/**
 * A coordination agreement (quy chế phối hợp, QĐ 23-QĐ/TW 2021) between a lead body — Ban Dân vận, the Front — and
 * agencies, police, the military command, border guards: its parties (the lead among them) and its period.
 */
public record Agreement(
        long id,
        long leadBodyId,
        String title,
        @Nullable String number,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo,
        Set<Long> partyBodyIds) {

    public Agreement {
        partyBodyIds = Set.copyOf(partyBodyIds);
    }

    /** At least two parties, the lead among them; a period in order; signed before it ends and not in the future. */
    public static void check(
            long leadBodyId,
            Set<Long> parties,
            LocalDate signedOn,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate today) {
        if (!parties.contains(leadBodyId) || parties.size() < 2) {
            throw DomainException.invalid("agreement.parties-required");
        }
        if (validTo.isBefore(validFrom)) {
            throw DomainException.invalid("agreement.period-reversed");
        }
        if (signedOn.isAfter(today) || signedOn.isAfter(validTo)) {
            throw DomainException.invalid("agreement.signed-on-invalid");
        }
    }

    public boolean party(long bodyId) {
        return partyBodyIds.contains(bodyId);
    }

    /** A joint task is owned by one of the parties and falls due within the agreement's period. */
    public void checkTask(long ownerBodyId, LocalDate dueOn) {
        if (!party(ownerBodyId)) {
            throw DomainException.invalid("agreement.owner-not-a-party");
        }
        if (dueOn.isBefore(validFrom) || dueOn.isAfter(validTo)) {
            throw DomainException.invalid("agreement.task-due-outside-period", validFrom, validTo);
        }
    }

    /** A joint review is held once the agreement has started, on a day that has come. */
    public void checkReview(LocalDate heldOn, LocalDate today) {
        if (heldOn.isBefore(validFrom) || heldOn.isAfter(today)) {
            throw DomainException.invalid("agreement.review-day-invalid");
        }
    }
}
