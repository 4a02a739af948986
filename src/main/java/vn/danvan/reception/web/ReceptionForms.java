package vn.danvan.reception.web;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.Matter;
import vn.danvan.reception.ReceptionCommands;
import vn.danvan.reception.RefusalGround;
import vn.danvan.reception.SessionKind;
import vn.danvan.reception.VisitAnswer;
import vn.danvan.shared.InputText;

/** The reception pages' forms as Spring binds them (public fields); each becomes a command. */
final class ReceptionForms {

    private ReceptionForms() {}

    static class HeadForm {
        public @Nullable Long bodyId;
        public @Nullable HeadPosition position;
        public @Nullable String fullName;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate activeFrom;

        // Bean Validation: a blank required field stays null here; the command's @NotNull rejects it in Forms.submit
        @SuppressWarnings("NullAway")
        ReceptionCommands.AppointHead toCommand() {
            return new ReceptionCommands.AppointHead(
                    bodyId, position, fullName == null ? "" : fullName, null, activeFrom);
        }
    }

    static class SessionForm {
        public @Nullable Long bodyId;
        public @Nullable Long headId;
        public SessionKind kind = SessionKind.PERIODIC;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate heldOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        public LocalTime startsAt = LocalTime.of(7, 30);

        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        public LocalTime endsAt = LocalTime.of(11, 30);

        public @Nullable String place;
        public boolean online;
        public @Nullable String delegateName;
        public boolean published = true;
        public @Nullable String note;

        // Bean Validation: a blank required field stays null here; the command's @NotNull rejects it in Forms.submit
        @SuppressWarnings("NullAway")
        ReceptionCommands.ScheduleSession toCommand() {
            return new ReceptionCommands.ScheduleSession(
                    bodyId,
                    kind == SessionKind.REGULAR ? null : headId,
                    kind,
                    heldOn,
                    startsAt,
                    endsAt,
                    place == null ? "" : place,
                    online,
                    delegateName,
                    published,
                    note);
        }
    }

    static class VisitForm {
        public @Nullable Long bodyId;
        public @Nullable Long sessionId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate visitedOn;

        public PetitionerKind visitorKind = PetitionerKind.INDIVIDUAL;
        public Integer peopleCount = 1;
        public Integer representativeCount = 0;
        public @Nullable String visitorName;
        public @Nullable String visitorPhone;
        public @Nullable String visitorAddress;
        public @Nullable String communeCode;
        /** Only the commune picker's: the province whose communes it lists. */
        public @Nullable String provinceCode;

        public Matter matter = Matter.NEW;
        public PetitionType contentType = PetitionType.COMPLAINT;
        public String fieldCode = "LAND";
        public @Nullable String summary;
        public @Nullable String response;
        public @Nullable RefusalGround refusalGround;
        public boolean representativesInWriting;
        public boolean representativesAmongGroup;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate refusalGroundsOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate refusalNoticeOn;

        // Bean Validation: a blank required field stays null here; the command's @NotNull rejects it in Forms.submit
        @SuppressWarnings("NullAway")
        ReceptionCommands.RecordVisit toCommand() {
            return new ReceptionCommands.RecordVisit(
                    bodyId,
                    sessionId,
                    visitedOn,
                    visitorKind,
                    peopleCount == null ? 0 : peopleCount,
                    representativeCount == null ? 0 : representativeCount,
                    visitorName,
                    visitorPhone,
                    visitorAddress,
                    InputText.blankToNull(communeCode),
                    matter,
                    contentType,
                    fieldCode == null ? "" : fieldCode,
                    summary == null ? "" : summary,
                    response,
                    refusalGround,
                    representativesInWriting,
                    representativesAmongGroup,
                    refusalGround == null ? null : refusalGroundsOn,
                    refusalGround == null ? null : refusalNoticeOn);
        }
    }

    static class AnswerForm {
        public @Nullable VisitAnswer answer;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate answeredOn;

        // Bean Validation: a blank required field stays null here; the command's @NotNull rejects it in Forms.submit
        @SuppressWarnings("NullAway")
        ReceptionCommands.AnswerVisit toCommand() {
            return new ReceptionCommands.AnswerVisit(answer, answeredOn);
        }
    }
}
