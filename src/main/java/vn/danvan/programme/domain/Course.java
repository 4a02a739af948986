package vn.danvan.programme.domain;

import java.time.LocalDate;
import vn.danvan.programme.CourseTopic;
import vn.danvan.shared.DomainException;

/** A training course for cadres held by a body: its topic, dates, place and hours. */
public record Course(
        long id,
        long bodyId,
        String title,
        CourseTopic topic,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        int hours) {

    public static void checkDates(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("training.period-reversed");
        }
    }

    /** Attendance is recorded once the course has begun. */
    public void checkAttendance(LocalDate today) {
        if (startsOn.isAfter(today)) {
            throw DomainException.invalid("training.not-started");
        }
    }

    /** A certificate is given to one who attended, on a day from the course's end to today. */
    public void checkCertificate(CourseParticipant participant, LocalDate on, LocalDate today) {
        if (!Boolean.TRUE.equals(participant.attended())) {
            throw DomainException.invalid("training.not-attended");
        }
        if (participant.certificateNo() != null) {
            throw DomainException.conflict("training.certified-already");
        }
        if (on.isBefore(endsOn) || on.isAfter(today)) {
            throw DomainException.invalid("training.certified-on-invalid");
        }
    }
}
