package vn.danvan.democracy.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.DecisionForm;
import vn.danvan.democracy.MatterCategory;

/**
 * A matter the households decide (Luật THDCCS 2022 Đ.15): of one hamlet, or of every hamlet of the commune when
 * {@code hamletId} is null; its form, and once decided its figures and result, then its recognition where the law
 * asks for one (k3–k5, Đ.21).
 */
public record Matter(
        long id,
        long bodyId,
        String communeCode,
        @Nullable Long hamletId,
        @Nullable String hamletName,
        MatterCategory category,
        DecisionForm form,
        boolean secret,
        String title,
        String question,
        @Nullable Integer initiativeHouseholds,
        @Nullable Integer onlineAgreedHouseholds,
        Instant closesAt,
        Status status,
        @Nullable Boolean passed,
        @Nullable Integer householdsTotal,
        @Nullable Integer takingPart,
        @Nullable Integer agree,
        @Nullable Integer disagree,
        @Nullable Integer hamletsTotal,
        @Nullable Integer hamletsPassed,
        @Nullable Instant decidedAt,
        @Nullable String recognitionNumber,
        @Nullable LocalDate recognitionDate,
        String createdBy,
        Instant createdAt) {

    public enum Status {
        /** Votes, ballots and meeting counts are taken. */
        OPEN,
        /** Closed; the result is final and public. */
        DECIDED,
        /** The commune recognised the decision (k3–k5). */
        RECOGNISED,
        /** The commune refused to recognise it, in writing. */
        NOT_RECOGNISED
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isDecided() {
        return status != Status.OPEN;
    }

    /** The households that took no part (absent from the meeting, no ballot): {@code householdsTotal - takingPart}. */
    public @Nullable Integer absent() {
        return householdsTotal == null || takingPart == null ? null : householdsTotal - takingPart;
    }

    public boolean needsRecognition() {
        return category.recogniser() != MatterCategory.Recogniser.NONE;
    }

    public boolean awaitsRecognition() {
        return status == Status.DECIDED && Boolean.TRUE.equals(passed) && needsRecognition();
    }
}
