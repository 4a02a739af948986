package vn.danvan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.dialogue.CommitmentTracking;
import vn.danvan.dialogue.CommitmentWatch;
import vn.danvan.dialogue.DialogueCommands;
import vn.danvan.dialogue.DialogueKind;
import vn.danvan.dialogue.DialogueRecording;
import vn.danvan.open311.ApiClientManagement;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.Channel;
import vn.danvan.petition.Complexity;
import vn.danvan.petition.ComplexityCriterion;
import vn.danvan.petition.ConcludePetition;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.DeclareComplexity;
import vn.danvan.petition.FilingGround;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionResolution;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.petition.SourceKind;
import vn.danvan.portal.CaseFeedback;
import vn.danvan.portal.CitizenSubmissions;
import vn.danvan.portal.RoutingTable;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.Matter;
import vn.danvan.reception.ReceptionCommands;
import vn.danvan.reception.ReceptionLog;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.reception.RefusalGround;
import vn.danvan.reception.SessionKind;

/**
 * Loads the demo once (it does nothing when the demo bodies exist): Thành phố Huế and Hà Nội, their
 * bodies, one account per role and petitions in every state, with dates relative to today.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "danvan-demo-2026";
    /** The demo's first body: when it exists, the demo data is loaded. */
    static final String HUE = "HUE-UBND";
    /** The demo's Open311 key, published in the README; a real deployment issues its keys on /admin/api-clients. */
    static final String OPEN311_KEY = "demo-open311-key-hue-2026";

    static final List<String[]> LOGINS = List.of(
            new String[] {"quantri", "Quản trị hệ thống"},
            new String[] {"tiepdan", "Cán bộ tiếp công dân (Ban Tiếp công dân thành phố Huế)"},
            new String[] {"xuly", "Cán bộ xử lý đơn (UBND thành phố Huế)"},
            new String[] {"lanhdao", "Lãnh đạo UBND thành phố Huế, được xem thông tin người tố cáo"},
            new String[] {"phuong", "Cán bộ UBND phường Thuận Hoá"},
            new String[] {"mattran", "Cán bộ dân vận – Mặt trận Tổ quốc thành phố Huế"});

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Clock clock;
    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final PetitionIntake intake;
    private final PetitionProcessing processing;
    private final PetitionResolution resolution;
    private final ReceptionSchedule schedule;
    private final ReceptionLog receptionLog;
    private final WorkingCalendar calendar;
    private final DialogueRecording dialogues;
    private final CommitmentTracking commitments;
    private final CommitmentWatch commitmentWatch;
    private final TransactionTemplate transactions;
    private final RoutingTable routing;
    private final CitizenSubmissions submissions;
    private final CaseFeedback feedback;
    private final ApiClientManagement apiClients;
    private final boolean explicitlyEnabled;

    DemoData(
            RoutingTable routing,
            CitizenSubmissions submissions,
            CaseFeedback feedback,
            ApiClientManagement apiClients,
            Clock clock,
            OrganizationAdministration administration,
            OrganizationDirectory directory,
            PetitionIntake intake,
            PetitionProcessing processing,
            PetitionResolution resolution,
            ReceptionSchedule schedule,
            ReceptionLog receptionLog,
            WorkingCalendar calendar,
            DialogueRecording dialogues,
            CommitmentTracking commitments,
            CommitmentWatch commitmentWatch,
            TransactionTemplate transactions,
            Environment environment) {
        this.explicitlyEnabled = environment.getProperty("danvan.demo.enabled", Boolean.class, false);
        this.dialogues = dialogues;
        this.commitments = commitments;
        this.commitmentWatch = commitmentWatch;
        this.schedule = schedule;
        this.receptionLog = receptionLog;
        this.calendar = calendar;
        this.clock = clock;
        this.administration = administration;
        this.directory = directory;
        this.intake = intake;
        this.processing = processing;
        this.resolution = resolution;
        this.transactions = transactions;
        this.routing = routing;
        this.submissions = submissions;
        this.feedback = feedback;
        this.apiClients = apiClients;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.bodyByCode(HUE).isPresent()) {
            return;
        }
        if (!explicitlyEnabled && !directory.bodies().isEmpty()) {
            // The embedded default loads the demo into a new database only, never beside someone's real data.
            log.info("Demo data not loaded: the database has bodies of its own (danvan.demo.enabled=true adds it)");
            return;
        }
        CitizenSubmissions.Receipt answered = transactions.execute(status -> load());
        // Rated as its author would, with the receipt secret, once the case and its secret are committed: the
        // secret is checked in a transaction of its own, which would not see them before.
        feedback.rate(
                answered.trackingCode(),
                4,
                "Xử lý nhanh, cần kiểm tra định kỳ.",
                vn.danvan.portal.CaseFeedback.Proof.secret(answered.secret()));
        log.info("Demo data loaded");
    }

    /** Loads everything in one transaction; returns the answered portal case, to be rated once committed. */
    private CitizenSubmissions.Receipt load() {
        // The units are the official list, loaded when the database was new (AdministrativeUnitImport.loadIfEmpty).
        Body hue = administration.addBody(
                HUE, "UBND thành phố Huế", BodyKind.PEOPLES_COMMITTEE, UnitLevel.PROVINCE, "46", null, null);
        Body reception = administration.addBody(
                "HUE-BTCD",
                "Ban Tiếp công dân thành phố Huế",
                BodyKind.RECEPTION_OFFICE,
                UnitLevel.PROVINCE,
                "46",
                null,
                hue.id());
        Body inspectorate = administration.addBody(
                "HUE-TTR", "Thanh tra thành phố Huế", BodyKind.INSPECTORATE, UnitLevel.PROVINCE, "46", null, hue.id());
        Body thuanHoa = administration.addBody(
                "HUE-THUANHOA",
                "UBND phường Thuận Hoá",
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                "46",
                "19789",
                hue.id());
        Body phuXuan = administration.addBody(
                "HUE-PHUXUAN",
                "UBND phường Phú Xuân",
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                "46",
                "19753",
                hue.id());
        administration.addBody(
                "HUE-THANHUY", "Thành ủy Huế", BodyKind.PARTY_COMMITTEE, UnitLevel.PROVINCE, "46", null, null);
        Body front = administration.addBody(
                "HUE-MTTQ",
                "Ủy ban MTTQ Việt Nam thành phố Huế",
                BodyKind.FATHERLAND_FRONT,
                UnitLevel.PROVINCE,
                "46",
                null,
                null);
        administration.addBody(
                "HUE-HPN",
                "Hội Liên hiệp Phụ nữ thành phố Huế",
                BodyKind.MEMBER_ORGANISATION,
                UnitLevel.PROVINCE,
                "46",
                null,
                front.id());
        Body hanoi = administration.addBody(
                "HN-UBND", "UBND thành phố Hà Nội", BodyKind.PEOPLES_COMMITTEE, UnitLevel.PROVINCE, "01", null, null);
        administration.addBody(
                "HN-BADINH",
                "UBND phường Ba Đình",
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                "01",
                "00004",
                hanoi.id());

        administration.addStaff(
                "quantri",
                PASSWORD,
                "Nguyễn Quản Trị",
                "quantri@danvan.local",
                hue.id(),
                EnumSet.of(Role.ADMINISTRATOR),
                false);
        StaffMember receptionOfficer =
                staff("tiepdan", "Trần Thị Tiếp", reception, EnumSet.of(Role.RECEPTION_OFFICER), false);
        StaffMember handler =
                staff("xuly", "Lê Văn Xử", hue, EnumSet.of(Role.CASE_HANDLER, Role.RECEPTION_OFFICER), false);
        StaffMember head =
                staff("lanhdao", "Phạm Minh Đạo", hue, EnumSet.of(Role.HEAD_OF_BODY, Role.CASE_HANDLER), true);
        StaffMember ward = staff(
                "phuong", "Hoàng Thị Phường", thuanHoa, EnumSet.of(Role.RECEPTION_OFFICER, Role.CASE_HANDLER), false);
        StaffMember front2 = staff(
                "mattran", "Võ Văn Mặt", front, EnumSet.of(Role.MOBILISATION_STAFF, Role.RECEPTION_OFFICER), false);

        LocalDate today = LocalDate.now(clock);
        // Awaiting processing, one of them late.
        receive(
                receptionOfficer,
                reception,
                PetitionType.COMPLAINT,
                "LAND",
                "Khiếu nại quyết định thu hồi đất ở phường Thuỷ Xuân",
                "Gia đình tôi bị thu hồi 120 m² đất ở nhưng mức bồi thường thấp hơn giá thị trường.",
                "19813",
                today.minusDays(2),
                "Nguyễn Văn Bình");
        receive(
                receptionOfficer,
                reception,
                PetitionType.FEEDBACK,
                "ENVIRONMENT",
                "Phản ánh mùi hôi từ bãi rác Thuỷ Phương",
                "Người dân tổ 5 phản ánh mùi hôi kéo dài vào buổi tối.",
                "19813",
                today.minusDays(20),
                "Trần Thị Hoà");
        // A denunciation: the denouncer's identity is encrypted and shown only to 'lanhdao'.
        PetitionReference denunciation = receive(
                head,
                inspectorate,
                PetitionType.DENUNCIATION,
                "CORRUPTION",
                "Tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận",
                "Cán bộ địa chính phường yêu cầu nộp thêm 5 triệu đồng ngoài lệ phí.",
                "19789",
                today.minusDays(6),
                "Đặng Văn Kín");
        decide(head, denunciation, Decision.ACCEPT, today.minusDays(3));
        // Accepted and being resolved; one extended.
        PetitionReference accepted = receive(
                handler,
                hue,
                PetitionType.COMPLAINT,
                "POLICY",
                "Khiếu nại việc không được hưởng trợ cấp người có công",
                "Bà Lê Thị Hồng khiếu nại việc cắt trợ cấp từ tháng 3.",
                "19753",
                today.minusDays(40),
                "Lê Thị Hồng");
        decide(handler, accepted, Decision.ACCEPT, today.minusDays(35));
        resolution.recordVerification(
                accepted.id(), "Đã làm việc với Phòng Lao động – Thương binh và Xã hội.", handler);
        resolution.declareComplexity(
                accepted.id(),
                new DeclareComplexity(
                        Complexity.COMPLEX,
                        java.util.Set.of(ComplexityCriterion.CONFLICTING_EVIDENCE),
                        "Vụ việc phức tạp, cần xác minh hồ sơ gốc.",
                        today.minusDays(7)),
                head);
        // Guided, transferred (to the ward, on the platform), filed, returned.
        decide(
                receptionOfficer,
                receive(
                        receptionOfficer,
                        reception,
                        PetitionType.COMPLAINT,
                        "JUSTICE",
                        "Khiếu nại bản án dân sự sơ thẩm",
                        "Không đồng ý với bản án của Tòa án nhân dân khu vực.",
                        "19789",
                        today.minusDays(15),
                        "Phan Văn Tòa"),
                Decision.GUIDE,
                today.minusDays(12));
        PetitionReference toWard = receive(
                handler,
                hue,
                PetitionType.RECOMMENDATION,
                "HOUSING",
                "Kiến nghị sửa chữa đường kiệt 12 Đặng Thái Thân",
                "Đường kiệt xuống cấp, ngập khi mưa.",
                "19789",
                today.minusDays(10),
                "Ngô Thị Kiệt");
        processing.decide(
                toWard.id(),
                new DecidePetition(
                        Decision.TRANSFER,
                        today.minusDays(8),
                        false,
                        null,
                        thuanHoa.id(),
                        null,
                        "Thuộc thẩm quyền UBND phường"),
                handler);
        processing.decide(
                receive(
                                handler,
                                hue,
                                PetitionType.FEEDBACK,
                                "OTHER",
                                "Đơn trùng phản ánh đèn đường",
                                "Nội dung đã được giải quyết tháng trước.",
                                "19753",
                                today.minusDays(9),
                                "Vũ Văn Đèn")
                        .id(),
                new DecidePetition(Decision.FILE, today.minusDays(7), false, FilingGround.DUPLICATE, null, null, null),
                handler);
        decide(
                receptionOfficer,
                receive(
                        receptionOfficer,
                        reception,
                        PetitionType.COMPLAINT,
                        "LAND",
                        "Khiếu nại kèm bản gốc sổ đỏ",
                        "Công dân nộp nhầm bản gốc giấy chứng nhận.",
                        "19753",
                        today.minusDays(5),
                        "Mai Văn Gốc"),
                Decision.RETURN,
                today.minusDays(4));
        // Resolved, and closed; a group petition from the Front.
        PetitionReference resolved = receive(
                ward,
                thuanHoa,
                PetitionType.FEEDBACK,
                "ENVIRONMENT",
                "Phản ánh lấn chiếm vỉa hè đường Hùng Vương",
                "Nhiều hộ kinh doanh lấn chiếm vỉa hè.",
                "19789",
                today.minusDays(30),
                "Đỗ Thị Vỉa");
        decide(ward, resolved, Decision.ACCEPT, today.minusDays(28));
        resolution.conclude(
                resolved.id(),
                new ConcludePetition(
                        Outcome.ANSWERED, "Đã ra quân giải tỏa, nhắc nhở 14 hộ kinh doanh.", today.minusDays(20)),
                ward);
        PetitionReference closed = receive(
                handler,
                hue,
                PetitionType.COMPLAINT,
                "LAND",
                "Khiếu nại cấp giấy chứng nhận quyền sử dụng đất",
                "Chậm cấp giấy chứng nhận quá 6 tháng.",
                "19753",
                today.minusDays(60),
                "Lý Văn Cấp");
        decide(handler, closed, Decision.ACCEPT, today.minusDays(55));
        resolution.conclude(
                closed.id(),
                new ConcludePetition(
                        Outcome.PARTLY_RIGHT,
                        "Khiếu nại đúng một phần; yêu cầu cấp giấy trong 15 ngày.",
                        today.minusDays(30)),
                head);
        resolution.close(closed.id(), head);
        intake.receive(
                new ReceivePetition(
                        front.id(),
                        Channel.IN_PERSON,
                        null,
                        null,
                        null,
                        PetitionType.RECOMMENDATION,
                        "POLICY",
                        null,
                        false,
                        PetitionerKind.GROUP,
                        12,
                        3,
                        new PetitionerIdentity(
                                "Trương Văn Đoàn",
                                null,
                                "Phường Vỹ Dạ",
                                "0905000111",
                                null,
                                List.of("Trương Văn Đoàn", "Lê Thị Hai", "Nguyễn Văn Ba")),
                        "Kiến nghị của 12 hộ dân về hỗ trợ tái định cư",
                        "Đề nghị MTTQ giám sát việc bố trí tái định cư.",
                        "19777",
                        today.minusDays(3),
                        false,
                        null,
                        null),
                front2,
                null);
        intake.receive(
                new ReceivePetition(
                        hue.id(),
                        Channel.TRANSFERRED,
                        SourceKind.NATIONAL_ASSEMBLY_DEPUTY,
                        "Đoàn ĐBQH thành phố Huế",
                        "45/ĐĐBQH",
                        PetitionType.RECOMMENDATION,
                        "POLICY",
                        null,
                        false,
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        new PetitionerIdentity("Hồ Văn Cử", null, "Phường Kim Long", null, null, List.of()),
                        "Kiến nghị về học phí bán trú",
                        "Cử tri kiến nghị miễn học phí bán trú.",
                        "19774",
                        today.minusDays(4),
                        false,
                        null,
                        null),
                handler,
                null);
        receptionDays(hue, thuanHoa, reception, handler, ward, receptionOfficer, today);
        annualDialogue(thuanHoa, ward, today);
        return portal(inspectorate, ward);
    }

    /**
     * The portal: denunciations of corruption anywhere in Huế go to the inspectorate, the rest to the ward's
     * People's Committee; an answered and published feedback (rated by its author once committed), one awaiting; the Open311 demo key.
     */
    private CitizenSubmissions.Receipt portal(Body inspectorate, StaffMember ward) {
        routing.add(new RoutingTable.NewRule("46", null, "CORRUPTION", PetitionType.DENUNCIATION, inspectorate.id()));
        apiClients.register("Ứng dụng phản ánh hiện trường (thử nghiệm)", "ioc@hue.gov.vn", OPEN311_KEY);
        var origin = new CitizenSubmissions.Origin(
                CitizenSubmissions.PORTAL,
                "demo-portal-1",
                "127.0.0.1",
                null,
                java.util.Locale.forLanguageTag("vi"),
                "2026-01");
        var answered = submissions.submit(
                new CitizenSubmissions.CitizenSubmission(
                        PetitionType.FEEDBACK,
                        "ENVIRONMENT",
                        "Cống thoát nước kiệt 47 Nguyễn Huệ bị tắc",
                        "Tôi là Nguyễn Thị Mai, số điện thoại 0905 123 456. Mỗi lần mưa nước tràn vào nhà các hộ trong kiệt.",
                        "19789",
                        new java.math.BigDecimal("16.462300"),
                        new java.math.BigDecimal("107.590100"),
                        false,
                        "Nguyễn Thị Mai",
                        "0905123456",
                        "mai.nguyen@example.vn",
                        "47 Nguyễn Huệ",
                        true),
                List.of(),
                origin);
        LocalDate today = LocalDate.now(clock);
        decide(
                ward,
                new PetitionReference(
                        answered.petitionId(),
                        answered.trackingCode(),
                        vn.danvan.petition.PetitionState.RECEIVED,
                        null),
                Decision.ACCEPT,
                today);
        resolution.conclude(
                answered.petitionId(),
                new ConcludePetition(
                        Outcome.ANSWERED,
                        "Gửi bà Nguyễn Thị Mai: UBND phường đã nạo vét 60 m cống kiệt 47 và thay nắp hố ga.",
                        today),
                ward);
        submissions.submit(
                new CitizenSubmissions.CitizenSubmission(
                        PetitionType.RECOMMENDATION,
                        "OTHER",
                        "Đề nghị lắp đèn chiếu sáng đường kiệt 5 Lê Lợi",
                        "Đoạn kiệt dài 200 m không có đèn, buổi tối rất tối.",
                        "19789",
                        null,
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        true),
                List.of(),
                new CitizenSubmissions.Origin(
                        CitizenSubmissions.PORTAL,
                        "demo-portal-2",
                        "127.0.0.1",
                        null,
                        java.util.Locale.forLanguageTag("vi"),
                        "2026-01"));
        return answered;
    }

    /** The ward's annual dialogue with the people, one promise kept and confirmed, one overdue. */
    private void annualDialogue(Body thuanHoa, StaffMember ward, LocalDate today) {
        LocalDate day = workingDayOnOrBefore(today.minusDays(45));
        var dialogue = dialogues.hold(
                new DialogueCommands.HoldDialogue(
                        thuanHoa.id(),
                        null,
                        DialogueKind.ANNUAL_GRASSROOTS,
                        day,
                        "Nhà văn hoá tổ dân phố 5",
                        "Hội nghị đối thoại với Nhân dân năm " + day.getYear(),
                        "Trần Minh Hải",
                        "Chủ tịch UBND phường",
                        140,
                        "Bí thư chi bộ, tổ trưởng tổ dân phố, Hội Cựu chiến binh, Hội Phụ nữ",
                        null,
                        null),
                today,
                ward);
        var drains = dialogues.raiseIssue(
                dialogue.id(),
                new DialogueCommands.RaiseIssue(
                        "Cống kiệt 45 Nguyễn Huệ tắc, ngập khi mưa lớn",
                        "Ông Lê Văn Tư, tổ 5",
                        "ENVIRONMENT",
                        "Phường nạo vét cống trong tháng"),
                ward);
        var kept = commitments.commit(
                drains.id(),
                new DialogueCommands.MakeCommitment(
                        thuanHoa.id(),
                        "Trần Minh Hải",
                        "Chủ tịch UBND phường",
                        "Nạo vét toàn bộ cống kiệt 45",
                        day.plusDays(30)),
                today,
                ward);
        commitments.start(kept.id(), "Đã giao tổ công tác khảo sát", today, ward);
        commitments.complete(kept.id(), day.plusDays(20), "Biên bản nghiệm thu số 12/BB-UBND", today, ward);
        commitments.confirm(kept.id(), true, "Tổ trưởng tổ dân phố 5", today, ward);
        var lights = dialogues.raiseIssue(
                dialogue.id(),
                new DialogueCommands.RaiseIssue(
                        "Đường Lý Thường Kiệt thiếu đèn chiếu sáng", null, "OTHER", "Phường lắp 10 bóng đèn"),
                ward);
        var late = commitments.commit(
                lights.id(),
                new DialogueCommands.MakeCommitment(
                        thuanHoa.id(),
                        "Trần Minh Hải",
                        "Chủ tịch UBND phường",
                        "Lắp 10 bóng đèn LED đường Lý Thường Kiệt",
                        day.plusDays(30)),
                today,
                ward);
        commitments.start(late.id(), "Đang chờ kinh phí", today, ward);
        commitmentWatch.flagOverdue(today);
    }

    /** Heads with their obligations, a held and an upcoming reception day, and a month of the reception log. */
    private void receptionDays(
            Body hue,
            Body thuanHoa,
            Body receptionOffice,
            StaffMember handler,
            StaffMember ward,
            StaffMember officer,
            LocalDate today) {
        var chairman = schedule.appoint(
                new ReceptionCommands.AppointHead(
                        hue.id(),
                        HeadPosition.PROVINCE_PEOPLES_COMMITTEE_CHAIR,
                        "Nguyễn Văn Phương",
                        null,
                        today.minusYears(1)),
                handler);
        var wardChairman = schedule.appoint(
                new ReceptionCommands.AppointHead(
                        thuanHoa.id(),
                        HeadPosition.COMMUNE_PEOPLES_COMMITTEE_CHAIR,
                        "Trần Minh Hải",
                        null,
                        today.minusYears(1)),
                ward);
        LocalDate heldDay = workingDayOnOrBefore(today.minusDays(8));
        var held = schedule.schedule(
                new ReceptionCommands.ScheduleSession(
                        hue.id(),
                        chairman.id(),
                        SessionKind.PERIODIC,
                        heldDay,
                        LocalTime.of(7, 30),
                        LocalTime.of(11, 30),
                        "Trụ sở Ban Tiếp công dân, 16 Lê Lợi",
                        false,
                        null,
                        true,
                        null),
                handler);
        schedule.markHeld(held.id(), today, handler);
        schedule.schedule(
                new ReceptionCommands.ScheduleSession(
                        hue.id(),
                        chairman.id(),
                        SessionKind.PERIODIC,
                        calendar.plusWorkingDays(today, 5),
                        LocalTime.of(7, 30),
                        LocalTime.of(11, 30),
                        "Trụ sở Ban Tiếp công dân, 16 Lê Lợi",
                        false,
                        null,
                        true,
                        "Tiếp công dân định kỳ tháng"),
                handler);
        schedule.schedule(
                new ReceptionCommands.ScheduleSession(
                        thuanHoa.id(),
                        wardChairman.id(),
                        SessionKind.PERIODIC,
                        calendar.plusWorkingDays(today, 3),
                        LocalTime.of(14, 0),
                        LocalTime.of(17, 0),
                        "Hội trường UBND phường Thuận Hoá",
                        false,
                        null,
                        true,
                        null),
                ward);

        var delegation = receptionLog.record(
                new ReceptionCommands.RecordVisit(
                        hue.id(),
                        held.id(),
                        heldDay,
                        PetitionerKind.GROUP,
                        9,
                        2,
                        "Phan Văn Tâm",
                        "0905111222",
                        "Tổ 12, phường Thuận Hoá",
                        "19789",
                        Matter.NEW,
                        PetitionType.COMPLAINT,
                        "LAND",
                        "Đoàn 9 hộ tổ 12 khiếu nại giá bồi thường khi thu hồi đất mở đường.",
                        "Chủ tịch tiếp thu, giao Sở Nông nghiệp và Môi trường kiểm tra, trả lời trong 15 ngày.",
                        null),
                today,
                handler);
        receptionLog.createPetition(delegation.id(), handler);
        receptionLog.record(
                new ReceptionCommands.RecordVisit(
                        receptionOffice.id(),
                        null,
                        workingDayOnOrBefore(today.minusDays(2)),
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        "Lê Thị Mai",
                        null,
                        "Phường Phú Xuân",
                        "19753",
                        Matter.OLD,
                        PetitionType.FEEDBACK,
                        "ENVIRONMENT",
                        "Phản ánh lại việc xe tải chở vật liệu gây bụi trên đường Lê Lợi.",
                        "Đã hướng dẫn công dân theo dõi kết quả xử lý tại phường.",
                        null),
                today,
                officer);
        receptionLog.record(
                new ReceptionCommands.RecordVisit(
                        receptionOffice.id(),
                        null,
                        workingDayOnOrBefore(today.minusDays(1)),
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        "Đặng Văn Kéo",
                        null,
                        null,
                        null,
                        Matter.OLD,
                        PetitionType.COMPLAINT,
                        "LAND",
                        "Khiếu nại vụ việc đã được giải quyết lần hai, đã rà soát và trả lời bằng văn bản.",
                        null,
                        RefusalGround.ALREADY_RESOLVED_PERSISTING),
                today,
                officer);
    }

    private LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate date = day;
        while (!calendar.isWorkingDay(date)) {
            date = date.minusDays(1);
        }
        return date;
    }

    private StaffMember staff(String username, String fullName, Body body, Set<Role> roles, boolean mayViewIdentity) {
        long id = administration.addStaff(
                username, PASSWORD, fullName, username + "@danvan.local", body.id(), roles, mayViewIdentity);
        return new StaffMember(
                id,
                username,
                fullName,
                body.id(),
                roles,
                directory.bodyWithSubordinates(body.id()),
                false,
                mayViewIdentity);
    }

    private PetitionReference receive(
            StaffMember staff,
            Body body,
            PetitionType type,
            String field,
            String title,
            String content,
            String commune,
            LocalDate receivedOn,
            String petitioner) {
        return intake.receive(
                new ReceivePetition(
                        body.id(),
                        Channel.IN_PERSON,
                        null,
                        null,
                        null,
                        type,
                        field,
                        null,
                        false,
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        new PetitionerIdentity(petitioner, null, commune, "0914000000", null, List.of()),
                        title,
                        content,
                        commune,
                        receivedOn,
                        false,
                        null,
                        null),
                staff,
                null);
    }

    private void decide(StaffMember staff, PetitionReference petition, Decision decision, LocalDate on) {
        processing.decide(
                petition.id(),
                new DecidePetition(
                        decision,
                        on,
                        false,
                        null,
                        null,
                        null,
                        decision == Decision.GUIDE
                                ? "Hướng dẫn công dân gửi đơn đến Tòa án nhân dân cấp trên."
                                : decision == Decision.RETURN ? "Trả lại bản gốc giấy chứng nhận cho công dân." : null),
                staff);
    }
}
