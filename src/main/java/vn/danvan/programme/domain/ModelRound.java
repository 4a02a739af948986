package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.DomainException;

/** An annual registration round of models at one level; it takes registrations while open (docs/law/rules.md B4). */
public record ModelRound(
        long id,
        long bodyId,
        int year,
        UnitLevel level,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        BigDecimal threshold,
        @Nullable Instant closedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public boolean openOn(LocalDate day) {
        return closedAt == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Registration is taken only in an open round, between its first and last day. */
    public void requireOpen(LocalDate today) {
        if (closedAt != null) {
            throw DomainException.conflict("model.round-closed", title);
        }
        if (today.isBefore(opensOn) || today.isAfter(closesOn)) {
            throw DomainException.conflict(
                    "model.round-not-open-today", title, opensOn.format(DAY), closesOn.format(DAY));
        }
    }

    public static void checkDates(int year, LocalDate opensOn, LocalDate closesOn) {
        if (closesOn.isBefore(opensOn)) {
            throw DomainException.invalid("model.round-dates");
        }
        if (opensOn.getYear() != year && closesOn.getYear() != year) {
            throw DomainException.invalid("model.round-year", year);
        }
    }
}
