package vn.danvan.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.danvan.petition.FilingGround;
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
import vn.danvan.petition.Relation;
import vn.danvan.petition.ResolutionFigures;

/**
 * A provincial body with a commune body under it, their staff, and petitions handled through the
 * petition module's public operations — the same path officials take.
 */
@Component
class ReportFixtures {

    record Setting(Body province, Body commune, StaffMember provinceHead, StaffMember communeHandler) {}

    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final PetitionIntake intake;
    private final PetitionProcessing processing;
    private final PetitionResolution resolution;

    ReportFixtures(
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
        Body province = administration.addBody(
                "BTCD-" + suffix,
                "Ban Tiếp công dân " + suffix,
                BodyKind.RECEPTION_OFFICE,
                UnitLevel.PROVINCE,
                "46",
                null,
                null);
        Body commune = administration.addBody(
                "UBP-" + suffix,
                "UBND phường Phú Xuân " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                "46",
                "19753",
                province.id());
        return new Setting(
                province,
                commune,
                staff("truongban-" + suffix, province, EnumSet.of(Role.HEAD_OF_BODY, Role.CASE_HANDLER)),
                staff("canbophuong-" + suffix, commune, EnumSet.of(Role.CASE_HANDLER, Role.RECEPTION_OFFICER)));
    }

    StaffMember staff(String username, Body body, Set<Role> roles) {
        long id = administration.addStaff(
                username, "mat-khau-bao-cao-" + username, "Cán bộ " + username, null, body.id(), roles, false);
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
        return receive(body, type, on, staff, Instance.FIRST, null);
    }

    PetitionReference receive(
            Body body,
            PetitionType type,
            LocalDate on,
            StaffMember staff,
            Instance instance,
            @Nullable String firstInstanceCode) {
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
                        instance,
                        false,
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        new PetitionerIdentity(
                                "Trần Thị Bình", "046190000002", "Phường Phú Xuân", "0905000002", null, List.of()),
                        title,
                        "Nội dung đơn: " + title,
                        "19753",
                        on,
                        false,
                        firstInstanceCode,
                        firstInstanceCode == null ? null : Relation.SECOND_INSTANCE_OF),
                staff,
                null);
    }

    PetitionReference decide(PetitionReference petition, Decision decision, LocalDate on, StaffMember staff) {
        return processing.decide(
                petition.id(), new DecidePetition(decision, on, false, null, null, null, "xử lý"), staff);
    }

    PetitionReference transfer(PetitionReference petition, Body to, LocalDate on, StaffMember staff) {
        return processing.decide(
                petition.id(),
                new DecidePetition(Decision.TRANSFER, on, false, null, to.id(), null, "thuộc thẩm quyền cấp xã"),
                staff);
    }

    PetitionReference file(PetitionReference petition, FilingGround ground, LocalDate on, StaffMember staff) {
        return processing.decide(
                petition.id(), new DecidePetition(Decision.FILE, on, false, ground, null, null, null), staff);
    }

    PetitionReference resolve(PetitionReference petition, Outcome outcome, LocalDate on, StaffMember staff) {
        return resolution.conclude(petition.id(), new ConcludePetition(outcome, "Kết quả giải quyết", on), staff);
    }

    /** A decision or conclusion with the figures Biểu 03 and 04 count. */
    PetitionReference resolve(
            PetitionReference petition, Outcome outcome, LocalDate on, StaffMember staff, ResolutionFigures figures) {
        return resolution.conclude(
                petition.id(), new ConcludePetition(outcome, "Kết quả giải quyết", on, figures), staff);
    }

    /** Received and accepted (thụ lý) by the staff member. */
    PetitionReference accepted(
            Body body,
            PetitionType type,
            LocalDate received,
            LocalDate accepted,
            StaffMember staff,
            Instance instance,
            @Nullable String firstInstanceCode) {
        PetitionReference petition = receive(body, type, received, staff, instance, firstInstanceCode);
        decide(petition, Decision.ACCEPT, accepted, staff);
        return petition;
    }
}
