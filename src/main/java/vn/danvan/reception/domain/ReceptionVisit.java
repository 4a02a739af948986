package vn.danvan.reception.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.petition.GroupRepresentation;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.Matter;
import vn.danvan.reception.RefusalGround;
import vn.danvan.reception.VisitAnswer;
import vn.danvan.shared.DomainException;

/**
 * A visit of the reception log (lượt tiếp): its people, its matter, what they were told or the ground they were
 * refused on, and the petition made from it — at most one, and none for a refused visit. A denouncer's name,
 * phone and address are kept only sealed ({@link #visitorSealed}).
 */
public record ReceptionVisit(
        long id,
        long bodyId,
        @Nullable Long sessionId,
        LocalDate visitedOn,
        PetitionerKind visitorKind,
        int peopleCount,
        int representativeCount,
        boolean delegation,
        @Nullable String visitorName,
        @Nullable String visitorPhone,
        @Nullable String visitorAddress,
        @Nullable String communeCode,
        Matter matter,
        PetitionType contentType,
        String fieldCode,
        String summary,
        @Nullable String response,
        @Nullable RefusalGround refusalGround,
        @Nullable Long petitionId,
        String recordedBy,
        OffsetDateTime recordedAt,
        boolean visitorSealed,
        @Nullable VisitAnswer answer,
        @Nullable LocalDate answeredOn,
        boolean representativesInWriting,
        boolean representativesAmongGroup,
        @Nullable LocalDate refusalGroundsOn,
        @Nullable LocalDate refusalNoticeOn) {

    /** Near how many characters a title made from the summary is cut (at a word boundary). */
    public static final int TITLE_LENGTH = 100;

    /** The petition title's own limit (the intake form's). */
    public static final int OFFICER_TITLE_LENGTH = 300;

    public boolean refused() {
        return refusalGround != null;
    }

    /** A visit is logged on a day that has come. */
    public static void checkVisitedOn(LocalDate visitedOn, LocalDate today) {
        if (visitedOn.isAfter(today)) {
            throw DomainException.invalid("reception.visit-in-future");
        }
    }

    /**
     * Many people with the same content present it through representatives (Luật Tiếp công dân 2013 Đ.29;
     * docs/law/rules.md A3): a group (đoàn đông người, 5 people or more) has 1–2 of them up to 10 people and at most 5
     * above; they are appointed in writing and are among the people who came.
     */
    public static void checkRepresentation(
            PetitionerKind kind, int people, int representatives, boolean inWriting, boolean amongGroup) {
        GroupRepresentation.check(kind, people, representatives);
        if (kind != PetitionerKind.GROUP) {
            return;
        }
        if (!inWriting) {
            throw DomainException.invalid("reception.representatives-not-in-writing");
        }
        if (!amongGroup || representatives > people) {
            throw DomainException.invalid("reception.representatives-not-among-group");
        }
    }

    /**
     * A refusal names a ground in force on the day of the visit; the day its grounds were had and the day of its
     * written notice, when given, are days that have come, the notice not before the grounds.
     */
    public static void checkRefusal(
            @Nullable RefusalGround ground,
            LocalDate visitedOn,
            @Nullable LocalDate groundsOn,
            @Nullable LocalDate noticeOn,
            LocalDate today) {
        if (ground == null) {
            return;
        }
        if (!ground.isEffectiveOn(visitedOn)) {
            throw DomainException.invalid("reception.ground-not-in-force");
        }
        if (groundsOn != null && groundsOn.isAfter(today)) {
            throw DomainException.invalid("reception.grounds-in-future");
        }
        if (noticeOn != null) {
            checkNoticeOn(noticeOn, groundsOn == null ? visitedOn : groundsOn, today);
        }
    }

    private static void checkNoticeOn(LocalDate noticeOn, LocalDate groundsOn, LocalDate today) {
        if (noticeOn.isAfter(today) || noticeOn.isBefore(groundsOn)) {
            throw DomainException.invalid("reception.notice-day-out-of-range");
        }
    }

    /** The answer owed to the person received is given once, on a day between the visit and today. */
    public void checkMayBeAnswered(LocalDate on, LocalDate today) {
        if (refused()) {
            throw DomainException.conflict("reception.refused-visit-has-no-answer");
        }
        if (answer != null) {
            throw DomainException.conflict("reception.visit-already-answered");
        }
        if (on.isBefore(visitedOn) || on.isAfter(today)) {
            throw DomainException.invalid("reception.answer-day-out-of-range");
        }
    }

    /** The written notice of a refusal is recorded once, for a refusal on a ground notified in writing. */
    public void checkRefusalNoticeMayBeRecorded(LocalDate on, LocalDate today) {
        if (refusalGround == null || !refusalGround.writtenNotice()) {
            throw DomainException.conflict("reception.refusal-has-no-written-notice");
        }
        if (refusalNoticeOn != null) {
            throw DomainException.conflict("reception.refusal-notice-already-recorded");
        }
        checkNoticeOn(on, refusalGroundsOn == null ? visitedOn : refusalGroundsOn, today);
    }

    /** A denouncer's name, phone and address are sealed: staff read them only with the identity permission. */
    public static boolean sealedVisitor(PetitionType contentType) {
        return contentType == PetitionType.DENUNCIATION;
    }

    /** The visitor's name, phone and address as the identity a petition carries. */
    public static PetitionerIdentity visitorIdentity(
            @Nullable String name, @Nullable String phone, @Nullable String address) {
        return new PetitionerIdentity(name, null, address, phone, null, List.of());
    }

    /** The identity in clear, for a visitor not sealed. */
    public PetitionerIdentity clearIdentity() {
        return visitorIdentity(visitorName, visitorPhone, visitorAddress);
    }

    /** A petition is made from an answered visit, once. */
    public void checkPetitionMayBeMade() {
        if (refused()) {
            throw DomainException.conflict("reception.refused-visit-has-no-petition");
        }
        if (petitionId != null) {
            throw DomainException.conflict("reception.petition-already-created");
        }
    }

    /** The title of the petition made from the visit when the officer gives none ({@link #petitionTitle(String)}). */
    public String petitionTitle() {
        return petitionTitle(null);
    }

    /**
     * The title of the petition made from the visit: the officer's short title when given, otherwise the summary's
     * first sentence, cut at a word boundary near {@value #TITLE_LENGTH} characters — never the whole content.
     */
    public String petitionTitle(@Nullable String officerTitle) {
        if (officerTitle != null && !officerTitle.isBlank()) {
            String title = officerTitle.strip().replaceAll("\\s+", " ");
            if (title.length() > OFFICER_TITLE_LENGTH) {
                throw DomainException.invalid("reception.petition-title-too-long", OFFICER_TITLE_LENGTH);
            }
            return title;
        }
        return titleFrom(summary);
    }

    static String titleFrom(String summary) {
        String text = summary.strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher end =
                java.util.regex.Pattern.compile("[.!?;:](\\s|$)").matcher(text);
        String sentence = end.find() ? text.substring(0, end.start()) : text;
        if (sentence.length() <= TITLE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_LENGTH - 1);
        String head = cut >= TITLE_LENGTH / 2 ? sentence.substring(0, cut) : sentence.substring(0, TITLE_LENGTH - 1);
        return head.replaceAll("[\\s,;:–-]+$", "") + "…";
    }
}
