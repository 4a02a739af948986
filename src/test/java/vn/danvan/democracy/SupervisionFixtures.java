package vn.danvan.democracy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.BoardCommands.AddMember;
import vn.danvan.democracy.BoardCommands.MemberRole;
import vn.danvan.democracy.BoardCommands.Position;
import vn.danvan.democracy.domain.Household;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;

/**
 * The democracy fixtures' two wards with a household register in Thuận Hoá, and heads of the ward's People's
 * Committee and of the province's who receive mail.
 */
@Component
class SupervisionFixtures {

    record Oversight(
            DemocracyFixtures.Setting setting,
            List<Household> households,
            String headEmail,
            String provinceHeadEmail) {}

    private final DemocracyFixtures democracy;
    private final HouseholdRegister register;
    private final OrganizationAdministration administration;

    SupervisionFixtures(
            DemocracyFixtures democracy, HouseholdRegister register, OrganizationAdministration administration) {
        this.democracy = democracy;
        this.register = register;
        this.administration = administration;
    }

    Oversight oversight() {
        DemocracyFixtures.Setting setting = democracy.setting();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        register.importFile(
                setting.thuanHoa().id(),
                "thon,loai,ma_ho,chu_ho,nguoi_dai_dien,dia_chi,so_nhan_khau\n"
                        + "Thôn Giám Sát " + suffix + ",thôn,G001,Hồ Văn Một,Hồ Văn Một,,3\n"
                        + "Thôn Giám Sát " + suffix + ",thôn,G002,Lê Thị Hai,Lê Thị Hai,,2\n"
                        + "Tổ Giám Sát " + suffix + ",tổ dân phố,G003,Võ Văn Ba,Võ Văn Ba,,4\n",
                setting.thuanHoaHead());
        List<Household> households = register.register(setting.thuanHoa().id(), setting.thuanHoaHead());
        String headEmail = "ct-" + suffix + "@thuanhoa.example.vn";
        administration.addStaff(
                "ctgs-" + suffix,
                DemocracyFixtures.PASSWORD_PREFIX + "ctgs-" + suffix,
                "Chủ tịch " + suffix,
                headEmail,
                setting.thuanHoa().id(),
                EnumSet.of(Role.HEAD_OF_BODY),
                false);
        String provinceHeadEmail = "cttp-" + suffix + "@hue.example.vn";
        administration.addStaff(
                "cttpgs-" + suffix,
                DemocracyFixtures.PASSWORD_PREFIX + "cttpgs-" + suffix,
                "Chủ tịch tỉnh " + suffix,
                provinceHeadEmail,
                setting.province().id(),
                EnumSet.of(Role.HEAD_OF_BODY),
                false);
        return new Oversight(setting, households, headEmail, provinceHeadEmail);
    }

    static AddMember resident(String name, Household household, MemberRole role) {
        return new AddMember(name, role, household.id(), null, null, Position.NONE, false, LocalDate.of(2026, 7, 1));
    }

    static AddMember declared(String name, String commune, Position position) {
        return new AddMember(
                name, MemberRole.MEMBER, null, "12 Nguyễn Huệ", commune, position, false, LocalDate.of(2026, 7, 1));
    }

    static List<AddMember> investmentMembers(int count) {
        List<AddMember> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(new AddMember(
                    "Thành viên giám sát " + (i + 1),
                    i == 0 ? MemberRole.HEAD : MemberRole.MEMBER,
                    null,
                    "Thôn Giám Sát",
                    null,
                    Position.NONE,
                    false,
                    LocalDate.of(2026, 7, 1)));
        }
        return members;
    }
}
