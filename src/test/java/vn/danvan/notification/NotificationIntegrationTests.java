package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestServers;
import vn.danvan.dialogue.CommitmentOverdue;
import vn.danvan.notification.domain.Dispatcher;
import vn.danvan.notification.domain.EventResubmission;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.ExtendResolution;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionResolution;
import vn.danvan.petition.domain.OverdueWatch;
import vn.danvan.portal.CitizenSubmissions;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.portal.CitizenSubmissions.Origin;
import vn.danvan.portal.CitizenSubmissions.Receipt;
import vn.danvan.portal.PortalFixtures;

@DanvanIntegrationTest
class NotificationIntegrationTests {

    @Autowired
    PortalFixtures portal;

    @Autowired
    CitizenSubmissions submissions;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    vn.danvan.petition.PetitionIntake intake;

    @Autowired
    vn.danvan.petition.CitizenDesk citizenDesk;

    @Autowired
    PetitionResolution resolution;

    @Autowired
    OverdueWatch overdueWatch;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    EventResubmission resubmission;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.danvan.shared.ContactSecrets secrets;

    @AfterEach
    void smtpIsUpAgain() {
        if (!TestServers.mail().isRunning()) {
            TestServers.startMail();
        }
    }

    @Test
    void theCitizenAndTheWardStaffAreEmailedWhenACaseIsReceivedAcceptedExtendedAndAnswered() {
        var setting = portal.setting();
        String citizen = unique("hoa");
        Receipt receipt = portal.submit(PortalFixtures.feedback("Rác ở kiệt 12", citizen));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        processing.decide(
                receipt.petitionId(),
                new DecidePetition(Decision.ACCEPT, today, false, null, null, null, null),
                setting.wardOfficer());
        resolution.extend(
                receipt.petitionId(), new ExtendResolution(null, "Cần khảo sát hiện trường"), setting.wardOfficer());
        resolution.conclude(
                receipt.petitionId(),
                new vn.danvan.petition.ConcludePetition(
                        vn.danvan.petition.Outcome.ANSWERED, "Phường đã thu gom rác ngày 20/11.", today),
                setting.wardOfficer());

        List<String> toCitizen = subjectsTo(citizen, 4);
        assertThat(toCitizen)
                .containsExactlyInAnyOrder(
                        "[" + receipt.trackingCode() + "] Đã tiếp nhận phản ánh, kiến nghị của bạn",
                        "[" + receipt.trackingCode() + "] Hồ sơ của bạn đã được thụ lý",
                        "[" + receipt.trackingCode() + "] Thời hạn giải quyết hồ sơ được gia hạn",
                        "[" + receipt.trackingCode() + "] Đã có kết quả giải quyết hồ sơ của bạn");
        String answered = bodyOf(citizen, "Đã có kết quả");
        assertThat(answered)
                .contains(
                        "Phường đã thu gom rác ngày 20/11.",
                        "http://danvan.test/portal/track?code=" + receipt.trackingCode());

        String officer = "can-bo-" + setting.wardOfficer().username().substring("phuong-".length()) + "@example.vn";
        assertThat(subjectsTo(officer, 4))
                .contains(
                        "[" + receipt.trackingCode() + "] Hồ sơ mới chờ xử lý",
                        "[" + receipt.trackingCode() + "] Đã có kết quả");
        assertThat(jdbc.sql(
                                "select count(*) from notification.message where channel = 'EMAIL' and recipient_digest = ?")
                        .param(secrets.digest("recipient", citizen))
                        .query(Integer.class)
                        .single())
                .as("each event once")
                .isEqualTo(4);
    }

    @Test
    void theReceiptSecretReachesTheCitizenByMailAndIsErasedFromTheOutboxOnceSent() {
        portal.setting();
        String citizen = unique("bimat");
        Receipt receipt = portal.submit(PortalFixtures.feedback("Cống tắc ở kiệt 9", citizen));
        String secret = vn.danvan.portal.ReceiptSecrets.grouped(java.util.Objects.requireNonNull(receipt.secret()));
        var pending = jdbc.sql("select body, erase_once_sent from notification.message"
                        + " where channel = 'EMAIL' and recipient_digest = ? and status = 'PENDING'")
                .param(secrets.digest("recipient", citizen))
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2))))
                .single();
        assertThat(pending.get(0)).contains(secret);
        assertThat(pending.get(1)).isEqualTo(secret);

        subjectsTo(citizen, 1);

        assertThat(bodyOf(citizen, "Đã tiếp nhận")).contains("Mã bí mật của hồ sơ: " + secret);
        var sent = jdbc.sql("select status, body, erase_once_sent is null from notification.message"
                        + " where channel = 'EMAIL' and recipient_digest = ?")
                .param(secrets.digest("recipient", citizen))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .single();
        assertThat(sent.get(0)).isEqualTo("SENT");
        assertThat((String) sent.get(1)).doesNotContain(secret).contains("Mã bí mật của hồ sơ: •••••-•••••");
        assertThat(sent.get(2)).isEqualTo(true);
    }

    @Test
    void aDeskPetitionIsAnnouncedFromItsReceiptAsTheTrackingPageShowsItAndItsPetitionerByTheContactTheyGave() {
        var setting = portal.setting();
        String phone = "0905" + String.valueOf(System.nanoTime()).substring(0, 6);
        var received = intake.receive(
                new vn.danvan.petition.ReceivePetition(
                        setting.ward().id(),
                        vn.danvan.petition.Channel.IN_PERSON,
                        null,
                        null,
                        null,
                        vn.danvan.petition.PetitionType.FEEDBACK,
                        "LAND",
                        null,
                        false,
                        vn.danvan.petition.PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        new vn.danvan.petition.PetitionerIdentity("Lê Văn Tám", null, "Kiệt 5", phone, null, List.of()),
                        "Lê Văn Tám báo rác ở kiệt 5, gọi " + phone,
                        "Rác đổ trộm ở đầu kiệt 5 đã ba ngày.",
                        vn.danvan.TestUnits.THUAN_HOA,
                        LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                        false,
                        null,
                        null),
                setting.wardOfficer(),
                null);

        var tracked = citizenDesk.track(received.trackingCode()).orElseThrow();
        String officer = "can-bo-" + setting.wardOfficer().username().substring("phuong-".length()) + "@example.vn";
        subjectsTo(officer, 1);
        assertThat(bodyOf(officer, "[" + received.trackingCode() + "] Hồ sơ mới chờ xử lý"))
                .as("the title as the tracking page shows it, and the deadline of the case")
                .contains(
                        "\"" + tracked.title() + "\"",
                        tracked.expectedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .doesNotContain("Tám", phone);
        assertThat(jdbc.sql("select channel from notification.message where recipient_ref = ? order by id")
                        .param("petitioner:" + received.id())
                        .query(String.class)
                        .list())
                .as("the petitioner left a phone number and no e-mail address in their sealed identity")
                .containsExactly("SMS");
    }

    @Test
    void staffEmailsLeaveOutTheTitleOfADenunciationEvenAfterItIsReclassified() {
        var setting = portal.setting();
        String title = "Tố cáo cán bộ địa chính " + UUID.randomUUID().toString().substring(0, 8);
        Receipt receipt = portal.submit(new CitizenSubmission(
                vn.danvan.petition.PetitionType.DENUNCIATION,
                "LAND",
                title,
                "Cán bộ địa chính phường nhận tiền để hợp thức hoá đất lấn chiếm.",
                vn.danvan.TestUnits.THUAN_HOA,
                null,
                null,
                false,
                "Người tố cáo",
                null,
                unique("to-cao"),
                "Kiệt 3",
                false));
        processing.classify(
                receipt.petitionId(),
                new vn.danvan.petition.ClassifyPetition(vn.danvan.petition.PetitionType.FEEDBACK, "LAND", null, false),
                setting.wardOfficer());
        processing.decide(
                receipt.petitionId(),
                new DecidePetition(
                        Decision.ACCEPT,
                        LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                        false,
                        null,
                        null,
                        null,
                        null),
                setting.wardOfficer());

        String officer = "can-bo-" + setting.wardOfficer().username().substring("phuong-".length()) + "@example.vn";
        assertThat(subjectsTo(officer, 2)).contains("[" + receipt.trackingCode() + "] Đã thụ lý");
        assertThat(bodyOf(officer, "[" + receipt.trackingCode() + "] Đã thụ lý"))
                .as("the seal stays with the identity: the title may point to the denouncer")
                .doesNotContain(title);
    }

    @Test
    void aTransferAndAMissedDeadlineAreEmailedTooInTheCitizensLanguage() {
        var setting = portal.setting();
        String citizen = unique("english");
        Receipt receipt = submissions.submit(
                PortalFixtures.feedback("Broken street light", citizen),
                List.of(),
                new Origin("portal", UUID.randomUUID().toString(), "10.9.0.1", null, Locale.ENGLISH, "2026-01"));
        Receipt late = portal.submit(PortalFixtures.feedback("Cống tắc", unique("tre")));
        processing.decide(
                receipt.petitionId(),
                new DecidePetition(
                        Decision.TRANSFER,
                        null,
                        false,
                        null,
                        setting.province().id(),
                        null,
                        "Thuộc thẩm quyền thành phố"),
                setting.wardOfficer());
        jdbc.sql("update petition.petition set processing_due = processing_due - 60 where id = ?")
                .param(late.petitionId())
                .update();
        overdueWatch.flagOverdue(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));

        assertThat(subjectsTo(citizen, 2))
                .contains(
                        "[" + receipt.trackingCode() + "] Your case has been received",
                        "[" + receipt.trackingCode() + "] Your case has been sent to the competent body");
        assertThat(bodyOf(citizen, "competent body"))
                .contains(setting.province().name());
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return jdbc.sql("select count(*) from notification.message where subject like ? and status = 'SENT'")
                            .param("[" + late.trackingCode() + "]%quá hạn%")
                            .query(Integer.class)
                            .single()
                    >= 1;
        });
    }

    @Test
    void whenSmtpIsDownTheMailWaitsAndIsSentOnceItIsBack() {
        portal.setting();
        TestServers.stopMail();
        String citizen = unique("cho");
        Receipt receipt = portal.submit(PortalFixtures.feedback("Nước sinh hoạt đục", citizen));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return jdbc.sql("select attempts from notification.message where recipient_digest = ?")
                            .param(secrets.digest("recipient", citizen))
                            .query(Integer.class)
                            .optional()
                            .orElse(0)
                    >= 1;
        });
        assertThat(jdbc.sql(
                                "select status || ':' || coalesce(last_error, '') from notification.message where recipient_digest = ?")
                        .param(secrets.digest("recipient", citizen))
                        .query(String.class)
                        .single())
                .startsWith("PENDING:")
                .contains("Exception");

        TestServers.startMail();
        assertThat(subjectsTo(citizen, 1))
                .containsExactly("[" + receipt.trackingCode() + "] Đã tiếp nhận phản ánh, kiến nghị của bạn");
    }

    @Test
    void aCaseAndItsMessagesAreKeptOrLostTogether() {
        portal.setting();
        String citizen = unique("cung-nhau");
        String title = "Sạt lở bờ sông " + UUID.randomUUID();
        jdbc.sql("alter table notification.message rename to message_away").update();
        try {
            assertThatThrownBy(() -> portal.submit(PortalFixtures.feedback(title, citizen)))
                    .isInstanceOf(DataAccessException.class);
            assertThat(jdbc.sql("select count(*) from petition.petition where title = ?")
                            .param(title)
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from portal.submission where email_digest = ?")
                            .param(secrets.digest("email", citizen))
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            jdbc.sql("alter table notification.message_away rename to message").update();
        }
        Receipt receipt = portal.submit(PortalFixtures.feedback(title, citizen));
        assertThat(jdbc.sql("select count(*) from petition.petition where title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                        .param("%" + receipt.trackingCode() + "%")
                        .query(Long.class)
                        .single())
                .as("the outbox is the only queue: no event publication besides it")
                .isZero();
        assertThat(subjectsTo(citizen, 1))
                .containsExactly("[" + receipt.trackingCode() + "] Đã tiếp nhận phản ánh, kiến nghị của bạn");
    }

    @Test
    void anOverdueCommitmentWhoseListenerFailedIsResubmittedAndItsMailStillGoesOut() {
        var setting = portal.setting();
        String promise = "Nạo vét mương " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("alter table notification.message rename to message_away").update();
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(new CommitmentOverdue(
                    -1L, setting.ward().id(), "Chủ tịch UBND phường", promise, LocalDate.of(2026, 10, 1))));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("""
                    select count(*) from event_publication where completion_date is null and status = 'FAILED'
                      and serialized_event like ? and listener_id like '%CaseNotifications%'
                    """)
                                    .param("%" + promise + "%")
                                    .query(Integer.class)
                                    .single()
                            == 1);
        } finally {
            jdbc.sql("alter table notification.message_away rename to message").update();
        }
        resubmission.resubmitOlderThan(Duration.ZERO);
        String officer = "can-bo-" + setting.wardOfficer().username().substring("phuong-".length()) + "@example.vn";
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return messagesTo(officer).stream().anyMatch(m -> subject(m).equals("Lời hứa quá hạn: " + promise));
        });
    }

    @Test
    void aPublicationLeftIncompleteForTheListenerBeforeItMovedReachesItWhereItIsNow() throws Exception {
        var setting = portal.setting();
        String promise = "Sửa cống " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("alter table notification.message rename to message_away").update();
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(new CommitmentOverdue(
                    -1L, setting.ward().id(), "Chủ tịch UBND phường", promise, LocalDate.of(2026, 10, 1))));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("""
                    select count(*) from event_publication where completion_date is null and status = 'FAILED'
                      and serialized_event like ?
                    """)
                                    .param("%" + promise + "%")
                                    .query(Integer.class)
                                    .single()
                            == 1);
        } finally {
            jdbc.sql("alter table notification.message_away rename to message").update();
        }
        // As a database of the version before the move holds it: the listener under its old class name.
        jdbc.sql("""
                update event_publication set listener_id = replace(listener_id, 'notification.domain.', 'notification.')
                where serialized_event like ?
                """).param("%" + promise + "%").update();
        String migration = new String(
                getClass()
                        .getResourceAsStream(
                                "/db/migration/notification/V2026_11_30_1700__notification_listener_moved.sql")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        jdbc.sql(migration).update();

        resubmission.resubmitOlderThan(Duration.ZERO);
        String officer = "can-bo-" + setting.wardOfficer().username().substring("phuong-".length()) + "@example.vn";
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return messagesTo(officer).stream().anyMatch(m -> subject(m).equals("Lời hứa quá hạn: " + promise));
        });
    }

    @Test
    void dispatchersRacingOnTheSameOutboxSendEachMessageOnce() throws Exception {
        String recipient = unique("mot-lan");
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 30; i++) {
                jdbc.sql(
                                "insert into notification.message (event_key, channel, recipient, subject, body) values (?, 'EMAIL', ?, ?, 'x')")
                        .params("race:" + i, recipient, "Thư " + i)
                        .update();
            }
        });
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                pool.submit(dispatcher::dispatchDue);
            }
        }
        List<String> subjects = subjectsTo(recipient, 30);
        assertThat(subjects).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void anOverdueCommitmentIsEmailedToItsOwnersStaff() {
        var setting = portal.setting();
        transactions.executeWithoutResult(status -> events.publishEvent(new CommitmentOverdue(
                -1L, setting.ward().id(), "Chủ tịch UBND phường", "Lắp đèn kiệt 5", LocalDate.of(2026, 10, 1))));
        String officer = "can-bo-" + setting.wardOfficer().username().substring("phuong-".length()) + "@example.vn";
        assertThat(subjectsTo(officer, 1)).containsExactly("Lời hứa quá hạn: Lắp đèn kiệt 5");
        assertThat(bodyOf(officer, "Lời hứa")).contains("01/10/2026", "http://danvan.test/commitments?overdue=true");
    }

    @Test
    void onceItsMailIsSentNoTableOfThePortalOrTheOutboxHoldsTheCitizensContactInClear() {
        portal.setting();
        String citizen = unique("bi-mat");
        String phone = "0987" + (100_000 + (int) (Math.random() * 899_999));
        Receipt receipt = submissions.submit(
                new CitizenSubmission(
                        vn.danvan.petition.PetitionType.FEEDBACK,
                        "ENVIRONMENT",
                        "Đèn đường tắt",
                        "Đèn đường ở kiệt 9 tắt đã một tuần.",
                        vn.danvan.TestUnits.THUAN_HOA,
                        null,
                        null,
                        false,
                        "Phan Thị Mai",
                        phone,
                        citizen,
                        null,
                        true),
                List.of(),
                PortalFixtures.portal("10.9.9.9"));
        assertThat(subjectsTo(citizen, 1))
                .containsExactly("[" + receipt.trackingCode() + "] Đã tiếp nhận phản ánh, kiến nghị của bạn");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return jdbc.sql("select count(*) from notification.message where status = 'PENDING'")
                            .query(Long.class)
                            .single()
                    == 0;
        });

        var columns = jdbc.sql("""
                select table_schema, table_name, column_name from information_schema.columns c
                where table_schema in ('portal', 'notification')
                  and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema
                              and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
                """)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        assertThat(columns).hasSizeGreaterThan(20);
        for (List<String> column : columns) {
            for (String contact : List.of(citizen, phone, phone.substring(1))) {
                long found = jdbc.sql("select count(*) from %s.%s where cast(%s as text) ilike ?"
                                .formatted(column.get(0), column.get(1), column.get(2)))
                        .param("%" + contact + "%")
                        .query(Long.class)
                        .single();
                assertThat(found)
                        .as("%s in %s", contact, String.join(".", column))
                        .isZero();
            }
        }
    }

    private List<String> subjectsTo(String recipient, int atLeast) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return messagesTo(recipient).size() >= atLeast;
        });
        return messagesTo(recipient).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String bodyOf(String recipient, String subjectPart) {
        return messagesTo(recipient).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains(subjectPart);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(m -> {
                    try {
                        return textOf(m.getContent());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
    }

    /** The text of a message: itself, or its text part when it carries a written notice as attachment. */
    private static String textOf(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    text.append(textOf(part.getContent()));
                }
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(TestServers.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
