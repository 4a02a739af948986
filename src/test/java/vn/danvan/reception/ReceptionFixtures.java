package vn.danvan.reception;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
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
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.ReceptionCommands.AppointHead;
import vn.danvan.reception.ReceptionCommands.RecordVisit;
import vn.danvan.reception.ReceptionCommands.ScheduleSession;

/** A ward's Party committee and People's Committee with their heads and reception staff. */
@Component
class ReceptionFixtures {

    record Setting(
            Body partyCommittee,
            Body peoplesCommittee,
            StaffMember partyOffice,
            StaffMember receptionOfficer,
            StaffMember outsider,
            ReceptionSchedule.Head secretary,
            ReceptionSchedule.Head chairman) {}

    final OrganizationAdministration administration;
    final OrganizationDirectory directory;
    final ReceptionSchedule schedule;

    ReceptionFixtures(
            OrganizationAdministration administration,
            OrganizationDirectory directory,
            ReceptionSchedule schedule,
            AdministrativeUnitImport units) {
        this.administration = administration;
        this.directory = directory;
        this.schedule = schedule;
        TestUnits.ensureHue(units);
    }

    Setting setting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body party = administration.addBody(
                "DU-" + suffix,
                "Đảng ủy phường Thuận Hoá " + suffix,
                BodyKind.PARTY_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                null);
        Body committee = administration.addBody(
                "UB-" + suffix,
                "UBND phường Thuận Hoá " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                null);
        Body elsewhere = administration.addBody(
                "UBK-" + suffix,
                "UBND phường Phú Xuân " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                null);
        StaffMember partyOffice =
                staff("vanphongdu-" + suffix, party, EnumSet.of(Role.RECEPTION_OFFICER, Role.HEAD_OF_BODY));
        StaffMember officer = staff("tiepdan-" + suffix, committee, EnumSet.of(Role.RECEPTION_OFFICER));
        StaffMember outsider =
                staff("phuxuan-" + suffix, elsewhere, EnumSet.of(Role.RECEPTION_OFFICER, Role.HEAD_OF_BODY));
        var secretary = schedule.appoint(
                new AppointHead(
                        party.id(),
                        HeadPosition.COMMUNE_PARTY_SECRETARY,
                        "Bí thư Lê Văn Hùng",
                        null,
                        LocalDate.of(2025, 7, 1)),
                partyOffice);
        var chairman = schedule.appoint(
                new AppointHead(
                        committee.id(),
                        HeadPosition.COMMUNE_PEOPLES_COMMITTEE_CHAIR,
                        "Chủ tịch Trần Quốc Bảo",
                        null,
                        LocalDate.of(2025, 7, 1)),
                officer);
        return new Setting(party, committee, partyOffice, officer, outsider, secretary, chairman);
    }

    StaffMember staff(String username, Body body, Set<Role> roles) {
        long id = administration.addStaff(
                username, "mat-khau-tiep-dan-" + username, "Cán bộ " + username, null, body.id(), roles, false);
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

    static ScheduleSession periodic(ReceptionSchedule.Head head, LocalDate day, @Nullable String delegate) {
        return new ScheduleSession(
                head.bodyId(),
                head.id(),
                SessionKind.PERIODIC,
                day,
                LocalTime.of(8, 0),
                LocalTime.of(11, 30),
                "Trụ sở, phòng tiếp công dân",
                false,
                delegate,
                true,
                null);
    }

    static RecordVisit visit(
            long bodyId,
            @Nullable Long sessionId,
            LocalDate day,
            PetitionerKind kind,
            int people,
            int representatives,
            PetitionType type,
            String summary) {
        return new RecordVisit(
                bodyId,
                sessionId,
                day,
                kind,
                people,
                representatives,
                "Nguyễn Thị Lan",
                "0905123456",
                "Tổ 5, phường Thuận Hoá",
                TestUnits.THUAN_HOA,
                Matter.NEW,
                type,
                "LAND",
                summary,
                "Đã hướng dẫn công dân nộp đơn",
                null);
    }
}
