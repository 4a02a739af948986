package vn.danvan.democracy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.danvan.TestUnits;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;

/**
 * A province's People's Committee over two wards' People's Committees (Thuận Hoá and Phú Xuân, Huế) and a third
 * ward committee that publishes nothing, a ward's Fatherland Front (not a publisher), and their staff.
 */
@Component
class DemocracyFixtures {

    static final String PASSWORD_PREFIX = "mat-khau-cong-khai-";

    record Setting(
            Body province,
            Body thuanHoa,
            Body phuXuan,
            Body silent,
            Body front,
            StaffMember thuanHoaOfficer,
            StaffMember thuanHoaHead,
            StaffMember phuXuanHead,
            StaffMember provinceHead,
            StaffMember frontStaff) {}

    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;

    DemocracyFixtures(OrganizationAdministration administration, OrganizationDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    Setting setting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body province = administration.addBody(
                "CK-T-" + suffix,
                "UBND thành phố Huế " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        Body thuanHoa = committee("CK-TH-" + suffix, "UBND phường Thuận Hoá " + suffix, TestUnits.THUAN_HOA, province);
        Body phuXuan = committee("CK-PX-" + suffix, "UBND phường Phú Xuân " + suffix, TestUnits.PHU_XUAN, province);
        Body silent = committee("CK-IM-" + suffix, "UBND phường Vỹ Dạ " + suffix, TestUnits.THUAN_HOA, province);
        Body front = administration.addBody(
                "CK-MT-" + suffix,
                "UBMTTQ phường Thuận Hoá " + suffix,
                BodyKind.FATHERLAND_FRONT,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                null);
        return new Setting(
                province,
                thuanHoa,
                phuXuan,
                silent,
                front,
                staff("vpth-" + suffix, thuanHoa, EnumSet.of(Role.CASE_HANDLER)),
                staff("ctth-" + suffix, thuanHoa, EnumSet.of(Role.HEAD_OF_BODY)),
                staff("ctpx-" + suffix, phuXuan, EnumSet.of(Role.HEAD_OF_BODY)),
                staff("cttp-" + suffix, province, EnumSet.of(Role.HEAD_OF_BODY)),
                staff("mt-" + suffix, front, EnumSet.of(Role.MOBILISATION_STAFF)));
    }

    private Body committee(String code, String name, String communeCode, Body province) {
        return administration.addBody(
                code, name, BodyKind.PEOPLES_COMMITTEE, UnitLevel.COMMUNE, TestUnits.HUE, communeCode, province.id());
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

    static DisclosureCommands.SaveDisclosure item(
            Body body, DisclosureCategory category, String title, LocalDate documentDate) {
        return new DisclosureCommands.SaveDisclosure(
                body.id(), category, title, "Nội dung tóm tắt: " + title, "12/QĐ-UBND", documentDate);
    }

    static DisclosureCommands.Publish publish(LocalDate on) {
        return new DisclosureCommands.Publish(
                on, List.of(PublicationForm.POSTED_AT_COMMUNE_OFFICE, PublicationForm.PORTAL));
    }
}
