package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.petition.ClassifyPetition;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionType;
import vn.danvan.reception.persistence.SealedVisitorsMigration;

/**
 * A denouncer who comes in person keeps the same secrecy as one who writes: name, phone and address sealed in
 * the log, hidden on the pages, shown only to staff holding the identity permission, audited.
 */
@DanvanIntegrationTest
class SealedVisitorPageTests {

    private static final String NAME = "Hồ Thị Kín Đáo";
    private static final String PHONE = "0905123987";
    private static final String ADDRESS = "Kiệt 7 Ngự Bình";

    @LocalServerPort
    int port;

    @Autowired
    ReceptionFixtures fixtures;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    SealedVisitorsMigration migration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PetitionProcessing processing;

    ReceptionFixtures.Setting setting;
    String confidant;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        confidant = "bimat-" + setting.receptionOfficer().username();
        administration.addStaff(
                confidant,
                "mat-khau-tiep-dan-" + confidant,
                "Lãnh đạo được phép",
                null,
                setting.peoplesCommittee().id(),
                EnumSet.of(Role.HEAD_OF_BODY),
                true);
    }

    WebSession signedIn(String username) throws Exception {
        return WebSession.signedIn(port, username, "mat-khau-tiep-dan-" + username);
    }

    Map<String, String> denunciationVisit() {
        Map<String, String> form = new HashMap<>(Map.of(
                "bodyId",
                String.valueOf(setting.peoplesCommittee().id()),
                "visitedOn",
                "2026-11-20",
                "visitorKind",
                "INDIVIDUAL",
                "peopleCount",
                "1",
                "representativeCount",
                "0",
                "visitorName",
                NAME,
                "visitorPhone",
                PHONE,
                "visitorAddress",
                ADDRESS,
                "matter",
                "NEW"));
        form.put("contentType", "DENUNCIATION");
        form.put("fieldCode", "LAND");
        form.put("summary", "Tố cáo cán bộ địa chính nhận tiền");
        return form;
    }

    List<String> audit(long visitId) {
        return jdbc.sql("""
                select action from shared.audit_event where subject_type = 'reception-visit' and subject_id = ?
                and action like '%identity%' order by id
                """).param(String.valueOf(visitId)).query(String.class).list();
    }

    static void hidesTheVisitor(String page) {
        assertThat(page).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain(ADDRESS);
    }

    @Test
    void aDenouncerWhoComesInPersonIsSealedAndShownOnlyWithThePermission() throws Exception {
        var officer = signedIn(setting.receptionOfficer().username());
        officer.get("/reception/visits/new");
        var visit = officer.post("/reception/visits", denunciationVisit());
        assertThat(visit.statusCode()).isEqualTo(200);
        String path = visit.uri().getPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        hidesTheVisitor(visit.body());
        assertThat(visit.body())
                .contains("Danh tính người tố cáo được giữ bí mật")
                .doesNotContain("reveal-identity");
        hidesTheVisitor(officer.get("/reception?month=2026-11").body());
        assertThat(jdbc.sql("""
                select concat(visitor_name, visitor_phone, visitor_address, encode(visitor_identity, 'escape'))
                from reception.visit where id = ?
                """).param(id).query(String.class).single())
                .doesNotContain("Kín")
                .doesNotContain(PHONE);

        var refused = officer.post(path + "/identity", Map.of());
        hidesTheVisitor(refused.body());
        assertThat(audit(id)).containsExactly("reception.identity-refused");

        var permitted = signedIn(confidant);
        assertThat(permitted.get(path).body()).contains("reveal-identity");
        var revealed = permitted.post(path + "/identity", Map.of());
        assertThat(revealed.body()).contains(NAME).contains(PHONE).contains(ADDRESS);
        assertThat(audit(id)).containsExactly("reception.identity-refused", "reception.identity-viewed");

        // The petition made from the visit carries the identity under the seal.
        officer.get(path);
        var petition = officer.post(path + "/petition", Map.of());
        assertThat(petition.uri().getPath()).matches("/petitions/\\d+");
        hidesTheVisitor(petition.body());
        long petitionId = Long.parseLong(petition.uri().getPath().substring("/petitions/".length()));
        assertThat(jdbc.sql("select identity_sealed and petitioner_name is null from petition.petition where id = ?")
                        .param(petitionId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        permitted.get("/petitions/" + petitionId);
        assertThat(permitted
                        .post("/petitions/" + petitionId + "/identity", Map.of())
                        .body())
                .contains(NAME);
    }

    @Test
    void aVisitWhosePetitionIsLaterClassifiedAsADenunciationIsSealedWithIt() throws Exception {
        var officer = signedIn(setting.receptionOfficer().username());
        officer.get("/reception/visits/new");
        Map<String, String> form = denunciationVisit();
        form.put("contentType", "COMPLAINT");
        form.put("summary", "Khiếu nại quyết định thu hồi đất");
        String path = officer.post("/reception/visits", form).uri().getPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        officer.get(path);
        var petition = officer.post(path + "/petition", Map.of());
        long petitionId = Long.parseLong(petition.uri().getPath().substring("/petitions/".length()));
        assertThat(officer.get(path).body())
                .as("a complaint's visitor is shown")
                .contains(NAME);

        processing.classify(
                petitionId,
                new ClassifyPetition(PetitionType.DENUNCIATION, "LAND", null, false),
                setting.receptionOfficer());

        assertThat(jdbc.sql("""
                select visitor_sealed and visitor_name is null and visitor_phone is null and visitor_address is null
                from reception.visit where id = ?
                """).param(id).query(Boolean.class).single()).isTrue();
        hidesTheVisitor(officer.get(path).body());
        hidesTheVisitor(officer.get("/reception?month=2026-11").body());
    }

    @Test
    void denunciationVisitsRecordedInClearBeforeAreSealedAtStart() throws Exception {
        long id = jdbc.sql("""
                insert into reception.visit (body_id, visited_on, visitor_kind, people_count, delegation, visitor_name,
                    visitor_phone, visitor_address, matter, content_type, field_code, summary, recorded_by)
                values (?, date '2026-11-19', 'INDIVIDUAL', 1, false, ?, ?, ?, 'NEW', 'DENUNCIATION', 'LAND',
                    'Tố cáo ghi trước khi niêm phong', 'tiepdan')
                returning id
                """)
                .params(setting.peoplesCommittee().id(), NAME, PHONE, ADDRESS)
                .query(Long.class)
                .single();
        migration.run(null);
        assertThat(jdbc.sql("""
                select visitor_sealed and visitor_name is null and visitor_phone is null and visitor_address is null
                       and visitor_identity is not null
                from reception.visit where id = ?
                """).param(id).query(Boolean.class).single()).isTrue();

        hidesTheVisitor(signedIn(setting.receptionOfficer().username())
                .get("/reception/visits/" + id)
                .body());
        var permitted = signedIn(confidant);
        permitted.get("/reception/visits/" + id);
        assertThat(permitted
                        .post("/reception/visits/" + id + "/identity", Map.of())
                        .body())
                .contains(NAME);
    }
}
