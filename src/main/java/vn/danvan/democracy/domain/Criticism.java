package vn.danvan.democracy.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.CriticismForm;

/**
 * The Front's social criticism of a draft (Luật MTTQ 2015 Đ.33–36; QĐ 217-QĐ/TW; NQLT 403/2017): the draft received,
 * the conference held, the document of criticism issued, the drafting body's reply due.
 */
public record Criticism(
        long id,
        long consultationId,
        long frontBodyId,
        CriticismForm form,
        LocalDate draftReceivedOn,
        @Nullable LocalDate submissionOn,
        @Nullable LocalDate conferenceOn,
        @Nullable String conferencePlace,
        @Nullable String participants,
        @Nullable String experts,
        @Nullable String documentNumber,
        @Nullable LocalDate documentDate,
        @Nullable LocalDate replyDueOn) {

    /** The draft reached the Front less than 15 days before its submission (Luật MTTQ 2015 Đ.36). */
    public boolean sentLate() {
        return ConsultationRules.sentLate(draftReceivedOn, submissionOn);
    }

    public boolean documentIssued() {
        return documentDate != null;
    }
}
