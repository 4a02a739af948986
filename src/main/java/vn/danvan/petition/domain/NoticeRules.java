package vn.danvan.petition.domain;

import java.util.List;
import java.util.function.Predicate;
import vn.danvan.petition.NoticeAddressee;
import vn.danvan.petition.NoticeKind;
import vn.danvan.petition.PetitionAccepted;
import vn.danvan.petition.PetitionFiled;
import vn.danvan.petition.PetitionGuided;
import vn.danvan.petition.PetitionHandlingEvent;
import vn.danvan.petition.PetitionResolved;
import vn.danvan.petition.PetitionReturned;
import vn.danvan.petition.PetitionTransferred;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.ResolutionExtended;

/**
 * Which fact of a case issues which written notice to whom — one row each, whatever the channel the case came by.
 * A new kind of notice is a {@link NoticeKind}, its template and a row here; a new fact (suspension, withdrawal…)
 * needs only rows. {@code timelineKind} names the timeline entry whose note the template may quote (the guidance,
 * the reason, the summary).
 */
final class NoticeRules {

    record Rule(
            Class<? extends PetitionHandlingEvent> fact,
            String timelineKind,
            NoticeKind kind,
            NoticeAddressee to,
            Predicate<Petition> when) {}

    /** The petitioner can be written to: they gave their name (an anonymous petition has no addressee). */
    private static final Predicate<Petition> NAMED = p -> !p.anonymous() && p.identityCiphertext() != null;

    private static final Predicate<Petition> DENUNCIATION = p -> p.type() == PetitionType.DENUNCIATION;

    static final List<Rule> RULES = List.of(
            // Luật KN 2011 Đ.27 (07 working days from 1/7/2026, NĐ 124/2020 Đ.16(1) am. NĐ 155/2026); Luật TC Đ.29(2)
            new Rule(PetitionAccepted.class, "ACCEPTED", NoticeKind.ACCEPTANCE, NoticeAddressee.PETITIONER, NAMED),
            // Luật Tố cáo 2018 Đ.29(3): the accused is told of the acceptance and the content, never of the denouncer
            new Rule(PetitionAccepted.class, "ACCEPTED", NoticeKind.ACCEPTANCE, NoticeAddressee.ACCUSED, DENUNCIATION),
            // Luật KN 2011 Đ.27: not accepting is notified with its reasons; Luật TCD 2013 Đ.28(1)
            new Rule(PetitionFiled.class, "FILED", NoticeKind.REFUSAL, NoticeAddressee.PETITIONER, NAMED),
            new Rule(PetitionReturned.class, "RETURNED", NoticeKind.REFUSAL, NoticeAddressee.PETITIONER, NAMED),
            // Luật TCD 2013 Đ.28(1); TT 05/2021/TT-TTCP: guidance once, in writing
            new Rule(PetitionGuided.class, "GUIDED", NoticeKind.GUIDANCE, NoticeAddressee.PETITIONER, NAMED),
            // TT 05/2021/TT-TTCP Đ.14, Mẫu 03: the transfer slip goes with the petition to the competent body
            new Rule(
                    PetitionTransferred.class,
                    "TRANSFERRED",
                    NoticeKind.TRANSFER_SLIP,
                    NoticeAddressee.RECEIVING_BODY,
                    p -> true),
            // Luật Tố cáo 2018 Đ.24(1): the denouncer is told of the transfer; Luật TCD 2013 Đ.28(1) for the others
            new Rule(PetitionTransferred.class, "TRANSFERRED", NoticeKind.TRANSFER, NoticeAddressee.PETITIONER, NAMED),
            // Luật Tố cáo 2018 Đ.30: the extension is notified to the denouncer and the accused
            new Rule(ResolutionExtended.class, "EXTENDED", NoticeKind.EXTENSION, NoticeAddressee.PETITIONER, NAMED),
            new Rule(ResolutionExtended.class, "EXTENDED", NoticeKind.EXTENSION, NoticeAddressee.ACCUSED, DENUNCIATION),
            // Luật KN 2011 Đ.32 (within 3 working days); Luật TC 2018 Đ.35(3), Đ.40
            new Rule(PetitionResolved.class, "RESOLVED", NoticeKind.DECISION, NoticeAddressee.PETITIONER, NAMED),
            new Rule(PetitionResolved.class, "RESOLVED", NoticeKind.DECISION, NoticeAddressee.ACCUSED, DENUNCIATION),
            // TT 05/2021/TT-TTCP: a body that transferred the petition to us is told of the result
            new Rule(
                    PetitionResolved.class,
                    "RESOLVED",
                    NoticeKind.DECISION,
                    NoticeAddressee.TRANSFERRING_BODY,
                    Petition::mustReportResult));

    static List<Rule> issuedBy(PetitionHandlingEvent fact) {
        return RULES.stream().filter(rule -> rule.fact().isInstance(fact)).toList();
    }

    private NoticeRules() {}
}
