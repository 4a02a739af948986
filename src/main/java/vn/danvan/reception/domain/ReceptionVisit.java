package vn.danvan.reception.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.Matter;
import vn.danvan.reception.RefusalGround;
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
        boolean visitorSealed) {

    private static final int TITLE_LENGTH = 120;

    public boolean refused() {
        return refusalGround != null;
    }

    /** A visit is logged on a day that has come. */
    public static void checkVisitedOn(LocalDate visitedOn, LocalDate today) {
        if (visitedOn.isAfter(today)) {
            throw DomainException.invalid("reception.visit-in-future");
        }
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

    /** The title of the petition made from the visit: its summary, cut at 120 characters. */
    public String petitionTitle() {
        return summary.length() <= TITLE_LENGTH
                ? summary
                : summary.substring(0, TITLE_LENGTH - 3).strip() + "…";
    }
}
