package vn.danvan.portal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.danvan.petition.ConcludePetition;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionResolution;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.portal.CitizenSubmissions.Origin;
import vn.danvan.portal.CitizenSubmissions.Receipt;
import vn.danvan.shared.VietnamTime;

/** Bodies, staff, routing rules and online submissions through the real modules. */
@Component
public class PortalFixtures {

    public static final String PASSWORD_PREFIX = "mat-khau-cong-dan-";

    final OrganizationAdministration administration;
    final OrganizationDirectory directory;
    final RoutingTable routing;
    final CitizenSubmissions submissions;
    final PetitionProcessing processing;
    final PetitionResolution resolution;
    final JdbcClient jdbc;

    PortalFixtures(
            OrganizationAdministration administration,
            OrganizationDirectory directory,
            RoutingTable routing,
            CitizenSubmissions submissions,
            PetitionProcessing processing,
            PetitionResolution resolution,
            JdbcClient jdbc,
            AdministrativeUnitImport units) {
        this.administration = administration;
        this.directory = directory;
        this.routing = routing;
        this.submissions = submissions;
        this.processing = processing;
        this.resolution = resolution;
        this.jdbc = jdbc;
        TestUnits.ensureHue(units);
    }

    public record Setting(Body province, Body ward, StaffMember wardOfficer, String wardOfficerPassword) {}

    /**
     * A city People's Committee and a ward's below it; a routing table that sends everything in Thuận Hoá to
     * the ward. Earlier rules and the hour's submissions are cleared so each test starts from its own state.
     */
    public Setting setting() {
        forgetEarlierTests();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body province = administration.addBody(
                "UBT-" + suffix,
                "UBND thành phố Huế " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        Body ward = administration.addBody(
                "UBP-" + suffix,
                "UBND phường Thuận Hoá " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                province.id());
        String username = "phuong-" + suffix;
        StaffMember officer = staff(
                username,
                ward,
                EnumSet.of(Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.HEAD_OF_BODY),
                "can-bo-" + suffix + "@example.vn");
        routing.add(new RoutingTable.NewRule(null, TestUnits.THUAN_HOA, null, null, ward.id()));
        routing.add(new RoutingTable.NewRule(TestUnits.HUE, null, null, null, province.id()));
        return new Setting(province, ward, officer, PASSWORD_PREFIX + username);
    }

    /** Rules are global and limits count the last hour: each test starts with neither from the tests before it. */
    public void forgetEarlierTests() {
        jdbc.sql("delete from portal.routing_rule").update();
        jdbc.sql("update portal.submission set created_at = created_at - interval '2 days'")
                .update();
    }

    StaffMember staff(String username, Body body, Set<Role> roles, String email) {
        long id = administration.addStaff(
                username, PASSWORD_PREFIX + username, "Cán bộ " + username, email, body.id(), roles, false);
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

    public static CitizenSubmission feedback(String title, String email) {
        return new CitizenSubmission(
                PetitionType.FEEDBACK,
                "ENVIRONMENT",
                title,
                "Rác thải đổ trộm ở đầu kiệt 12 đường Phan Đình Phùng đã ba tuần.",
                TestUnits.THUAN_HOA,
                null,
                null,
                false,
                "Lê Thị Hoa",
                null,
                email,
                "12 Phan Đình Phùng",
                true);
    }

    public static Origin portal(String ip) {
        return new Origin("portal", UUID.randomUUID().toString(), ip, null, Locale.forLanguageTag("vi"), "2026-01");
    }

    public Receipt submit(CitizenSubmission submission) {
        return submissions.submit(submission, List.of(), portal("10.0.0." + (int) (Math.random() * 200 + 1)));
    }

    /** The ward accepts the case and answers it. */
    public void answer(Receipt receipt, StaffMember officer, String answer) {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        processing.decide(
                receipt.petitionId(),
                new DecidePetition(Decision.ACCEPT, today, false, null, null, null, null),
                officer);
        resolution.conclude(receipt.petitionId(), new ConcludePetition(Outcome.ANSWERED, answer, today), officer);
    }
}
