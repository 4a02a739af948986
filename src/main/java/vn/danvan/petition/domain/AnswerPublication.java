package vn.danvan.petition.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.petition.Outcome;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.VietnameseText;

/** Publication of answers (công khai kết quả trả lời) for the portal's list of answered cases. */
@Component
public class AnswerPublication {

    private final JdbcClient jdbc;
    private final IdentityVault vault;
    private final AuditTrail audit;

    AnswerPublication(JdbcClient jdbc, IdentityVault vault, AuditTrail audit) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.audit = audit;
    }

    /**
     * Called when a petition is concluded: a kiến nghị / phản ánh whose author allowed it is published with
     * the petitioner's name, address, contacts and identity numbers masked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishIfAllowed(Petition petition, String answer) {
        boolean allowed = jdbc.sql("select publish_answer from petition.petition where id = ?")
                .param(petition.id())
                .query(Boolean.class)
                .single();
        // A sealed identity's case is never published: its content could point to the denouncer.
        if (!allowed || petition.outcome() != Outcome.ANSWERED || PetitionPolicy.sealed(petition)) {
            return;
        }
        List<String> personal = petition.identityCiphertext() == null
                ? List.of()
                : PersonalDataMask.personalStrings(vault.open(petition.identityCiphertext()));
        String title = PersonalDataMask.mask(petition.title(), personal);
        String content = PersonalDataMask.mask(petition.content(), personal);
        String maskedAnswer = PersonalDataMask.mask(answer, personal);
        // As a list, which may hold nulls: a case without province or commune stores NULL there.
        jdbc.sql("""
                insert into petition.published_answer (petition_id, body_id, petition_type, field_code, province_code,
                    commune_code, title, content, answer, received_on, answered_on, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (petition_id) do update set answer = excluded.answer, answered_on = excluded.answered_on,
                    search_text = excluded.search_text
                """)
                .params(Arrays.asList(
                        petition.id(),
                        petition.bodyId(),
                        petition.type().name(),
                        petition.fieldCode(),
                        petition.provinceCode(),
                        petition.communeCode(),
                        title,
                        content,
                        maskedAnswer,
                        petition.receivedOn(),
                        petition.resolvedOn(),
                        VietnameseText.fold(title + " " + content + " " + maskedAnswer)))
                .update();
        audit.record(
                "petition.answer-published",
                "petition",
                petition.storedId(),
                Map.of("trackingCode", petition.trackingCode()));
    }

    /**
     * Publishes the conclusion of a denunciation on the portal (Luật Tố cáo 2018 Đ.40). Only the title and the
     * conclusion are published, both masked against the denouncer's identity: never the denunciation's content,
     * which could point to its author, nor anything of the sealed identity (Đ.9(1)(b), Đ.47).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishConclusion(Petition petition, String conclusion, java.time.LocalDate publishedOn) {
        List<String> personal = petition.identityCiphertext() == null
                ? List.of()
                : PersonalDataMask.personalStrings(vault.open(petition.identityCiphertext()));
        String title = PersonalDataMask.mask(petition.title(), personal);
        String maskedConclusion = PersonalDataMask.mask(conclusion, personal);
        jdbc.sql("""
                insert into petition.published_answer (petition_id, body_id, petition_type, field_code, province_code,
                    commune_code, title, content, answer, received_on, answered_on, search_text)
                values (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)
                on conflict (petition_id) do update set title = excluded.title, content = '', answer = excluded.answer,
                    answered_on = excluded.answered_on, search_text = excluded.search_text
                """)
                .params(Arrays.asList(
                        petition.id(),
                        petition.bodyId(),
                        petition.type().name(),
                        petition.fieldCode(),
                        petition.provinceCode(),
                        petition.communeCode(),
                        title,
                        maskedConclusion,
                        petition.receivedOn(),
                        publishedOn,
                        VietnameseText.fold(title + " " + maskedConclusion)))
                .update();
        audit.record(
                "petition.conclusion-published-on-portal",
                "petition",
                petition.storedId(),
                Map.of("trackingCode", petition.trackingCode()));
    }
}
