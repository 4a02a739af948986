package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.dialogue.CommitmentTracking;
import vn.danvan.dialogue.DialogueCommands;
import vn.danvan.dialogue.DialogueKind;
import vn.danvan.dialogue.DialogueRecording;
import vn.danvan.petition.Decision;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.programme.PlanCommands.AddTask;
import vn.danvan.programme.PlanCommands.DraftPlan;
import vn.danvan.programme.PlanCommands.ReportProgress;
import vn.danvan.programme.ReviewCommands.OpenReview;
import vn.danvan.programme.ReviewCommands.WriteReview;
import vn.danvan.programme.domain.Review;
import vn.danvan.programme.domain.ReviewFigure;
import vn.danvan.programme.domain.ReviewSection;
import vn.danvan.reception.Matter;
import vn.danvan.reception.ReceptionCommands;
import vn.danvan.reception.ReceptionLog;
import vn.danvan.shared.VietnamTime;

/**
 * The mid-year review of the province's board counts the records of the board and the commune under it — made through
 * each module's own services — and its figures equal the hand counts; once issued they are frozen.
 */
@DanvanIntegrationTest
class ReviewFiguresIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);
    /** The first half of last year: over, and every record of it lies in the past. */
    private static final int YEAR = TODAY.getYear() - 1;

    @LocalServerPort
    int port;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanBook plans;

    @Autowired
    ReviewBook reviews;

    @Autowired
    ReceptionLog reception;

    @Autowired
    DialogueRecording dialogues;

    @Autowired
    CommitmentTracking commitments;

    PlanFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    void recordTheHalfYear() {
        var board = setting.boardStaff();
        var commune = setting.communeStaff();
        // plans: one plan, two tasks due in the half-year (one done, one late), one due after; two progress reports
        var plan = plans.draft(
                new DraftPlan(setting.board().id(), YEAR, PlanSector.FRONT, "Kế hoạch dân vận năm " + YEAR, null),
                board);
        var done = plans.addTask(
                plan.id(), new AddTask("Hội nghị đối thoại", setting.commune().id(), date(3, 31), null, null), board);
        plans.addTask(plan.id(), new AddTask("Thăm hộ nghèo", setting.commune().id(), date(5, 31), null, null), board);
        plans.addTask(
                plan.id(), new AddTask("Tổng kết mô hình", setting.commune().id(), date(9, 30), null, null), board);
        plans.reportProgress(done.id(), new ReportProgress(date(3, 10), null, "Đã chuẩn bị"), TODAY, commune);
        plans.reportProgress(done.id(), new ReportProgress(date(3, 20), null, "Đã tổ chức"), TODAY, commune);
        plans.complete(done.id(), date(3, 20), TODAY, commune);

        // reception: one person, then a delegation of six; one more visit after the half-year
        visit(date(2, 10), PetitionerKind.INDIVIDUAL, 1, 0);
        visit(date(3, 5), PetitionerKind.GROUP, 6, 1);
        visit(date(7, 2), PetitionerKind.INDIVIDUAL, 1, 0);

        // petitions: three received in the half-year (two accepted, one resolved; one guided), one after it
        var resolved = fixtures.receive(setting.commune(), PetitionType.RECOMMENDATION, date(2, 2), commune);
        fixtures.decide(resolved, Decision.ACCEPT, date(2, 3), commune);
        fixtures.resolve(resolved, date(2, 20), commune);
        var open = fixtures.receive(setting.commune(), PetitionType.FEEDBACK, date(4, 6), commune);
        fixtures.decide(open, Decision.ACCEPT, date(4, 7), commune);
        var guided = fixtures.receive(setting.commune(), PetitionType.FEEDBACK, date(5, 4), commune);
        fixtures.decide(guided, Decision.GUIDE, date(5, 5), commune);
        fixtures.receive(setting.commune(), PetitionType.FEEDBACK, date(7, 6), commune);

        // a dialogue with one promise, not kept by its due date
        var dialogue = dialogues.hold(
                new DialogueCommands.HoldDialogue(
                        setting.commune().id(),
                        null,
                        DialogueKind.THEMATIC,
                        date(4, 5),
                        "Nhà văn hoá tổ 5",
                        "Đối thoại về vệ sinh môi trường",
                        "Chủ tịch UBND phường",
                        null,
                        80,
                        null,
                        null,
                        null),
                TODAY,
                commune);
        var issue = dialogues.raiseIssue(
                dialogue.id(),
                new DialogueCommands.RaiseIssue("Nạo vét mương thoát nước", "Ông Tư", "LAND", "Sẽ nạo vét"),
                commune);
        commitments.commit(
                issue.id(),
                new DialogueCommands.MakeCommitment(
                        setting.commune().id(), "Chủ tịch UBND phường", null, "Nạo vét mương tổ 5", date(5, 15)),
                TODAY,
                commune);
    }

    void visit(LocalDate on, PetitionerKind kind, int people, int representatives) {
        reception.record(
                new ReceptionCommands.RecordVisit(
                        setting.commune().id(),
                        null,
                        on,
                        kind,
                        people,
                        representatives,
                        "Công dân",
                        null,
                        null,
                        null,
                        Matter.NEW,
                        PetitionType.FEEDBACK,
                        "LAND",
                        "Phản ánh về mương thoát nước",
                        "Tiếp thu",
                        null),
                TODAY,
                setting.communeStaff());
    }

    Review openHalfYear() {
        return reviews.open(
                new OpenReview(
                        setting.board().id(),
                        ReviewKind.MID_YEAR,
                        date(1, 1),
                        date(6, 30),
                        "Sơ kết 6 tháng đầu năm " + YEAR + " công tác dân vận",
                        "Huế"),
                TODAY,
                setting.boardStaff());
    }

    static Map<String, Long> byLabel(List<ReviewSection> sections) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (ReviewSection section : sections) {
            for (ReviewFigure figure : section.figures()) {
                figures.put(figure.labelKey(), figure.value().longValueExact());
            }
        }
        return figures;
    }

    @Test
    void theMidYearReviewsFiguresEqualTheHandCountsOfTheRawRecordsAndFreezeOnIssue() throws Exception {
        recordTheHalfYear();
        Review review = openHalfYear();

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("review.figure.plans", 1L);
        expected.put("review.figure.plan-tasks-due", 2L);
        expected.put("review.figure.plan-tasks-done", 1L);
        expected.put("review.figure.plan-tasks-late", 1L);
        expected.put("review.figure.progress-reports", 2L);
        expected.put("review.figure.reception-sessions", 0L);
        expected.put("review.figure.reception-visits", 2L);
        expected.put("review.figure.reception-people", 7L);
        expected.put("review.figure.reception-delegations", 1L);
        expected.put("review.figure.petitions-received", 3L);
        expected.put("review.figure.petitions-within", 2L);
        expected.put("review.figure.petitions-resolved", 1L);
        expected.put("review.figure.petitions-pending", 1L);
        expected.put("review.figure.dialogues-held", 1L);
        expected.put("review.figure.commitments-made", 1L);
        expected.put("review.figure.commitments-done", 0L);
        expected.put("review.figure.commitments-overdue", 1L);
        expected.put("review.figure.disclosures-due", 0L);
        expected.put("review.figure.agreements-in-force", 0L);
        assertThat(byLabel(reviews.figures(review))).containsAllEntriesOf(expected);

        reviews.write(
                review.id(),
                new WriteReview(
                        "15-BC/BDV",
                        "Công tác dân vận được triển khai đồng bộ.",
                        "Một số cam kết chậm thực hiện.",
                        "Kinh phí hạn chế.",
                        "Lắng nghe dân.",
                        "Đôn đốc thực hiện cam kết.",
                        "Nguyễn Thị Lan",
                        "Trưởng ban"),
                setting.boardStaff());
        Review issued = reviews.issue(review.id(), TODAY, setting.boardStaff());
        assertThat(issued.issued()).isTrue();

        // a visit recorded later in the half-year changes the live count, not the issued review
        visit(date(6, 1), PetitionerKind.INDIVIDUAL, 1, 0);
        Review again = reviews.review(review.id(), setting.boardStaff());
        assertThat(byLabel(reviews.figures(again))).containsAllEntriesOf(expected);
        assertThat(byLabel(reviews.figures(openHalfYear()))).containsEntry("review.figure.reception-visits", 3L);
        assertThatThrownBy(() -> reviews.write(
                        review.id(),
                        new WriteReview(null, null, null, null, null, null, null, null),
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("review.issued-already");

        // the Word document, opened back with POI, shows the frozen figures in its tables
        WebSession session = WebSession.signedIn(
                port,
                setting.boardStaff().username(),
                PlanFixtures.PASSWORD_PREFIX + setting.boardStaff().username());
        var download = session.download("/programme/reviews/" + review.id() + "/document.docx");
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] docx = download.body();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            Map<String, String> rows = new LinkedHashMap<>();
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    if (row.getTableCells().size() == 3) {
                        rows.put(row.getCell(1).getText(), row.getCell(2).getText());
                    }
                }
            }
            assertThat(rows)
                    .containsEntry("Lượt công dân được tiếp", "2")
                    .containsEntry("Số người được tiếp", "7")
                    .containsEntry("Đơn tiếp nhận trong kỳ", "3")
                    .containsEntry("Cam kết quá hạn chưa thực hiện", "1")
                    .containsEntry("Nhiệm vụ quá hạn chưa hoàn thành", "1");
            String text = extractor.getText();
            assertThat(text)
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("Số 15-BC/BDV")
                    .contains("SƠ KẾT 6 THÁNG ĐẦU NĂM")
                    .contains("Công tác dân vận được triển khai đồng bộ.")
                    .contains("Nguyễn Thị Lan")
                    .doesNotContain("DỰ THẢO");
        }
        byte[] pdf = session.download("/programme/reviews/" + review.id() + "/document.pdf")
                .body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void aReviewIsIssuedOnlyWithItsResultsNumberAndSignerAndWritesNothingWhenRefused() {
        Review review = openHalfYear();
        assertThatThrownBy(() -> reviews.issue(review.id(), TODAY, setting.boardStaff()))
                .extracting("code")
                .isEqualTo("review.results-required");
        assertThat(reviews.review(review.id(), setting.boardStaff()).issued()).isFalse();
        assertThatThrownBy(() -> reviews.open(
                        new OpenReview(
                                setting.board().id(), ReviewKind.YEAR_END, date(6, 30), date(1, 1), "Ngược", "Huế"),
                        TODAY,
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("review.period-reversed");
        assertThatThrownBy(() -> reviews.review(review.id(), setting.communeStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
    }
}
