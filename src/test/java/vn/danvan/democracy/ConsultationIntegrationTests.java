package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.democracy.ConsultationCommands.Answer;
import vn.danvan.democracy.ConsultationCommands.CriticismDocument;
import vn.danvan.democracy.ConsultationCommands.DraftSection;
import vn.danvan.democracy.ConsultationCommands.EnteredComment;
import vn.danvan.democracy.ConsultationCommands.Group;
import vn.danvan.democracy.ConsultationCommands.Hide;
import vn.danvan.democracy.ConsultationCommands.NewComment;
import vn.danvan.democracy.ConsultationCommands.Open;
import vn.danvan.democracy.ConsultationCommands.SaveDraft;
import vn.danvan.democracy.ConsultationCommands.StartCriticism;
import vn.danvan.democracy.ConsultationCommands.Synthesis;
import vn.danvan.democracy.domain.ConsultationStatus;
import vn.danvan.democracy.domain.CriticismRecommendation;
import vn.danvan.portal.CitizenAccountManagement;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.DomainException;

/**
 * A ward's draft from its opening to its published synthesis, on the real database: comments on the portal and from
 * a meeting, one hidden, grouped and answered; the synthesis PDF's figures; comments refused once the period is over;
 * the Front's criticism replied recommendation by recommendation; the comment limit under concurrent requests.
 */
@DanvanIntegrationTest
class ConsultationIntegrationTests {

    static final String PASSWORD = "mat-khau-cong-dan-dai";

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    ConsultationDrafting drafting;

    @Autowired
    CommentIntake intake;

    @Autowired
    ConsultationSynthesis synthesis;

    @Autowired
    CriticismTracking criticisms;

    @Autowired
    CitizenAccountManagement accounts;

    @Autowired
    ContactSecrets secrets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    DemocracyFixtures.Setting setting;
    LocalDate today;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        today = LocalDate.now(clock);
    }

    long draft(String title) {
        return drafting.create(
                new SaveDraft(
                        setting.thuanHoa().id(),
                        ConsultationSubject.COMMUNE_DECISION,
                        title,
                        "Quy định giờ họp chợ",
                        List.of(
                                new DraftSection("Điều 1. Giờ họp chợ", "Chợ họp từ 5 giờ đến 18 giờ."),
                                new DraftSection("Điều 2. Phí vệ sinh", "Mỗi sạp đóng 20.000 đồng một tháng."))),
                setting.thuanHoaOfficer());
    }

    long opened(String title) {
        long id = draft(title);
        drafting.open(id, new Open(today, today.plusDays(20)), today, setting.thuanHoaOfficer());
        return id;
    }

    long citizen(String name) {
        String email = "gop-y-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        return accounts.register(new CitizenAccountManagement.RegisterCitizen(name, email, null, PASSWORD))
                .id();
    }

    long section(long id, int position) {
        return drafting.sections(id).get(position - 1).id();
    }

    int comments(long id) {
        return jdbc.sql("select count(*) from democracy.consultation_comment where consultation_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void aConsultationGoesFromOpenToAPublishedSynthesisWithADisclosureAndAMailToEachCommenter() {
        long id =
                opened("Quy định chợ Thuận Hoá " + UUID.randomUUID().toString().substring(0, 6));
        var officer = setting.thuanHoaOfficer();
        long lan = citizen("Nguyễn Thị Lan");
        long minh = citizen("Trần Văn Minh");
        long first = intake.comment(
                TestUnits.THUAN_HOA,
                id,
                new NewComment(section(id, 1), CommentAuthorKind.CITIZEN, null, "Nên họp chợ từ 4 giờ 30."),
                lan,
                today);
        long second = intake.comment(
                TestUnits.THUAN_HOA,
                id,
                new NewComment(
                        section(id, 2), CommentAuthorKind.ORGANISATION, "Hội Phụ nữ phường", "Giảm phí cho sạp nhỏ."),
                minh,
                today);
        long meeting = drafting.enterComment(
                id,
                new EnteredComment(
                        CommentChannel.MEETING,
                        section(id, 1),
                        CommentAuthorKind.CITIZEN,
                        null,
                        "Hội nghị tổ dân phố 5",
                        "Đồng ý giờ họp chợ."),
                today,
                officer);
        long abusive = intake.comment(
                TestUnits.THUAN_HOA,
                id,
                new NewComment(null, CommentAuthorKind.CITIZEN, null, "Lời lẽ xúc phạm cán bộ"),
                minh,
                today);
        drafting.hide(id, abusive, new Hide("Lời lẽ xúc phạm"), officer);

        assertThatThrownBy(() -> synthesis.publish(id, new Synthesis("Báo cáo"), today, officer))
                .as("not while comments are open")
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.still-open"));
        drafting.close(id, today, officer);
        assertThatThrownBy(() -> synthesis.publish(id, new Synthesis("Báo cáo"), today, officer))
                .as("not while comments are unanswered")
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.unanswered"));

        long hours = drafting.group(id, new Group("Giờ họp chợ", List.of(first, meeting)), officer);
        long fees = drafting.group(id, new Group("Phí vệ sinh", List.of(second)), officer);
        assertThatThrownBy(() -> drafting.group(id, new Group("Ẩn", List.of(abusive)), officer))
                .as("a hidden comment is not answered")
                .isInstanceOf(DomainException.class);
        drafting.answer(id, hours, new Answer(CommentVerdict.ACCEPTED, "Chợ họp từ 4 giờ 30."), officer);
        drafting.answer(
                id, fees, new Answer(CommentVerdict.EXPLAINED, "Mức phí theo nghị quyết của HĐND tỉnh."), officer);

        var published = synthesis.publish(id, new Synthesis("UBND phường đã nhận 4 ý kiến."), today, officer);

        assertThat(published.status()).isEqualTo(ConsultationStatus.SYNTHESISED);
        assertThat(published.disclosureId()).isNotNull();
        assertThat(jdbc.sql("select category, published_on from democracy.disclosure where id = ?")
                        .param(published.disclosureId())
                        .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class))
                        .single())
                .isEqualTo("CONSULTATION_RESULTS " + today);
        assertThat(jdbc.sql("select count(*) from democracy.disclosure_document where disclosure_id = ?")
                        .param(published.disclosureId())
                        .query(Integer.class)
                        .single())
                .as("the synthesis PDF attached to the disclosure")
                .isEqualTo(1);
        for (long citizen : List.of(lan, minh)) {
            String email = accounts.find(citizen).orElseThrow().email();
            assertThat(jdbc.sql("select count(*) from notification.message where recipient_digest = ?")
                            .param(secrets.digest("recipient", email))
                            .query(Integer.class)
                            .single())
                    .as("one mail to each who commented")
                    .isEqualTo(1);
        }
        assertThat(drafting.timeline(id).stream().map(e -> e.kind()))
                .containsSubsequence(
                        "CREATED",
                        "OPENED",
                        "COMMENTED",
                        "COMMENT_ENTERED",
                        "COMMENT_HIDDEN",
                        "CLOSED",
                        "GROUPED",
                        "ANSWERED",
                        "SYNTHESISED");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where subject_type = 'consultation' and subject_id = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .as("every change audited")
                .isGreaterThanOrEqualTo(11);
        assertThatThrownBy(() -> drafting.answer(id, fees, new Answer(CommentVerdict.ACCEPTED, "Đổi"), officer))
                .as("answers stay as published")
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aCommentAfterTheCloseIsRefusedAndWritesNothing() {
        long id = opened("Kế hoạch sử dụng đất " + UUID.randomUUID().toString().substring(0, 6));
        long citizen = citizen("Lê Văn Hùng");
        var consultation = drafting.consultation(id, setting.thuanHoaOfficer());
        LocalDate afterTheLastDay = consultation.closesOn().plusDays(1);

        assertThatThrownBy(() -> intake.comment(
                        TestUnits.THUAN_HOA,
                        id,
                        new NewComment(null, CommentAuthorKind.CITIZEN, null, "Muộn"),
                        citizen,
                        afterTheLastDay))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("consultation.closed");
                    assertThat(e.status().value()).isEqualTo(409);
                });
        intake.comment(
                TestUnits.THUAN_HOA,
                id,
                new NewComment(null, CommentAuthorKind.CITIZEN, null, "Đúng hạn"),
                citizen,
                consultation.closesOn());
        drafting.close(id, today, setting.thuanHoaOfficer());
        assertThatThrownBy(() -> intake.comment(
                        TestUnits.THUAN_HOA,
                        id,
                        new NewComment(null, CommentAuthorKind.CITIZEN, null, "Sau khi đóng"),
                        citizen,
                        today))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.closed"));
        assertThat(comments(id)).isEqualTo(1);
    }

    @Test
    void aDraftOpensForAtLeastTheConfiguredDaysAndItsLastDayMovesOffADayOff() {
        long id = draft("Quy hoạch " + UUID.randomUUID().toString().substring(0, 6));
        assertThatThrownBy(
                        () -> drafting.open(id, new Open(today, today.plusDays(14)), today, setting.thuanHoaOfficer()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.period-too-short"));
        assertThatThrownBy(() -> drafting.open(
                        id, new Open(today.minusDays(1), today.plusDays(30)), today, setting.thuanHoaOfficer()))
                .isInstanceOf(DomainException.class);
        LocalDate sunday = today.plusDays(20);
        while (sunday.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            sunday = sunday.plusDays(1);
        }
        var opened = drafting.open(id, new Open(today, sunday), today, setting.thuanHoaOfficer());
        assertThat(opened.closesOn()).isAfter(sunday);
        assertThat(opened.closesOn().getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
    }

    @Test
    void aHiddenCommentIsNotOnThePortalButStaysOnRecord() throws Exception {
        long id = opened("Hương ước tổ dân phố " + UUID.randomUUID().toString().substring(0, 6));
        long citizen = citizen("Phan Văn Tài");
        intake.comment(
                TestUnits.THUAN_HOA,
                id,
                new NewComment(section(id, 1), CommentAuthorKind.CITIZEN, null, "Ý kiến xây dựng về giờ chợ"),
                citizen,
                today);
        long hidden = intake.comment(
                TestUnits.THUAN_HOA,
                id,
                new NewComment(section(id, 1), CommentAuthorKind.CITIZEN, null, "Quảng cáo bán hàng ABC"),
                citizen,
                today);
        drafting.hide(id, hidden, new Hide("Quảng cáo"), setting.thuanHoaOfficer());

        String page = new WebSession(port)
                .get("/portal/consultations/" + TestUnits.THUAN_HOA + "/" + id)
                .body();
        assertThat(page).contains("Ý kiến xây dựng về giờ chợ").doesNotContain("Quảng cáo bán hàng ABC");
        assertThat(page).doesNotContain("Phan Văn Tài");
        assertThat(jdbc.sql("select hidden_reason from democracy.consultation_comment where id = ?")
                        .param(hidden)
                        .query(String.class)
                        .single())
                .isEqualTo("Quảng cáo");
    }

    @Test
    void theSynthesisPdfGivesTheFigures() throws Exception {
        long id = opened("Dự án đường kiệt " + UUID.randomUUID().toString().substring(0, 6));
        var officer = setting.thuanHoaOfficer();
        long citizen = citizen("Hồ Thị Mai");
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(intake.comment(
                    TestUnits.THUAN_HOA,
                    id,
                    new NewComment(section(id, 1), CommentAuthorKind.CITIZEN, null, "Ý kiến số " + i),
                    citizen,
                    today));
        }
        ids.add(drafting.enterComment(
                id,
                new EnteredComment(
                        CommentChannel.WRITTEN,
                        null,
                        CommentAuthorKind.ORGANISATION,
                        "Hội Cựu chiến binh",
                        "Công văn 05/CCB",
                        "Đề nghị làm rãnh thoát nước."),
                today,
                officer));
        drafting.hide(id, ids.get(2), new Hide("Trùng lặp"), officer);
        drafting.close(id, today, officer);
        long accepted = drafting.group(id, new Group("Mặt đường", List.of(ids.get(0), ids.get(1))), officer);
        long explained = drafting.group(id, new Group("Thoát nước", List.of(ids.get(3))), officer);
        drafting.answer(id, accepted, new Answer(CommentVerdict.ACCEPTED, "Mở rộng mặt đường 3 m."), officer);
        drafting.answer(id, explained, new Answer(CommentVerdict.EXPLAINED, "Đã có trong dự án khác."), officer);
        synthesis.publish(id, new Synthesis("Tổng hợp ý kiến về dự án đường kiệt."), today, officer);

        byte[] pdf = new WebSession(port)
                .download("/portal/consultations/" + TestUnits.THUAN_HOA + "/" + id + "/synthesis.pdf")
                .body();
        var reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(figure(all, "Tổng số ý kiến nhận được")).isEqualTo(4);
        assertThat(figure(all, "Qua Cổng thông tin điện tử")).isEqualTo(3);
        assertThat(figure(all, "Tại hội nghị, cuộc họp")).isEqualTo(0);
        assertThat(figure(all, "Bằng văn bản, hộp thư góp ý")).isEqualTo(1);
        assertThat(figure(all, "Trong đó: ý kiến của cơ quan, tổ chức")).isEqualTo(1);
        assertThat(figure(all, "Ý kiến bị ẩn do vi phạm nội quy")).isEqualTo(1);
        assertThat(figure(all, "Số nhóm ý kiến")).isEqualTo(2);
        assertThat(figure(all, "Nhóm ý kiến được tiếp thu")).isEqualTo(1);
        assertThat(figure(all, "Số ý kiến được tiếp thu")).isEqualTo(2);
        assertThat(figure(all, "Số ý kiến được giải trình")).isEqualTo(1);
        assertThat(all)
                .contains("Tiếp thu: Mở rộng mặt đường 3 m.")
                .contains("Giải trình: Đã có trong dự án khác.")
                .as("a hidden comment is counted, never quoted")
                .doesNotContain("Ý kiến số 3")
                .doesNotContain("Hồ Thị Mai");
    }

    /** The number that follows a row's label in the PDF's table of figures. */
    private static int figure(String text, String label) {
        var matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(label) + "\\s*(\\d+)")
                .matcher(text);
        assertThat(matcher.find()).as(label).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void aCriticismGetsAWrittenReplyPerRecommendationIsFollowedToDoneAndAnOverdueReplyIsFlagged() {
        long id = draft("Quy chế dân chủ phường " + UUID.randomUUID().toString().substring(0, 6));
        var front = setting.frontStaff();
        long criticism = criticisms.start(
                id,
                new StartCriticism(setting.front().id(), CriticismForm.CONFERENCE, today, today.plusDays(10)),
                today,
                front);
        assertThat(criticisms.criticism(criticism, front).sentLate())
                .as("a draft sent 10 days before submission is flagged (Luật MTTQ 2015 Đ.36)")
                .isTrue();
        assertThatThrownBy(() -> criticisms.start(
                        id,
                        new StartCriticism(setting.front().id(), CriticismForm.CONFERENCE, today, null),
                        today,
                        setting.thuanHoaOfficer()))
                .as("only the Front's staff")
                .isInstanceOf(DomainException.class);

        var issued = criticisms.issueDocument(
                criticism,
                new CriticismDocument(
                        today,
                        "Hội trường UBMTTQ phường",
                        "Đại diện các đoàn thể, Ban TTND",
                        "Luật sư Nguyễn Văn Luật",
                        "12/BC-MTTQ",
                        today,
                        List.of("Bổ sung quy định về tiếp nhận ý kiến qua mạng.", "Rút ngắn thời hạn trả lời.")),
                today,
                front);
        assertThat(issued.replyDueOn()).isAfterOrEqualTo(today.plusDays(30));
        List<CriticismRecommendation> recommendations = criticisms.recommendations(criticism);
        assertThat(recommendations).hasSize(2);
        assertThat(recommendations.get(0).stateOn(issued.replyDueOn().plusDays(1), issued.replyDueOn()))
                .isEqualTo(CriticismRecommendation.State.OVERDUE);

        assertThatThrownBy(() -> criticisms.reply(
                        criticism,
                        recommendations.get(0).id(),
                        new Answer(CommentVerdict.ACCEPTED, "Tiếp thu"),
                        today,
                        setting.phuXuanHead()))
                .as("only the drafting body replies")
                .isInstanceOf(DomainException.class);
        criticisms.reply(
                criticism,
                recommendations.get(0).id(),
                new Answer(CommentVerdict.ACCEPTED, "Đã bổ sung Điều 5."),
                today,
                setting.thuanHoaOfficer());
        criticisms.reply(
                criticism,
                recommendations.get(1).id(),
                new Answer(CommentVerdict.EXPLAINED, "Thời hạn theo luật."),
                today,
                setting.thuanHoaOfficer());
        criticisms.done(
                criticism, recommendations.get(0).id(), new ConsultationCommands.Done(today, null), today, front);

        var after = criticisms.recommendations(criticism);
        assertThat(after.get(0).stateOn(today, issued.replyDueOn())).isEqualTo(CriticismRecommendation.State.DONE);
        assertThat(after.get(1).stateOn(today, issued.replyDueOn())).isEqualTo(CriticismRecommendation.State.REPLIED);
        assertThat(after.get(1).verdict()).isEqualTo(CommentVerdict.EXPLAINED);
        assertThat(criticisms.timeline(criticism).stream().map(e -> e.kind()))
                .containsExactly("STARTED", "DOCUMENT_ISSUED", "REPLIED", "REPLIED", "DONE");
    }

    @Test
    void twentyConcurrentCommentsFromOneAccountLeaveExactlyTheHourlyLimit() throws Exception {
        long id = opened("Kế hoạch năm " + UUID.randomUUID().toString().substring(0, 6));
        String email = "nhieu-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        accounts.register(new CitizenAccountManagement.RegisterCitizen("Người Gửi Nhiều", email, null, PASSWORD));
        WebSession citizen = new WebSession(port);
        citizen.get("/portal/login");
        citizen.post("/portal/login", Map.of("login", email, "password", PASSWORD));
        String path = "/portal/consultations/" + TestUnits.THUAN_HOA + "/" + id;
        citizen.get(path);
        String token = citizen.csrfToken();
        String cookies = citizen.cookieHeader();
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&authorKind=CITIZEN&body="
                    + URLEncoder.encode("Góp ý số " + i, StandardCharsets.UTF_8);
            requests.add(() -> {
                start.await();
                return http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/comments"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .header("Cookie", cookies)
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            List<Future<Integer>> futures = requests.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(statuses.stream().filter(s -> s == 302).count()).isEqualTo(10);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(10);
        assertThat(comments(id)).isEqualTo(10);
    }
}
