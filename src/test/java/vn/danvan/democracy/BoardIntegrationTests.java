package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.democracy.BoardCommands.CreateBoard;
import vn.danvan.democracy.BoardCommands.MemberRole;
import vn.danvan.democracy.BoardCommands.Position;
import vn.danvan.democracy.SupervisionCommands.Answer;
import vn.danvan.democracy.SupervisionCommands.FollowUp;
import vn.danvan.democracy.SupervisionCommands.Outcome;
import vn.danvan.democracy.SupervisionCommands.SendRecommendation;
import vn.danvan.democracy.domain.SupervisionRecommendation;
import vn.danvan.notification.domain.Dispatcher;
import vn.danvan.shared.DomainException;

/**
 * A ward's Ban Thanh tra nhân dân checked member by member (resident, not an official) and flagged while short of
 * members; a community investment-supervision board refused with fewer than 5; a board's recommendation followed to
 * its answer, another falling overdue — the addressee's head gets both by mail (GreenMail).
 */
@DanvanIntegrationTest
class BoardIntegrationTests {

    @Autowired
    SupervisionFixtures fixtures;

    @Autowired
    BoardRegistry boards;

    @Autowired
    SupervisionRecommendations recommendations;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    SupervisionFixtures.Oversight oversight;
    DemocracyFixtures.Setting setting;
    LocalDate today;

    @BeforeEach
    void setUp() {
        oversight = fixtures.oversight();
        setting = oversight.setting();
        today = LocalDate.now(clock);
    }

    long inspectionBoard() {
        return boards.create(
                new CreateBoard(
                        BoardKind.PEOPLES_INSPECTION,
                        setting.front().id(),
                        setting.thuanHoa().id(),
                        "Ban Thanh tra nhân dân phường Thuận Hoá",
                        null,
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2031, 6, 30),
                        List.of()),
                setting.frontStaff());
    }

    int members(long boardId) {
        return jdbc.sql("select count(*) from democracy.board_member where board_id = ?")
                .param(boardId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aCommuneOfficialAndANonResidentAreRefusedAndABoardShortOfMembersIsFlagged() {
        long board = inspectionBoard();
        var households = oversight.households();
        boards.addMember(
                board,
                SupervisionFixtures.resident("Hồ Văn Một", households.get(0), MemberRole.HEAD),
                setting.frontStaff());

        // A declared commune official.
        assertThatThrownBy(() -> boards.addMember(
                        board,
                        SupervisionFixtures.declared(
                                "Trần Văn Công", TestUnits.THUAN_HOA, Position.COMMUNE_CIVIL_SERVANT),
                        setting.frontStaff()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("oversight.member-official"));
        // A namesake of a staff member of the ward's bodies, unless the officer confirms it is another person.
        String staffName = "Cán bộ " + setting.thuanHoaOfficer().username();
        assertThatThrownBy(() -> boards.addMember(
                        board,
                        SupervisionFixtures.declared(staffName, TestUnits.THUAN_HOA, Position.NONE),
                        setting.frontStaff()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("oversight.member-staff-namesake"));
        // A resident of another ward, declared or through the other ward's register.
        assertThatThrownBy(() -> boards.addMember(
                        board,
                        SupervisionFixtures.declared("Ngô Văn Khách", TestUnits.PHU_XUAN, Position.NONE),
                        setting.frontStaff()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("oversight.member-not-resident"));
        assertThatThrownBy(() -> boards.addMember(
                        board,
                        new BoardCommands.AddMember(
                                "Ngô Văn Khách", MemberRole.MEMBER, null, null, null, Position.NONE, false, today),
                        setting.frontStaff()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("oversight.member-residence-required"));
        assertThat(members(board)).isEqualTo(1);

        int hamlets = jdbc.sql("select count(*) from democracy.hamlet where commune_code = ?")
                .param(TestUnits.THUAN_HOA)
                .query(Integer.class)
                .single();
        var composition = boards.composition(boards.board(board, setting.frontStaff()));
        assertThat(composition.required()).isEqualTo(Math.max(5, hamlets));
        assertThat(composition.members()).isEqualTo(1);
        assertThat(composition.shortOfMembers()).isTrue();

        // The namesake confirmed as another person, and a declared resident, are taken.
        boards.addMember(
                board,
                new BoardCommands.AddMember(
                        staffName,
                        MemberRole.MEMBER,
                        null,
                        "5 Lê Lợi",
                        TestUnits.THUAN_HOA,
                        Position.NONE,
                        true,
                        today),
                setting.frontStaff());
        assertThat(members(board)).isEqualTo(2);
        assertThat(boards.timeline(board)).extracting(e -> e.kind()).contains("CREATED", "MEMBER_ADDED");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action = 'oversight.member-refused' and subject_id = ?")
                        .param(String.valueOf(board))
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        // Another ward's head may not add members.
        assertThatThrownBy(() -> boards.addMember(
                        board,
                        SupervisionFixtures.resident(
                                "Lê Thị Hai", oversight.households().get(1), MemberRole.MEMBER),
                        setting.phuXuanHead()))
                .hasMessage("oversight.out-of-scope");
    }

    @Test
    void aFrontCommitteeHasOneInspectionBoardATermEvenWhenTwentyOfficersSetItUpAtOnce() throws Exception {
        CreateBoard overlapping = new CreateBoard(
                BoardKind.PEOPLES_INSPECTION,
                setting.front().id(),
                setting.thuanHoa().id(),
                "Ban Thanh tra nhân dân nhiệm kỳ 2026–2031",
                null,
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2031, 6, 30),
                List.of());
        var outcomes = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                pool.submit(() -> {
                    start.await();
                    try {
                        boards.create(overlapping, setting.frontStaff());
                        outcomes.add("created");
                    } catch (DomainException refused) {
                        outcomes.add(refused.getMessage());
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(outcomes).hasSize(20).filteredOn("created"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("created")).containsOnly("oversight.inspection-term-overlaps");

        // A term that only touches the first one's last day overlaps too; the next term does not.
        assertThatThrownBy(() -> boards.create(
                        new CreateBoard(
                                BoardKind.PEOPLES_INSPECTION,
                                setting.front().id(),
                                setting.thuanHoa().id(),
                                "Ban Thanh tra nhân dân (trùng ngày cuối)",
                                null,
                                LocalDate.of(2031, 6, 30),
                                LocalDate.of(2036, 6, 30),
                                List.of()),
                        setting.frontStaff()))
                .hasMessage("oversight.inspection-term-overlaps");
        boards.create(
                new CreateBoard(
                        BoardKind.PEOPLES_INSPECTION,
                        setting.front().id(),
                        setting.thuanHoa().id(),
                        "Ban Thanh tra nhân dân nhiệm kỳ 2031–2036",
                        null,
                        LocalDate.of(2031, 7, 1),
                        LocalDate.of(2036, 6, 30),
                        List.of()),
                setting.frontStaff());
        assertThat(jdbc.sql(
                                "select count(*) from democracy.board where front_body_id = ? and kind = 'PEOPLES_INSPECTION'")
                        .param(setting.front().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from shared.audit_event a join democracy.board b on b.id::text = a.subject_id
                        where a.action = 'oversight.board-created' and a.subject_type = 'board' and b.front_body_id = ?
                        """)
                        .param(setting.front().id())
                        .query(Integer.class)
                        .single())
                .as("one audit row a board set up, none for the refusals' rolled-back inserts")
                .isEqualTo(2);
    }

    @Test
    void anInvestmentSupervisionBoardWithFewerThanFiveMembersIsRefusedAndWritesNothing() {
        int before = jdbc.sql("select count(*) from democracy.board")
                .query(Integer.class)
                .single();
        CreateBoard four = new CreateBoard(
                BoardKind.INVESTMENT_SUPERVISION,
                setting.front().id(),
                setting.thuanHoa().id(),
                "Ban Giám sát đầu tư – đường liên thôn",
                "Bê tông hoá đường liên thôn An Bình",
                LocalDate.of(2026, 8, 1),
                LocalDate.of(2027, 8, 1),
                SupervisionFixtures.investmentMembers(4));
        assertThatThrownBy(() -> boards.create(four, setting.frontStaff()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("oversight.investment-too-few");
                    assertThat(e.arguments()).containsExactly(4, 5);
                });
        assertThat(jdbc.sql("select count(*) from democracy.board")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        long board = boards.create(
                new CreateBoard(
                        four.kind(),
                        four.frontBodyId(),
                        four.addresseeBodyId(),
                        four.name(),
                        four.project(),
                        four.termFrom(),
                        four.termTo(),
                        SupervisionFixtures.investmentMembers(5)),
                setting.frontStaff());
        assertThat(members(board)).isEqualTo(5);
        assertThat(boards.composition(boards.board(board, setting.frontStaff())).shortOfMembers())
                .isFalse();
        boards.addMilestone(
                board,
                new BoardCommands.AddMilestone("Hoàn thành nền đường", LocalDate.of(2026, 9, 30), null),
                setting.frontStaff());
        assertThat(boards.milestones(board))
                .singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("Hoàn thành nền đường"));
        // The ward's People's Committee is not the Front: it sets up no board.
        assertThatThrownBy(() -> boards.create(
                        new CreateBoard(
                                BoardKind.PEOPLES_INSPECTION,
                                setting.thuanHoa().id(),
                                setting.thuanHoa().id(),
                                "Ban",
                                null,
                                LocalDate.of(2026, 7, 1),
                                LocalDate.of(2031, 6, 30),
                                List.of()),
                        setting.thuanHoaHead()))
                .hasMessage("oversight.not-commune-front");
    }

    @Test
    void aRecommendationIsFollowedToItsAnswerAndAnotherFallsOverdueWithMailToTheHead() {
        long board = inspectionBoard();
        String content = "Đề nghị công khai dự toán sửa chữa nhà văn hoá " + board;
        long answered = boards.recommend(
                board,
                new SendRecommendation(setting.thuanHoa().id(), null, content, today),
                today,
                setting.frontStaff());
        SupervisionRecommendation sent = recommendations.recommendation(answered, setting.thuanHoaHead());
        assertThat(sent.dueOn()).isAfterOrEqualTo(today.plusDays(30));
        assertThat(sent.status(today)).isEqualTo(SupervisionRecommendation.Status.AWAITING);
        assertThat(mailTo(oversight.headEmail(), "Kiến nghị cần trả lời")).contains(content);

        // The ward answers; the board follows it up and closes it.
        recommendations.answer(
                answered,
                new Answer(today, Outcome.ACCEPTED, "Đã niêm yết dự toán tại nhà văn hoá."),
                today,
                setting.thuanHoaHead());
        assertThat(recommendations
                        .recommendation(answered, setting.frontStaff())
                        .status(today))
                .isEqualTo(SupervisionRecommendation.Status.ANSWERED);
        assertThatThrownBy(() -> recommendations.answer(
                        answered, new Answer(today, Outcome.REJECTED, "Lần nữa"), today, setting.thuanHoaHead()))
                .hasMessage("oversight.already-answered");
        recommendations.followUp(
                answered, new FollowUp("Đã kiểm tra bảng niêm yết.", true, today), today, setting.frontStaff());
        assertThat(recommendations
                        .recommendation(answered, setting.frontStaff())
                        .status(today))
                .isEqualTo(SupervisionRecommendation.Status.CLOSED);
        assertThat(recommendations.timeline(answered))
                .extracting(e -> e.kind())
                .containsExactly("SENT", "ANSWERED", "CLOSED");

        // One sent 40 days ago is overdue: flagged once, the head told once.
        long late = boards.recommend(
                board,
                new SendRecommendation(
                        setting.thuanHoa().id(),
                        setting.province().id(),
                        "Đề nghị sửa cống thoát nước " + board,
                        today.minusDays(40)),
                today,
                setting.frontStaff());
        assertThat(recommendations.list(setting.frontStaff(), true, today))
                .extracting(SupervisionRecommendation::id)
                .contains(late)
                .doesNotContain(answered);
        assertThat(recommendations.flagOverdue(today)).isGreaterThanOrEqualTo(1);
        assertThat(recommendations.flagOverdue(today)).isZero();
        assertThat(recommendations.recommendation(late, setting.thuanHoaHead()).status(today))
                .isEqualTo(SupervisionRecommendation.Status.OVERDUE);
        assertThat(mailTo(oversight.headEmail(), "quá hạn")).contains("Đề nghị sửa cống thoát nước " + board);
        assertThat(mailTo(oversight.provinceHeadEmail(), "Kiến nghị cần trả lời"))
                .contains("sửa cống");
        assertThat(recommendations.timeline(late)).extracting(e -> e.kind()).containsExactly("SENT", "OVERDUE");

        // Bad input writes nothing.
        int before = jdbc.sql("select count(*) from democracy.oversight_recommendation")
                .query(Integer.class)
                .single();
        assertThatThrownBy(() -> boards.recommend(
                        board,
                        new SendRecommendation(setting.thuanHoa().id(), null, "Ngày mai", today.plusDays(1)),
                        today,
                        setting.frontStaff()))
                .hasMessage("oversight.date-future");
        assertThat(jdbc.sql("select count(*) from democracy.oversight_recommendation")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    String mailTo(String recipient, String subjectPart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return !DisclosurePageTests.messages(recipient, subjectPart).isEmpty();
        });
        try {
            return String.valueOf(DisclosurePageTests.messages(recipient, subjectPart)
                    .getFirst()
                    .getContent());
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
