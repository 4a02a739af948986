package vn.danvan.dialogue;

import java.time.LocalDate;
import java.util.EnumSet;
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

/** A ward's People's Committee and Fatherland Front, a department that owns promises, and their staff. */
@Component
class DialogueFixtures {

    static final String PASSWORD_PREFIX = "mat-khau-doi-thoai-";

    record Setting(
            Body committee,
            Body front,
            Body department,
            Body elsewhere,
            StaffMember chairmanOffice,
            StaffMember frontStaff,
            StaffMember departmentStaff,
            StaffMember outsider) {}

    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;

    DialogueFixtures(
            OrganizationAdministration administration,
            OrganizationDirectory directory,
            AdministrativeUnitImport units) {
        this.administration = administration;
        this.directory = directory;
        TestUnits.ensureHue(units);
    }

    Setting setting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body committee = administration.addBody(
                "DT-UB-" + suffix,
                "UBND phường Thuận Hoá " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                null);
        Body front = administration.addBody(
                "DT-MT-" + suffix,
                "UBMTTQ phường Thuận Hoá " + suffix,
                BodyKind.FATHERLAND_FRONT,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                null);
        Body department = administration.addBody(
                "DT-KT-" + suffix,
                "Phòng Kinh tế, Hạ tầng và Đô thị " + suffix,
                BodyKind.OTHER,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                committee.id());
        Body elsewhere = administration.addBody(
                "DT-PX-" + suffix,
                "UBND phường Phú Xuân " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                null);
        return new Setting(
                committee,
                front,
                department,
                elsewhere,
                staff("vanphong-" + suffix, committee, EnumSet.of(Role.HEAD_OF_BODY, Role.RECEPTION_OFFICER)),
                staff("mattran-" + suffix, front, EnumSet.of(Role.MOBILISATION_STAFF)),
                staff("phongkt-" + suffix, department, EnumSet.of(Role.CASE_HANDLER)),
                staff("phuxuan-" + suffix, elsewhere, EnumSet.of(Role.HEAD_OF_BODY)));
    }

    private StaffMember staff(String username, Body body, EnumSet<Role> roles) {
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

    static DialogueCommands.HoldDialogue annualDialogue(Setting setting, LocalDate on) {
        return new DialogueCommands.HoldDialogue(
                setting.committee().id(),
                setting.front().id(),
                DialogueKind.ANNUAL_GRASSROOTS,
                on,
                "Hội trường tổ dân phố 5",
                "Đối thoại với Nhân dân năm " + on.getYear(),
                "Trần Minh Hải",
                "Chủ tịch UBND phường",
                120,
                "Hội Cựu chiến binh, Hội Phụ nữ",
                "Biên bản hội nghị",
                null);
    }
}
