package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestImages;
import vn.danvan.TestUnits;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.CitizenDesk.AnswerFilter;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.portal.CitizenSubmissions.Origin;
import vn.danvan.portal.CitizenSubmissions.Receipt;
import vn.danvan.portal.CitizenSubmissions.Upload;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnamTime;

@DanvanIntegrationTest
class PortalIntegrationTests {

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    CitizenSubmissions submissions;

    @Autowired
    RoutingTable routing;

    @Autowired
    CitizenDesk petitions;

    @Autowired
    CaseFeedback feedback;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.danvan.shared.FileStore files;

    @Autowired
    CitizenContacts contacts;

    @Autowired
    vn.danvan.shared.ContactSecrets secrets;

    @Autowired
    vn.danvan.report.PetitionHandlingReports reports;

    @Test
    void theMostSpecificRoutingRuleChoosesTheBody() {
        PortalFixtures.Setting setting = fixtures.setting();
        Body inspectorate = fixtures.administration.addBody(
                "TTR-" + UUID.randomUUID().toString().substring(0, 8),
                "Thanh tra thành phố",
                BodyKind.INSPECTORATE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                setting.province().id());
        Body landOffice = fixtures.administration.addBody(
                "DD-" + UUID.randomUUID().toString().substring(0, 8),
                "Phòng Tài nguyên",
                BodyKind.OTHER,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                setting.province().id());
        routing.add(new RoutingTable.NewRule(null, TestUnits.THUAN_HOA, "LAND", null, landOffice.id()));
        routing.add(new RoutingTable.NewRule(TestUnits.HUE, null, null, PetitionType.DENUNCIATION, inspectorate.id()));

        assertThat(routing.route(TestUnits.THUAN_HOA, "ENVIRONMENT", PetitionType.FEEDBACK))
                .as("commune rule")
                .isEqualTo(setting.ward().id());
        assertThat(routing.route(TestUnits.THUAN_HOA, "LAND", PetitionType.COMPLAINT))
                .as("commune × field beats commune")
                .isEqualTo(landOffice.id());
        assertThat(routing.route(TestUnits.PHU_XUAN, "LAND", PetitionType.FEEDBACK))
                .as("province rule for another ward")
                .isEqualTo(setting.province().id());
        assertThat(routing.route(TestUnits.PHU_XUAN, "OTHER", PetitionType.DENUNCIATION))
                .as("province × type beats province")
                .isEqualTo(inspectorate.id());
        assertThat(routing.route(TestUnits.THUAN_HOA, "OTHER", PetitionType.DENUNCIATION))
                .as("the commune is more specific than the type")
                .isEqualTo(setting.ward().id());
        assertThatThrownBy(() -> routing.add(
                        new RoutingTable.NewRule(null, TestUnits.THUAN_HOA, "LAND", null, inspectorate.id())))
                .isInstanceOf(DomainException.class)
                .hasMessage("portal.rule-exists");
    }

    @Test
    void aCitizensPhotoIsStoredWithoutThePlaceAndNameItsPhoneWroteIntoIt() throws Exception {
        fixtures.setting();
        String where = "GPS 16.46371N 107.59093E Tran Van Chup";
        byte[] fromPhone = TestImages.withExif(TestImages.jpeg(), where);
        assertThat(new String(fromPhone, java.nio.charset.StandardCharsets.UTF_8))
                .contains(where);

        Receipt receipt = submissions.submit(
                PortalFixtures.feedback("Đường vỡ ở kiệt 5", unique("chup")),
                List.of(upload("anh-duong.jpg", fromPhone)),
                PortalFixtures.portal("10.1.0.9"));

        var row = jdbc.sql("select storage_key, size_bytes, sha256 from petition.attachment where petition_id = ?")
                .param(receipt.petitionId())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)})
                .single();
        byte[] stored = java.nio.file.Files.readAllBytes(files.path("attachments", (String) row[0]));
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("GPS", "Tran Van Chup");
        assertThat(stored).isEqualTo(TestImages.jpeg());
        assertThat(row[1]).as("the size of what is stored").isEqualTo((long) stored.length);
        assertThat(row[2])
                .as("the digest of what is stored")
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(stored)));
    }

    @Test
    void aSubmissionEntersTheRoutedBodysQueueWithItsDeadlineAndFiles() throws Exception {
        PortalFixtures.Setting setting = fixtures.setting();
        byte[] png = TestImages.png();
        Receipt receipt = submissions.submit(
                PortalFixtures.feedback("Rác ở kiệt 12", unique("hoa")),
                List.of(upload("anh-rac.png", png)),
                PortalFixtures.portal("10.1.0.1"));

        assertThat(receipt.bodyId()).isEqualTo(setting.ward().id());
        assertThat(receipt.repeated()).isFalse();
        var tracked = petitions.track(receipt.trackingCode()).orElseThrow();
        assertThat(tracked.state()).isEqualTo(PetitionState.RECEIVED);
        assertThat(tracked.expectedOn()).as("statutory processing deadline").isAfter(tracked.receivedOn());
        assertThat(tracked.events()).extracting(CitizenDesk.PublicEvent::kind).containsExactly("RECEIVED");
        assertThat(jdbc.sql("select count(*) from petition.attachment where petition_id = ?")
                        .param(receipt.petitionId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select channel from petition.petition where id = ?")
                        .param(receipt.petitionId())
                        .query(String.class)
                        .single())
                .isEqualTo("ONLINE");
    }

    @Test
    void aFileOfAForbiddenTypeOrAPictureThatDoesNotHoldTogetherLeavesNoCaseBehind() {
        fixtures.setting();
        String email = unique("tep");
        byte[] executable = new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4};
        assertThatThrownBy(() -> submissions.submit(
                        PortalFixtures.feedback("Có tệp lạ", email),
                        List.of(upload("anh.png", executable)),
                        PortalFixtures.portal("10.1.0.2")))
                .isInstanceOf(DomainException.class);
        byte[] onlyStartsLikeAJpeg = java.util.Arrays.copyOf(TestImages.jpeg(), 300);
        assertThatThrownBy(() -> submissions.submit(
                        PortalFixtures.feedback("Có ảnh hỏng", email),
                        List.of(upload("anh.jpg", onlyStartsLikeAJpeg)),
                        PortalFixtures.portal("10.1.0.2")))
                .isInstanceOf(DomainException.class)
                .hasMessage("petition.attachment-type-not-allowed");
        assertThat(jdbc.sql("select count(*) from portal.submission where email_digest = ?")
                        .param(secrets.digest("email", email))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aRepeatedSubmitWithTheSameTokenMakesOneCaseEvenWhenTheRepeatsRace() throws Exception {
        fixtures.setting();
        CitizenSubmission submission = PortalFixtures.feedback("Đèn đường hỏng", unique("den"));
        Origin origin = PortalFixtures.portal("10.1.0.3");
        Receipt first = submissions.submit(submission, List.of(), origin);
        Receipt again = submissions.submit(submission, List.of(), origin);
        assertThat(again.trackingCode()).isEqualTo(first.trackingCode());
        assertThat(again.repeated()).isTrue();

        Origin racing = PortalFixtures.portal("10.1.0.3");
        CitizenSubmission other = PortalFixtures.feedback("Ống nước vỡ", unique("ong"));
        try (var pool = Executors.newFixedThreadPool(4)) {
            Callable<Receipt> send = () -> submissions.submit(other, List.of(), racing);
            List<Future<Receipt>> results = pool.invokeAll(List.of(send, send, send, send));
            List<String> codes = results.stream()
                    .map(f -> {
                        try {
                            return f.get().trackingCode();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    })
                    .distinct()
                    .toList();
            assertThat(codes).hasSize(1);
        }
        assertThat(jdbc.sql("select count(*) from portal.submission where request_key = ?")
                        .param(racing.requestKey())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anotherSubmissionWithATokenAlreadyUsedIsRefusedAndWritesNothing() {
        fixtures.setting();
        Origin origin = PortalFixtures.portal("10.1.0.4");
        submissions.submit(PortalFixtures.feedback("Cây đổ chắn đường", unique("cay")), List.of(), origin);
        long before = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> submissions.submit(
                        PortalFixtures.feedback("Chợ tạm lấn đường", unique("cho")), List.of(), origin))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.status().value()).isEqualTo(422);
                    assertThat(refused.code()).isEqualTo("portal.request-key-reused");
                });
        assertThat(jdbc.sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void oneAddressMaySendTwentyCasesAnHourAndOneContactFiveADay() {
        fixtures.setting();
        for (int i = 0; i < 20; i++) {
            submissions.submit(
                    PortalFixtures.feedback("Phản ánh số " + i, unique("ip" + i)),
                    List.of(),
                    PortalFixtures.portal("10.2.0.1"));
        }
        assertThatThrownBy(() -> submissions.submit(
                        PortalFixtures.feedback("Một lần nữa", unique("ip")),
                        List.of(),
                        PortalFixtures.portal("10.2.0.1")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("portal.too-many-from-address");
                    assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                });

        String email = unique("nhieu");
        for (int i = 0; i < 5; i++) {
            submissions.submit(
                    PortalFixtures.feedback("Lần " + i, email.toUpperCase(Locale.ROOT)),
                    List.of(),
                    PortalFixtures.portal("10.3.0." + i));
        }
        assertThatThrownBy(() -> submissions.submit(
                        PortalFixtures.feedback("Lần sáu", email), List.of(), PortalFixtures.portal("10.3.1.1")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("portal.too-many-from-contact"));
        assertThat(jdbc.sql("select count(*) from shared.audit_event where action = 'portal.rate-limited'")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void submissionsOfAnApiClientDoNotCountAgainstThePortalsLimitOfItsAddress() {
        fixtures.setting();
        for (int i = 0; i < 20; i++) {
            submissions.submit(
                    PortalFixtures.feedback("Qua tổng đài " + i, unique("td" + i)),
                    List.of(),
                    new Origin(
                            "open311:tong-dai",
                            UUID.randomUUID().toString(),
                            "10.5.0.1",
                            null,
                            Locale.forLanguageTag("vi"),
                            "2026-01"));
        }
        Receipt onThePortal = submissions.submit(
                PortalFixtures.feedback("Trên cổng", unique("cong")), List.of(), PortalFixtures.portal("10.5.0.1"));
        assertThat(onThePortal.repeated()).isFalse();
    }

    @Test
    void apiSubmissionsSentAtOnceAreWrittenTogetherEachWithItsTimelineSubmissionAuditAndNotification()
            throws Exception {
        fixtures.setting();
        String client = "open311:cung-luc-" + UUID.randomUUID();
        int count = 30;
        List<Callable<Receipt>> sends = new java.util.ArrayList<>();
        List<String> emails = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            emails.add(unique("cl" + n));
            sends.add(() -> submissions.submit(
                    PortalFixtures.feedback("Cùng lúc " + n, emails.get(n)),
                    List.of(),
                    new Origin(
                            client,
                            UUID.randomUUID().toString(),
                            "10.7.0." + n,
                            null,
                            Locale.forLanguageTag("vi"),
                            "2026-01"),
                    false));
        }
        List<Receipt> receipts = new java.util.ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(count)) {
            for (Future<Receipt> result : pool.invokeAll(sends)) {
                receipts.add(result.get());
            }
        }

        assertThat(receipts)
                .extracting(Receipt::trackingCode)
                .doesNotHaveDuplicates()
                .hasSize(count);
        for (int i = 0; i < count; i++) {
            Receipt receipt = receipts.get(i);
            var row = jdbc.sql("""
                    select p.tracking_code, p.state, s.client, s.ip,
                           (select count(*) from petition.petition_event e
                            where e.petition_id = p.id and e.kind = 'RECEIVED') as events,
                           (select string_agg(a.action, ',' order by a.action) from shared.audit_event a
                            where a.subject_type = 'petition' and a.subject_id = p.id::text) as audited,
                           (select count(*) from notification.message m where m.recipient_digest = ?) as notified
                    from petition.petition p join portal.submission s on s.petition_id = p.id where p.id = ?
                    """)
                    .params(secrets.digest("recipient", emails.get(i)), receipt.petitionId())
                    .query()
                    .singleRow();
            assertThat(row.get("tracking_code")).isEqualTo(receipt.trackingCode());
            assertThat(row.get("state")).isEqualTo("RECEIVED");
            assertThat(row.get("client")).isEqualTo(client);
            assertThat((String) row.get("ip")).startsWith("10.7.0.");
            assertThat(row.get("events")).isEqualTo(1L);
            assertThat(row.get("audited")).isEqualTo("petition.received,portal.submitted");
            assertThat(row.get("notified"))
                    .as("the citizen is told the case was received")
                    .isEqualTo(1L);
        }
    }

    @Test
    void anApiClientMaySendItsHourlyLimitAndNotOneMoreThoughItIsNotCountedAtEverySubmission() {
        fixtures.setting();
        String client = "open311:gioi-han-" + UUID.randomUUID();
        for (int i = 0; i < 60; i++) {
            submissions.submit(
                    PortalFixtures.feedback("Qua ứng dụng " + i, unique("ud" + i)),
                    List.of(),
                    new Origin(
                            client,
                            UUID.randomUUID().toString(),
                            "10.6.0." + (i % 200),
                            null,
                            Locale.forLanguageTag("vi"),
                            "2026-01"),
                    false);
        }
        assertThatThrownBy(() -> submissions.submit(
                        PortalFixtures.feedback("Lần thứ 61", unique("ud61")),
                        List.of(),
                        new Origin(
                                client,
                                UUID.randomUUID().toString(),
                                "10.6.1.1",
                                null,
                                Locale.forLanguageTag("vi"),
                                "2026-01"),
                        false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("portal.too-many-from-client");
                    assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                });
        assertThat(jdbc.sql("select count(*) from portal.submission where client = ?")
                        .param(client)
                        .query(Integer.class)
                        .single())
                .isEqualTo(60);
    }

    @Test
    void aPublishedAnswerHasThePetitionersPersonalDataMasked() {
        PortalFixtures.Setting setting = fixtures.setting();
        String email = unique("binh");
        var submission = new CitizenSubmission(
                PetitionType.RECOMMENDATION,
                "ENVIRONMENT",
                "Kiến nghị nạo vét mương",
                "Tôi là Trần Thị Bình, số điện thoại 0912 345 678, CCCD 046190000123, ở 7 Lê Lợi. Mương thoát nước "
                        + "kiệt 7 bị tắc, mưa là ngập. Liên hệ " + email + ".",
                TestUnits.THUAN_HOA,
                null,
                null,
                false,
                "Trần Thị Bình",
                "0912345678",
                email,
                "7 Lê Lợi",
                true);
        Receipt receipt = fixtures.submit(submission);
        fixtures.answer(
                receipt,
                setting.wardOfficer(),
                "Trả lời bà Trần Thị Bình (0912345678): phường đã nạo vét mương kiệt 7 ngày 20/11.");
        Receipt unpublished = fixtures.submit(new CitizenSubmission(
                PetitionType.FEEDBACK,
                "ENVIRONMENT",
                "Không công khai",
                "Nội dung riêng tư của tôi.",
                TestUnits.THUAN_HOA,
                null,
                null,
                false,
                "Ngô Văn Tư",
                null,
                unique("tu"),
                null,
                false));
        fixtures.answer(unpublished, setting.wardOfficer(), "Đã trả lời riêng.");

        var page =
                petitions.answers(new AnswerFilter(null, TestUnits.THUAN_HOA, "ENVIRONMENT", "nao vet muong", 0, 20));
        assertThat(page.rows())
                .extracting(CitizenDesk.PublishedAnswer::trackingCode)
                .contains(receipt.trackingCode())
                .doesNotContain(unpublished.trackingCode());
        var published = page.rows().stream()
                .filter(a -> a.trackingCode().equals(receipt.trackingCode()))
                .findFirst()
                .orElseThrow();
        String everything = published.title() + published.content() + published.answer();
        assertThat(everything)
                .doesNotContain("Trần Thị Bình", "0912", "345 678", "046190000123", "7 Lê Lợi", email)
                .contains("Mương thoát nước", "nạo vét mương kiệt 7");
        assertThat(petitions
                        .answers(new AnswerFilter(null, null, null, "Không công khai", 0, 20))
                        .rows())
                .isEmpty();
    }

    @Test
    void theAuthorRatesOnceAndMayReopenWithinTheWindowOnce() {
        PortalFixtures.Setting setting = fixtures.setting();
        Receipt receipt = fixtures.submit(PortalFixtures.feedback("Cây đổ chắn đường", unique("cay")));
        assertThatThrownBy(() -> feedback.rate(receipt.trackingCode(), 5, null, author(receipt)))
                .isInstanceOf(DomainException.class)
                .hasMessage("portal.case-not-finished");
        fixtures.answer(receipt, setting.wardOfficer(), "Đã cưa dọn cây đổ.");

        feedback.rate(receipt.trackingCode(), 2, "Dọn chậm", author(receipt));
        assertThat(feedback.rating(receipt.petitionId()).orElseThrow().score()).isEqualTo(2);
        assertThatThrownBy(() -> feedback.rate(receipt.trackingCode(), 5, null, author(receipt)))
                .isInstanceOf(DomainException.class)
                .hasMessage("portal.already-rated");
        assertThatThrownBy(() -> feedback.rate(receipt.trackingCode(), 6, null, author(receipt)))
                .isInstanceOf(DomainException.class);

        var reopened = feedback.reopen(receipt.trackingCode(), "Cành cây vẫn còn trên vỉa hè.", author(receipt));
        assertThat(reopened.state()).isEqualTo(PetitionState.RECEIVED);
        var tracked = petitions.track(reopened.trackingCode()).orElseThrow();
        assertThat(tracked.bodyId()).isEqualTo(setting.ward().id());
        assertThat(jdbc.sql("select relation from petition.petition where id = ?")
                        .param(reopened.id())
                        .query(String.class)
                        .single())
                .isEqualTo("REOPENED_FROM");
        assertThat(contacts.of(reopened.id())
                        .map(CitizenContacts.Contact::email)
                        .orElseThrow())
                .as("the contact follows the reopened case")
                .startsWith("cay-");
        assertThatThrownBy(() -> feedback.reopen(receipt.trackingCode(), "Lần nữa", author(receipt)))
                .isInstanceOf(DomainException.class)
                .hasMessage("petition.already-reopened");

        Receipt old = fixtures.submit(PortalFixtures.feedback("Ổ gà", unique("oga")));
        fixtures.answer(old, setting.wardOfficer(), "Đã vá.");
        jdbc.sql("update petition.petition set resolved_on = resolved_on - 31 where id = ?")
                .param(old.petitionId())
                .update();
        assertThatThrownBy(() -> feedback.reopen(old.trackingCode(), "Lại vỡ", author(old)))
                .isInstanceOf(DomainException.class)
                .hasMessage("portal.reopen-window-passed");
    }

    @Test
    void ratingsFeedTheBodysSatisfactionScoreOnTheReport() {
        PortalFixtures.Setting setting = fixtures.setting();
        for (int score : new int[] {5, 4, 2}) {
            Receipt receipt = fixtures.submit(PortalFixtures.feedback("Đánh giá " + score, unique("diem" + score)));
            fixtures.answer(receipt, setting.wardOfficer(), "Đã xử lý.");
            feedback.rate(receipt.trackingCode(), score, null, author(receipt));
        }
        var today = java.time.LocalDate.now(VietnamTime.ZONE);
        var report = reports.compile(setting.ward().id(), today.withDayOfMonth(1), today, false, setting.wardOfficer());
        assertThat(report.satisfaction()).singleElement().satisfies(row -> {
            assertThat(row.bodyId()).isEqualTo(setting.ward().id());
            assertThat(row.ratings()).isEqualTo(3);
            assertThat(row.average()).isEqualTo(3.7);
            assertThat(row.satisfiedShare()).isEqualTo(66.7);
        });
    }

    @Test
    void theAuditTrailRecordsTheSubmissionAndTheRating() {
        PortalFixtures.Setting setting = fixtures.setting();
        Receipt receipt = fixtures.submit(PortalFixtures.feedback("Loa phát thanh quá to", unique("loa")));
        fixtures.answer(receipt, setting.wardOfficer(), "Đã điều chỉnh giờ phát.");
        feedback.rate(receipt.trackingCode(), 5, null, author(receipt));
        List<String> actions = jdbc.sql("""
                select action from shared.audit_event where subject_type = 'petition' and subject_id = ? order by id
                """)
                .param(String.valueOf(receipt.petitionId()))
                .query(String.class)
                .list();
        assertThat(actions)
                .contains(
                        "petition.received",
                        "portal.submitted",
                        "petition.accepted",
                        "petition.resolved",
                        "petition.answer-published",
                        "portal.rated");
    }

    /** The author's proof: the receipt secret given with the receipt. */
    static CaseFeedback.Proof author(Receipt receipt) {
        return CaseFeedback.Proof.secret(receipt.secret());
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    static Upload upload(String name, byte[] content) {
        return new Upload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
    }
}
