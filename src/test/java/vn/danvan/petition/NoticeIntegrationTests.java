package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestServers;
import vn.danvan.notification.domain.Dispatcher;
import vn.danvan.shared.DomainException;

/**
 * The written notices of cases on the real database and the real test mail server: issued for every channel,
 * e-mailed with their PDF to the contact the petitioner gave, a denouncer's copy sealed.
 */
@DanvanIntegrationTest
class NoticeIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    PetitionResolution resolution;

    @Autowired
    PetitionQueries queries;

    @Autowired
    CaseNotices notices;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    PetitionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    @Test
    void aDeskPetitionWithAnEmailGetsItsAcceptanceNoticeWithThePdfAttachedAndTheAddressIsNeverStored()
            throws Exception {
        String email = unique("tai-quay");
        var received = intake.receive(
                desk(PetitionType.COMPLAINT, Channel.IN_PERSON, "Khiếu nại quyết định thu hồi đất", email),
                setting.communeHandler(),
                null);
        processing.decide(
                received.id(),
                new DecidePetition(Decision.ACCEPT, TODAY, false, null, null, null, null),
                setting.communeHandler());

        MimeMessage mail = mailTo(email, "thụ lý");
        List<byte[]> pdfs = pdfsOf(mail);
        assertThat(pdfs).hasSize(1);
        String text = textOf(pdfs.get(0));
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("THÔNG BÁO")
                .contains("Về việc thụ lý giải quyết khiếu nại")
                .contains("Kính gửi: Ông/Bà Trần Thị Bình")
                .contains("Căn cứ Luật Khiếu nại")
                .contains(received.trackingCode())
                .contains(setting.commune().name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        assertThat(mailTo(email, "Đã tiếp nhận").getSubject())
                .as("the receipt too, though the petition came to the desk")
                .contains(received.trackingCode());

        assertThat(notices.of(received.id(), setting.communeHandler()))
                .extracting(CaseNotices.Notice::kind, CaseNotices.Notice::addressee)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.ACCEPTANCE, NoticeAddressee.PETITIONER));
        assertThat(queries.timeline(received.id(), setting.communeHandler()))
                .filteredOn(entry -> entry.kind().equals("NOTICE_ISSUED"))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return jdbc.sql("select count(*) from notification.message where recipient_ref = ? and status = 'PENDING'")
                            .param("petitioner:" + received.id())
                            .query(Long.class)
                            .single()
                    == 0;
        });
        for (String schema : List.of("notification", "petition")) {
            var columns = jdbc.sql("""
                    select c.table_name, c.column_name from information_schema.columns c
                    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema = ? and t.table_type = 'BASE TABLE' and c.data_type in ('text', 'character varying', 'jsonb')
                    """)
                    .param(schema)
                    .query((rs, n) -> rs.getString(1) + "." + rs.getString(2))
                    .list();
            for (String column : columns) {
                String[] parts = column.split("\\.");
                assertThat(jdbc.sql("select count(*) from %s.%s where cast(%s as text) ilike ?"
                                        .formatted(schema, parts[0], parts[1]))
                                .param("%" + email + "%")
                                .query(Long.class)
                                .single())
                        .as("%s in %s.%s", email, schema, column)
                        .isZero();
            }
        }
        assertThat(new String(
                        jdbc.sql("select document_sealed from petition.notice where petition_id = ?")
                                .param(received.id())
                                .query(byte[].class)
                                .single(),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the stored document is sealed")
                .doesNotContain("%PDF");
    }

    @Test
    void guidanceRefusalTransferExtensionAndTheAnswerEachIssueTheirNoticeWhateverTheChannel() throws Exception {
        String email = unique("buu-dien");
        var guided = intake.receive(
                desk(PetitionType.FEEDBACK, Channel.POST, "Phản ánh về tiếng ồn công trường", email),
                setting.communeHandler(),
                null);
        processing.decide(
                guided.id(),
                new DecidePetition(Decision.GUIDE, TODAY, false, null, null, null, "Gửi đơn đến Sở Xây dựng."),
                setting.communeHandler());
        MimeMessage guidance = mailTo(email, "Văn bản hướng dẫn");
        assertThat(textOf(pdfsOf(guidance).get(0)))
                .contains("VĂN BẢN HƯỚNG DẪN")
                .contains("Gửi đơn đến Sở Xây dựng.");

        var filed = intake.receive(
                desk(PetitionType.COMPLAINT, Channel.POST, "Khiếu nại quá hạn", email), setting.communeHandler(), null);
        processing.decide(
                filed.id(),
                new DecidePetition(
                        Decision.FILE,
                        TODAY,
                        false,
                        FilingGround.TIME_BARRED,
                        null,
                        null,
                        "Quá 90 ngày kể từ ngày biết."),
                setting.communeHandler());
        assertThat(textOf(pdfsOf(mailTo(email, "Thông báo không thụ lý")).get(0)))
                .contains("Về việc không thụ lý giải quyết khiếu nại")
                .contains("Hết thời hiệu khiếu nại")
                .contains("Điều 11 và Điều 27 Luật Khiếu nại");

        var transferred = intake.receive(
                desk(PetitionType.DENUNCIATION, Channel.IN_PERSON, "Tố cáo cán bộ thuế", email),
                setting.communeHandler(),
                null);
        processing.decide(
                transferred.id(),
                new DecidePetition(Decision.TRANSFER, TODAY, false, null, null, "Cục Thuế tỉnh", null),
                setting.communeHandler());
        assertThat(notices.of(transferred.id(), setting.communeHandler()))
                .extracting(CaseNotices.Notice::kind, CaseNotices.Notice::addressee, CaseNotices.Notice::confidential)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                NoticeKind.TRANSFER_SLIP, NoticeAddressee.RECEIVING_BODY, true),
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.TRANSFER, NoticeAddressee.PETITIONER, true));
        assertThat(textOf(pdfsOf(mailTo(email, "chuyển đến cơ quan có thẩm quyền"))
                        .get(0)))
                .contains("Cục Thuế tỉnh")
                .contains("05 ngày làm việc");

        var answered = intake.receive(
                desk(PetitionType.RECOMMENDATION, Channel.IN_PERSON, "Kiến nghị lắp đèn", email),
                setting.communeHandler(),
                null);
        processing.decide(
                answered.id(),
                new DecidePetition(Decision.ACCEPT, TODAY, false, null, null, null, null),
                setting.communeHandler());
        resolution.extend(answered.id(), new ExtendResolution(null, "Chờ dự toán"), setting.communeHandler());
        resolution.conclude(
                answered.id(),
                new ConcludePetition(Outcome.ANSWERED, "Phường sẽ lắp đèn trong quý I.", TODAY),
                setting.communeHandler());
        assertThat(notices.of(answered.id(), setting.communeHandler()))
                .extracting(CaseNotices.Notice::kind)
                .containsExactly(NoticeKind.ACCEPTANCE, NoticeKind.EXTENSION, NoticeKind.DECISION);
        assertThat(textOf(pdfsOf(mailTo(email, "gia hạn")).get(0))).contains("Chờ dự toán");
        assertThat(textOf(pdfsOf(mailTo(email, "Đã có kết quả")).get(0)))
                .contains("Về việc trả lời đơn kiến nghị")
                .contains("Phường sẽ lắp đèn trong quý I.");
    }

    @Test
    void theDenouncersCopyOpensOnlyWithTheIdentityPermissionAndTheAccusedCopyCarriesTheContentOnly() throws Exception {
        String email = unique("to-cao");
        var received = intake.receive(
                desk(PetitionType.DENUNCIATION, Channel.IN_PERSON, "Tố cáo trưởng thôn thu tiền sai", email),
                setting.communeHandler(),
                null);
        processing.decide(
                received.id(),
                new DecidePetition(Decision.ACCEPT, TODAY, false, null, null, null, null),
                setting.communeHandler());

        var issued = notices.of(received.id(), setting.communeHandler());
        var toDenouncer = issued.stream()
                .filter(n -> n.addressee() == NoticeAddressee.PETITIONER)
                .findFirst()
                .orElseThrow();
        var toAccused = issued.stream()
                .filter(n -> n.addressee() == NoticeAddressee.ACCUSED)
                .findFirst()
                .orElseThrow();
        assertThat(toDenouncer.confidential()).isTrue();
        assertThat(toAccused.confidential()).isFalse();

        int refusals = audits(received.id(), "petition.identity-refused");
        assertThatThrownBy(() -> notices.download(received.id(), toDenouncer.id(), setting.communeHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.identity-confidential");
        assertThat(audits(received.id(), "petition.identity-refused")).isEqualTo(refusals + 1);

        String denouncerCopy = textOf(notices.download(received.id(), toDenouncer.id(), setting.confidant())
                .pdf());
        assertThat(denouncerCopy).contains("Trần Thị Bình").contains("giữ bí mật");
        assertThat(audits(received.id(), "petition.identity-viewed")).isEqualTo(1);

        String accusedCopy = textOf(notices.download(received.id(), toAccused.id(), setting.communeHandler())
                .pdf());
        assertThat(accusedCopy)
                .contains("Kính gửi: Người bị tố cáo")
                .contains("Tố cáo trưởng thôn thu tiền sai")
                .doesNotContain("Trần Thị Bình")
                .doesNotContain("Kiệt 7");

        assertThat(pdfsOf(mailTo(email, "thụ lý")))
                .as("the denouncer receives their own copy only")
                .hasSize(1);
        assertThatThrownBy(() -> notices.download(received.id(), toAccused.id(), outsider()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.not-found");
    }

    private vn.danvan.organization.StaffMember outsider() {
        return fixtures.setting().communeHandler();
    }

    private int audits(long petitionId, String action) {
        return jdbc.sql(
                        "select count(*) from shared.audit_event where subject_type = 'petition' and subject_id = ? and action = ?")
                .params(String.valueOf(petitionId), action)
                .query(Integer.class)
                .single();
    }

    private ReceivePetition desk(PetitionType type, Channel channel, String title, String email) {
        return new ReceivePetition(
                setting.commune().id(),
                channel,
                null,
                null,
                null,
                type,
                "LAND",
                null,
                false,
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                new PetitionerIdentity("Trần Thị Bình", null, "Kiệt 7, xã Hoà Bình", null, email, List.of()),
                title,
                "Nội dung: " + title,
                PetitionFixtures.COMMUNE_HOA,
                TODAY,
                false,
                null,
                null);
    }

    private MimeMessage mailTo(String recipient, String subjectPart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return find(recipient, subjectPart) != null;
        });
        return find(recipient, subjectPart);
    }

    private static MimeMessage find(String recipient, String subjectPart) {
        return Arrays.stream(TestServers.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                                && m.getSubject().contains(subjectPart);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElse(null);
    }

    private static List<byte[]> pdfsOf(MimeMessage message) throws Exception {
        List<byte[]> pdfs = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                        && part.getContentType().contains("pdf")) {
                    var out = new ByteArrayOutputStream();
                    part.getDataHandler().writeTo(out);
                    pdfs.add(out.toByteArray());
                }
            }
        }
        return pdfs;
    }

    /**
     * The notice's words with every run of spaces and line breaks as one space: where a line wraps depends on the
     * widths of the letters of the test's random names, so a sentence may break anywhere.
     */
    static String textOf(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
