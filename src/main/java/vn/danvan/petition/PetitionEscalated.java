package vn.danvan.petition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A step of the escalation ladder was taken on an overdue case (once per step and deadline). Names whom to tell:
 * the case's handler, the head of a body, the staff of an inspectorate; each may be absent.
 *
 * @param step the step's number, from 1
 * @param due the deadline that was missed
 * @param workingDaysOverdue working days since that deadline
 */
public record PetitionEscalated(
        long petitionId,
        String trackingCode,
        long bodyId,
        int step,
        LocalDate due,
        int workingDaysOverdue,
        @Nullable Long handlerId,
        @Nullable Long headOfBodyId,
        @Nullable Long inspectorateId,
        LocalDate on) {}
