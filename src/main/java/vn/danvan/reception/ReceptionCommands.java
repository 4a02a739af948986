package vn.danvan.reception;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;

/** What staff ask the reception module to do. */
public final class ReceptionCommands {

    private ReceptionCommands() {}

    /** Record that a person holds a position with a reception obligation in a body. */
    public record AppointHead(
            @NotNull Long bodyId,
            @NotNull HeadPosition position,
            @NotBlank @Size(max = 200) String fullName,
            @Nullable Long staffId,
            @NotNull LocalDate activeFrom) {}

    /** Put a reception session on the schedule (lịch tiếp công dân). */
    public record ScheduleSession(
            @NotNull Long bodyId,
            @Nullable Long headId,
            @NotNull SessionKind kind,
            @NotNull LocalDate heldOn,
            @NotNull LocalTime startsAt,
            @NotNull LocalTime endsAt,
            @NotBlank @Size(max = 300) String place,
            boolean online,
            @Nullable @Size(max = 200) String delegateName,
            boolean published,
            @Nullable @Size(max = 2000) String note) {}

    /** One visit (lượt tiếp) with its people and matter; refused with a ground from the closed list, or answered. */
    public record RecordVisit(
            @NotNull Long bodyId,
            @Nullable Long sessionId,
            @NotNull LocalDate visitedOn,
            @NotNull PetitionerKind visitorKind,
            @Min(1) @Max(100_000) int peopleCount,
            @Min(0) @Max(5) int representativeCount,
            @Nullable @Size(max = 200) String visitorName,
            @Nullable @Size(max = 30) String visitorPhone,
            @Nullable @Size(max = 300) String visitorAddress,
            @Nullable @Pattern(regexp = "\\d{5}") String communeCode,
            @NotNull Matter matter,
            @NotNull PetitionType contentType,
            @NotBlank @Size(max = 40) String fieldCode,
            @NotBlank @Size(max = 20_000) String summary,
            @Nullable @Size(max = 5_000) String response,
            @Nullable RefusalGround refusalGround,
            boolean representativesInWriting,
            boolean representativesAmongGroup,
            @Nullable LocalDate refusalGroundsOn,
            @Nullable LocalDate refusalNoticeOn) {

        /**
         * A visit as callers wrote it before the written appointment of representatives and the refusal notice were
         * recorded: a group's representatives are taken as appointed in writing from among its people, and a refusal's
         * grounds as had on the day of the visit, its notice not yet given.
         */
        public RecordVisit(
                Long bodyId,
                @Nullable Long sessionId,
                LocalDate visitedOn,
                PetitionerKind visitorKind,
                int peopleCount,
                int representativeCount,
                @Nullable String visitorName,
                @Nullable String visitorPhone,
                @Nullable String visitorAddress,
                @Nullable String communeCode,
                Matter matter,
                PetitionType contentType,
                String fieldCode,
                String summary,
                @Nullable String response,
                @Nullable RefusalGround refusalGround) {
            this(
                    bodyId,
                    sessionId,
                    visitedOn,
                    visitorKind,
                    peopleCount,
                    representativeCount,
                    visitorName,
                    visitorPhone,
                    visitorAddress,
                    communeCode,
                    matter,
                    contentType,
                    fieldCode,
                    summary,
                    response,
                    refusalGround,
                    visitorKind == PetitionerKind.GROUP,
                    visitorKind == PetitionerKind.GROUP,
                    null,
                    null);
        }
    }

    /** The answer given to a person received (Luật Tiếp công dân 2013 Đ.28(1)), on its day. */
    public record AnswerVisit(
            @NotNull VisitAnswer answer, @NotNull LocalDate answeredOn) {}
}
