package vn.danvan.democracy.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.ConsultationSubject;
import vn.danvan.shared.DomainException;

/**
 * A draft put to the people of a commune for comments (Luật THDCCS 2022 Đ.25–29). It is prepared, opened from one day
 * until another, takes comments only in between, is closed (by staff, or by its last day passing), and ends with its
 * synthesis published.
 */
public record Consultation(
        long id,
        long bodyId,
        String provinceCode,
        String communeCode,
        ConsultationSubject subject,
        String title,
        @Nullable String summary,
        ConsultationStatus status,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        @Nullable LocalDate closedOn,
        @Nullable String synthesisNote,
        @Nullable LocalDate synthesisedOn,
        @Nullable Long disclosureId,
        String createdBy,
        int version) {

    /** The status as of a day: an open draft whose last day has passed is closed. */
    public ConsultationStatus statusOn(LocalDate today) {
        if (status == ConsultationStatus.OPEN && closesOn != null && today.isAfter(closesOn)) {
            return ConsultationStatus.CLOSED;
        }
        return status;
    }

    public boolean takesCommentsOn(LocalDate today) {
        return statusOn(today) == ConsultationStatus.OPEN && opensOn != null && !today.isBefore(opensOn);
    }

    /** Shown on the portal: opened, whatever came after. */
    public boolean isPublic() {
        return status != ConsultationStatus.DRAFT;
    }

    public void requireDraft() {
        if (status != ConsultationStatus.DRAFT) {
            throw DomainException.conflict("consultation.not-a-draft");
        }
    }

    /** A comment may come in today, or the reason it may not. */
    public void requireComments(LocalDate today) {
        if (status == ConsultationStatus.DRAFT) {
            throw DomainException.conflict("consultation.not-open");
        }
        if (!takesCommentsOn(today)) {
            if (opensOn != null && today.isBefore(opensOn) && status == ConsultationStatus.OPEN) {
                throw DomainException.conflict(
                        "consultation.not-yet-open",
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                .format(opensOn));
            }
            throw DomainException.conflict("consultation.closed");
        }
    }

    /** Comments are grouped and answered once the draft is open, until the synthesis is out. */
    public void requireAnswerable() {
        if (status == ConsultationStatus.DRAFT) {
            throw DomainException.conflict("consultation.not-open");
        }
        if (status == ConsultationStatus.SYNTHESISED) {
            throw DomainException.conflict("consultation.synthesised");
        }
    }

    public void requireClosedOn(LocalDate today) {
        if (statusOn(today) != ConsultationStatus.CLOSED) {
            throw DomainException.conflict(
                    status == ConsultationStatus.SYNTHESISED ? "consultation.synthesised" : "consultation.still-open");
        }
    }
}
