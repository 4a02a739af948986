package vn.danvan.programme;

import java.time.LocalDate;
import java.util.EnumSet;
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
 * The Fatherland Front of Huế (province) over the Front of Thuận Hoá ward, a ward People's Committee, and their
 * mobilisation staff; each setting with its own codes, so tests do not see each other's campaigns' accounts.
 */
@Component
class CampaignFixtures {

    static final String PASSWORD_PREFIX = "mat-khau-van-dong-";

    record Setting(
            Body provinceFront,
            Body wardFront,
            Body otherWardFront,
            StaffMember provinceStaff,
            StaffMember wardStaff,
            StaffMember otherWardStaff,
            String suffix) {

        String account(String tail) {
            return suffix.replaceAll("[^0-9a-f]", "") + tail;
        }
    }

    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;

    CampaignFixtures(OrganizationAdministration administration, OrganizationDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    Setting setting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body province = administration.addBody(
                "VD-T-" + suffix,
                "Ủy ban MTTQ Việt Nam thành phố Huế " + suffix,
                BodyKind.FATHERLAND_FRONT,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        Body ward = administration.addBody(
                "VD-TH-" + suffix,
                "Ủy ban MTTQ phường Thuận Hoá " + suffix,
                BodyKind.FATHERLAND_FRONT,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                province.id());
        Body other = administration.addBody(
                "VD-PX-" + suffix,
                "Ủy ban MTTQ phường Phú Xuân " + suffix,
                BodyKind.FATHERLAND_FRONT,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                province.id());
        return new Setting(
                province,
                ward,
                other,
                staff("vdt-" + suffix, province),
                staff("vdth-" + suffix, ward),
                staff("vdpx-" + suffix, other),
                suffix);
    }

    private StaffMember staff(String username, Body body) {
        long id = administration.addStaff(
                username,
                PASSWORD_PREFIX + username,
                "Cán bộ " + username,
                null,
                body.id(),
                EnumSet.of(Role.MOBILISATION_STAFF),
                false);
        return new StaffMember(
                id,
                username,
                "Cán bộ " + username,
                body.id(),
                EnumSet.of(Role.MOBILISATION_STAFF),
                directory.bodyWithSubordinates(body.id()),
                false,
                false);
    }

    static CampaignCommands.CreateCampaign relief(
            Body body, String title, String account, LocalDate launched, LocalDate until, LocalDate distribution) {
        return new CampaignCommands.CreateCampaign(
                body.id(),
                CampaignKind.RELIEF,
                title,
                "Ủng hộ đồng bào bị thiệt hại do bão lũ",
                "Toàn phường",
                "Vietcombank chi nhánh Huế",
                account,
                launched,
                launched,
                until,
                distribution,
                null);
    }

    static CampaignCommands.RecordContribution money(
            String donor, String amount, LocalDate on, ContributionChannel channel, String reference) {
        return new CampaignCommands.RecordContribution(
                ContributionKind.MONEY, channel, donor, false, null, amount, null, null, null, on, reference);
    }

    static CampaignCommands.RecordDistribution giveMoney(String recipient, String amount, LocalDate on) {
        return new CampaignCommands.RecordDistribution(
                null, recipient, ContributionKind.MONEY, amount, null, null, null, on);
    }
}
