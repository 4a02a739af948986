package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;

/** The written notices on the case page: listed, downloaded as PDF, the denouncer's copy behind the permission. */
@DanvanIntegrationTest
class NoticePageTests {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    CaseNotices notices;

    @Test
    void theCasePageListsItsNoticesAndOnlyAPermittedOfficerDownloadsTheDenouncersCopy() throws Exception {
        var setting = fixtures.setting();
        var received = intake.receive(
                PetitionFixtures.petition(
                        setting.commune().id(), PetitionType.DENUNCIATION, TODAY, "Tố cáo thu phí sai"),
                setting.communeHandler(),
                null);
        processing.decide(
                received.id(),
                new DecidePetition(Decision.ACCEPT, TODAY, false, null, null, null, null),
                setting.communeHandler());
        List<CaseNotices.Notice> issued = notices.of(received.id(), setting.communeHandler());
        long toDenouncer = issued.stream()
                .filter(n -> n.addressee() == NoticeAddressee.PETITIONER)
                .findFirst()
                .orElseThrow()
                .id();
        long toAccused = issued.stream()
                .filter(n -> n.addressee() == NoticeAddressee.ACCUSED)
                .findFirst()
                .orElseThrow()
                .id();

        var handler = session(setting.communeHandler().username());
        String page = handler.get("/petitions/" + received.id()).body();
        assertThat(page)
                .contains("Văn bản thông báo")
                .contains("THÔNG BÁO Về việc thụ lý tố cáo")
                .contains("/petitions/" + received.id() + "/notices/" + toAccused)
                .contains("người bị tố cáo (chỉ nội dung)")
                .contains("Ban hành văn bản thông báo");

        var accused = handler.download("/petitions/" + received.id() + "/notices/" + toAccused);
        assertThat(accused.statusCode()).isEqualTo(200);
        assertThat(accused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(NoticeIntegrationTests.textOf(accused.body())).doesNotContain("Nguyễn Văn An");

        assertThat(handler.download("/petitions/" + received.id() + "/notices/" + toDenouncer)
                        .statusCode())
                .isEqualTo(403);
        var confidant = session(setting.confidant().username())
                .download("/petitions/" + received.id() + "/notices/" + toDenouncer);
        assertThat(confidant.statusCode()).isEqualTo(200);
        assertThat(NoticeIntegrationTests.textOf(confidant.body())).contains("Nguyễn Văn An");
        assertThat(session(setting.communeHandler().username())
                        .download("/petitions/" + received.id() + "/notices/" + (toAccused + 1_000_000))
                        .statusCode())
                .isEqualTo(404);
    }

    private WebSession session(String username) throws Exception {
        return WebSession.signedIn(port, username, "mat-khau-du-dai-" + username);
    }
}
