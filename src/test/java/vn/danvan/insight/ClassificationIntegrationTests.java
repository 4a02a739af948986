package vn.danvan.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.insight.domain.ClassifierNaiveBayes;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ClassifyPetition;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.shared.VietnamTime;

/**
 * Classification help on the real database: cases taken in through the intake, some corrected by the classify
 * step, all decided; a retraining asked by an administrator; the figures on its page against a count made here from
 * the same decided cases; suggestions for new texts; two retrainings asked at once; the portal's limit per address.
 */
@DanvanIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassificationIntegrationTests {

    static final String PASSWORD = "mat-khau-goi-y-phan-loai";

    /** Each type with its field and phrases an officer would read in such petitions. */
    static final Map<PetitionType, String[]> PHRASES = new EnumMap<>(Map.of(
            PetitionType.COMPLAINT,
            new String[] {
                "LAND",
                "khiếu nại quyết định thu hồi đất",
                "khiếu nại mức bồi thường giải phóng mặt bằng",
                "khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất"
            },
            PetitionType.DENUNCIATION,
            new String[] {
                "CORRUPTION",
                "tố cáo cán bộ địa chính nhận hối lộ",
                "tố cáo chủ tịch xã tham ô tiền hỗ trợ",
                "tố cáo sai phạm trong đấu thầu công trình"
            },
            PetitionType.RECOMMENDATION,
            new String[] {
                "POLICY",
                "kiến nghị xem xét chế độ người có công",
                "kiến nghị bổ sung trợ cấp cho hộ nghèo",
                "kiến nghị tăng mức hỗ trợ bảo hiểm y tế"
            },
            PetitionType.FEEDBACK,
            new String[] {
                "ENVIRONMENT",
                "phản ánh mùi hôi từ trại chăn nuôi",
                "phản ánh rác thải đổ trộm ven sông",
                "phản ánh nước thải chảy ra đường"
            }));

    static final String[] PLACES = {"thôn Đông", "tổ dân phố 3", "xóm Bến", "khu phố Chợ", "thôn An Lạc"};

    @LocalServerPort
    int port;

    @Autowired
    ClassificationHelp help;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    AdministrativeUnitImport units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    String suffix;
    Body committee;
    StaffMember officer;
    String adminName;

    @BeforeEach
    void aBodyAnOfficerAndAnAdministrator() {
        TestUnits.ensureHue(units);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        committee = administration.addBody(
                "PL-UB-" + suffix,
                "UBND xã Phân Loại " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                null,
                null);
        officer = staff("tiepnhan-" + suffix, EnumSet.of(Role.RECEPTION_OFFICER, Role.CASE_HANDLER));
        adminName = "quantri-pl-" + suffix;
        staff(adminName, EnumSet.of(Role.ADMINISTRATOR));
    }

    @BeforeEach
    @AfterEach
    void everyAddressHasItsWholeBudget() {
        jdbc.sql("delete from shared.rate_bucket where id like 'classifier-suggestion:%'")
                .update();
    }

    StaffMember staff(String username, EnumSet<Role> roles) {
        long id = administration.addStaff(
                username, PASSWORD, "Cán bộ " + username, username + "@example.vn", committee.id(), roles, false);
        return new StaffMember(
                id,
                username,
                "Cán bộ " + username,
                committee.id(),
                roles,
                directory.bodyWithSubordinates(committee.id()),
                false,
                false);
    }

    /**
     * {@code perType} decided cases of each type, taken in through the intake; every other one is first recorded as
     * feedback on "other" and then corrected by the classify step, as an officer would.
     */
    void decidedCases(int perType) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        int n = 0;
        for (int i = 0; i < perType; i++) {
            for (var entry : PHRASES.entrySet()) {
                PetitionType type = entry.getKey();
                String[] phrases = entry.getValue();
                String field = phrases[0];
                String phrase = phrases[1 + (i % (phrases.length - 1))];
                String title = phrase.substring(0, 1).toUpperCase() + phrase.substring(1) + " ở " + PLACES[i % 5];
                String content = "Kính gửi UBND xã. Tôi " + phrase + " tại " + PLACES[(i + 2) % 5] + " từ tháng "
                        + (1 + i % 12) + ". Đề nghị xem xét giải quyết. Mã " + suffix + "-" + n;
                boolean corrected = n++ % 2 == 1;
                PetitionReference received = intake.receive(
                        new ReceivePetition(
                                committee.id(),
                                Channel.IN_PERSON,
                                null,
                                null,
                                null,
                                corrected ? PetitionType.FEEDBACK : type,
                                corrected ? "OTHER" : field,
                                null,
                                false,
                                PetitionerKind.INDIVIDUAL,
                                1,
                                0,
                                new PetitionerIdentity(
                                        "Trần Văn Bình", null, "Thôn 2, xã Phân Loại", null, null, List.of()),
                                title,
                                content,
                                null,
                                today,
                                false,
                                null,
                                null),
                        officer,
                        null);
                if (corrected) {
                    processing.classify(received.id(), new ClassifyPetition(type, field, null, false), officer);
                }
                processing.decide(
                        received.id(),
                        new DecidePetition(Decision.GUIDE, today, false, null, null, null, "Hướng dẫn đến đúng nơi"),
                        officer);
            }
        }
    }

    record Expected(int training, int heldBack, int typeRight, int fieldRight, Map<String, int[]> perType) {}

    /** The split and the count done here, from the decided cases as the database holds them. */
    Expected expected() {
        record Row(String type, String field, String text) {}
        List<Row> rows = jdbc.sql("""
                        select petition_type, field_code, left(title, 300) || chr(10) || left(content, 4000)
                        from petition.petition where decided_on is not null order by id
                        """)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        Map<String, Integer> seen = new java.util.HashMap<>();
        ClassifierNaiveBayes types = new ClassifierNaiveBayes();
        ClassifierNaiveBayes fields = new ClassifierNaiveBayes();
        List<Row> heldBack = new ArrayList<>();
        for (Row row : rows) {
            if (seen.merge(row.type(), 1, Integer::sum) % 5 == 0) {
                heldBack.add(row);
            } else {
                types.learn(row.text(), row.type());
                fields.learn(row.text(), row.field());
            }
        }
        int typeRight = 0;
        int fieldRight = 0;
        Map<String, int[]> perType = new java.util.TreeMap<>();
        for (Row row : heldBack) {
            boolean right = types.suggest(row.text()).orElseThrow().label().equals(row.type());
            typeRight += right ? 1 : 0;
            fieldRight += fields.suggest(row.text()).orElseThrow().label().equals(row.field()) ? 1 : 0;
            int[] line = perType.computeIfAbsent(row.type(), k -> new int[2]);
            line[0]++;
            line[1] += right ? 1 : 0;
        }
        return new Expected(rows.size() - heldBack.size(), heldBack.size(), typeRight, fieldRight, perType);
    }

    WebSession admin() throws Exception {
        return WebSession.signedIn(port, adminName, PASSWORD);
    }

    @Test
    @Order(1)
    void withoutAModelThereIsNoSuggestionAndThePageSaysSo() throws Exception {
        jdbc.sql("update insight.classifier_run set model_version = null").update();
        jdbc.sql("delete from insight.classifier_confusion").update();
        jdbc.sql("delete from insight.classifier_model").update();
        help.loadNewest(); // as at start on a fresh database

        assertThat(help.suggest("Khiếu nại thu hồi đất", "Khiếu nại quyết định thu hồi đất"))
                .isEmpty();
        WebSession session = admin();
        HttpResponse<String> page = session.get("/admin/classifier");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"classifier-none\"").contains("Chưa có mô hình");
        HttpResponse<String> fragment = session.post(
                "/insight/classification/suggestion",
                Map.of("title", "Khiếu nại thu hồi đất", "content", "Khiếu nại quyết định thu hồi đất"));
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("Gợi ý");
    }

    @Test
    @Order(2)
    void aModelLearntFromDecidedCasesIsMeasuredOnTheHeldBackOnesAndSuggestsTheRightTypeAndField() throws Exception {
        decidedCases(15);
        Expected expected = expected();

        long version = help.retrain().orElseThrow().get(2, TimeUnit.MINUTES);

        var figures = help.figures().orElseThrow();
        assertThat(figures.version()).isEqualTo(version);
        assertThat(figures.trainingCases()).isEqualTo(expected.training());
        assertThat(figures.heldBackCases()).isEqualTo(expected.heldBack()).isGreaterThanOrEqualTo(12);
        assertThat(figures.typeRight()).isEqualTo(expected.typeRight());
        assertThat(figures.fieldRight()).isEqualTo(expected.fieldRight());
        assertThat(figures.perLabel("TYPE"))
                .allSatisfy((type, line) ->
                        assertThat(line).containsExactly(expected.perType().get(type)));
        assertThat(help.modelVersion()).contains(version);

        String page = admin().get("/admin/classifier").body();
        int percent = (int) Math.round(100.0 * expected.typeRight() / expected.heldBack());
        assertThat(page)
                .contains("<strong>" + percent + "%</strong>")
                .contains("Đúng loại đơn (" + expected.typeRight() + "/" + expected.heldBack() + " đơn giữ lại)")
                .contains("id=\"classifier-confusion-TYPE\"")
                .contains("Huấn luyện lại");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action = 'classifier.trained' and subject_id = ?")
                        .param(String.valueOf(version))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var suggestion = help.suggest(
                        "Khiếu nại về thu hồi đất",
                        "Gia đình tôi khiếu nại quyết định thu hồi đất và mức bồi thường giải phóng mặt bằng")
                .orElseThrow();
        assertThat(suggestion.type()).isNotNull();
        assertThat(suggestion.type().code()).isEqualTo("COMPLAINT");
        assertThat(suggestion.field()).isNotNull();
        assertThat(suggestion.field().code()).isEqualTo("LAND");
        assertThat(suggestion.type().because()).isNotEmpty();

        HttpResponse<String> fragment = admin().post(
                        "/insight/classification/suggestion",
                        Map.of(
                                "title",
                                "Tố cáo cán bộ",
                                "content",
                                "Tôi tố cáo cán bộ địa chính nhận hối lộ khi làm hồ sơ đất cho dân"));
        assertThat(fragment.body())
                .contains("Gợi ý:")
                .contains("Tố cáo (độ tin cậy")
                .contains("data-type=\"DENUNCIATION\"")
                .contains("Dùng gợi ý");
    }

    @Test
    @Order(3)
    void retrainingAskedTwiceAtOnceTrainsOneModel() throws Exception {
        decidedCases(2);
        long modelsBefore = jdbc.sql("select count(*) from insight.classifier_model")
                .query(Long.class)
                .single();
        WebSession first = admin();
        WebSession second = admin();
        first.get("/admin/classifier");
        second.get("/admin/classifier");
        List<HttpResponse<String>> answers = new ArrayList<>();
        // The figures table is held locked, so the run that starts cannot finish before the other request arrives
        // (not the models table: the runs' foreign key to it would block the start itself). The lock goes first.
        try (ExecutorService pool = Executors.newFixedThreadPool(2);
                Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table insight.classifier_confusion in exclusive mode");
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (WebSession session : List.of(first, second)) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return session.post("/admin/classifier/retrain", Map.of());
                }));
            }
            go.countDown();
            for (var answer : sent) {
                answers.add(answer.get(1, TimeUnit.MINUTES));
            }
            assertThat(jdbc.sql("select count(*) from insight.classifier_run where state = 'RUNNING'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            lock.rollback();
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> a.body().contains("Đã bắt đầu huấn luyện lại")))
                .hasSize(1);
        assertThat(answers.stream().filter(a -> a.body().contains("Đang có một lần huấn luyện chạy")))
                .hasSize(1);

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (help.lastRun().orElseThrow().running() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(help.lastRun().orElseThrow().state()).isEqualTo("DONE");
        assertThat(jdbc.sql("select count(*) from insight.classifier_model")
                        .query(Long.class)
                        .single())
                .isEqualTo(modelsBefore + 1);
        Long made = help.lastRun().orElseThrow().modelVersion();
        assertThat(made).isNotNull();
        assertThat(help.modelVersion()).contains(made);
    }

    @Test
    @Order(4)
    void thePortalSuggestsToAnAddressUpToItsHourlyAllowanceThenAsksToWait() throws Exception {
        if (help.modelVersion().isEmpty()) {
            decidedCases(5);
            help.retrain().orElseThrow().get(2, TimeUnit.MINUTES);
        }
        HttpClient http = HttpClient.newHttpClient();
        WebSession citizen = new WebSession(port);
        String form = citizen.get("/portal/submit").body();
        Matcher token =
                Pattern.compile("classification/suggestion\\?_csrf=([^\"&]+)").matcher(form);
        assertThat(token.find()).as("the form asks for suggestions").isTrue();
        String body = "title=" + URLEncoder.encode("Phản ánh rác thải", StandardCharsets.UTF_8) + "&content="
                + URLEncoder.encode("Phản ánh rác thải đổ trộm ven sông gây mùi hôi", StandardCharsets.UTF_8)
                + "&fullName=" + URLEncoder.encode("Nguyễn Văn A", StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/portal/classification/suggestion?_csrf=" + token.group(1)))
                .header("Cookie", citizen.cookieHeader())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Phản ánh (độ tin cậy").doesNotContain("Dùng gợi ý");
        for (int i = 1; i < 120; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as("suggestion %d", i + 1)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).doesNotContain("Gợi ý");
    }
}
