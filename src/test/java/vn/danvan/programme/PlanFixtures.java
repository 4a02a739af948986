package vn.danvan.programme;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.danvan.TestUnits;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ConcludePetition;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.Instance;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionResolution;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;

/**
 * A province's mass mobilisation board with a commune under it, the provincial police and military command, a border
 * guard post that is party to nothing, and their staff; petitions handled through the petition module's own services.
 */
@Component
class PlanFixtures {

    static final String PASSWORD_PREFIX = "mat-khau-dan-van-";

    record Setting(
            Body board,
            Body commune,
            Body police,
            Body military,
            Body borderGuards,
            StaffMember boardStaff,
            StaffMember communeStaff,
            StaffMember militaryStaff,
            StaffMember borderStaff) {}

    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final PetitionIntake intake;
    private final PetitionProcessing processing;
    private final PetitionResolution resolution;

    PlanFixtures(
            OrganizationAdministration administration,
            OrganizationDirectory directory,
            PetitionIntake intake,
            PetitionProcessing processing,
            PetitionResolution resolution,
            AdministrativeUnitImport units) {
        TestUnits.ensureHue(units);
        this.administration = administration;
        this.directory = directory;
        this.intake = intake;
        this.processing = processing;
        this.resolution = resolution;
    }

    Setting setting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body board = body("BDV-" + suffix, "Ban Dân vận Thành ủy Huế " + suffix, BodyKind.PARTY_COMMITTEE, null);
        Body commune = administration.addBody(
                "UBX-" + suffix,
                "UBND phường Thuận Hoá " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                board.id());
        Body police = body("CA-" + suffix, "Công an thành phố Huế " + suffix, BodyKind.ARMED_FORCES_UNIT, null);
        Body military =
                body("QS-" + suffix, "Bộ Chỉ huy Quân sự thành phố " + suffix, BodyKind.ARMED_FORCES_UNIT, null);
        Body border = body("BP-" + suffix, "Đồn Biên phòng Thuận An " + suffix, BodyKind.ARMED_FORCES_UNIT, null);
        return new Setting(
                board,
                commune,
                police,
                military,
                border,
                staff("bandanvan-" + suffix, board, EnumSet.of(Role.MOBILISATION_STAFF)),
                staff(
                        "phuong-" + suffix,
                        commune,
                        EnumSet.of(
                                Role.HEAD_OF_BODY, Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.MOBILISATION_STAFF)),
                staff("quansu-" + suffix, military, EnumSet.of(Role.HEAD_OF_BODY)),
                staff("bienphong-" + suffix, border, EnumSet.of(Role.HEAD_OF_BODY)));
    }

    private Body body(String code, String name, BodyKind kind, Long superior) {
        return administration.addBody(code, name, kind, UnitLevel.PROVINCE, TestUnits.HUE, null, superior);
    }

    StaffMember staff(String username, Body body, Set<Role> roles) {
        long id = administration.addStaff(
                username, PASSWORD_PREFIX + username, "Cán bộ " + username, null, body.id(), roles, false);
        return new StaffMember(
                id,
                username,
                "Cán bộ " + username,
                body.id(),
                roles,
                directory.bodyWithSubordinates(body.id()),
                false,
                false);
    }

    PetitionReference receive(Body body, PetitionType type, LocalDate on, StaffMember staff) {
        String title = type + " nhận ngày " + on;
        return intake.receive(
                new ReceivePetition(
                        body.id(),
                        Channel.POST,
                        null,
                        null,
                        null,
                        type,
                        "LAND",
                        Instance.FIRST,
                        false,
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        new PetitionerIdentity(
                                "Trần Thị Bình", "046190000002", "Phường Thuận Hoá", "0905000002", null, List.of()),
                        title,
                        "Nội dung đơn: " + title,
                        TestUnits.THUAN_HOA,
                        on,
                        false,
                        null,
                        null),
                staff,
                null);
    }

    void decide(PetitionReference petition, Decision decision, LocalDate on, StaffMember staff) {
        processing.decide(petition.id(), new DecidePetition(decision, on, false, null, null, null, "xử lý"), staff);
    }

    void resolve(PetitionReference petition, LocalDate on, StaffMember staff) {
        resolution.conclude(petition.id(), new ConcludePetition(Outcome.ANSWERED, "Đã trả lời", on), staff);
    }
}
