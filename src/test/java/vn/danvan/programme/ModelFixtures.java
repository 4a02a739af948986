package vn.danvan.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.danvan.programme.domain.ModelCriterion;

/**
 * The Ban Dân vận of Huế's Party committee, which launches the rounds, over two wards' Party committees (Thuận Hoá
 * and Phú Xuân), a body of another province outside it, and their staff.
 */
@Component
class ModelFixtures {

    static final String PASSWORD_PREFIX = "mat-khau-dan-van-kheo-";

    record Setting(
            Body board,
            Body thuanHoa,
            Body phuXuan,
            Body elsewhere,
            StaffMember organiser,
            StaffMember thuanHoaStaff,
            StaffMember phuXuanStaff,
            StaffMember outsider) {}

    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;

    ModelFixtures(OrganizationAdministration administration, OrganizationDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    Setting setting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body board = administration.addBody(
                "DVK-T-" + suffix,
                "Ban Dân vận Thành ủy Huế " + suffix,
                BodyKind.PARTY_COMMITTEE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        Body thuanHoa = administration.addBody(
                "DVK-TH-" + suffix,
                "Đảng ủy phường Thuận Hoá " + suffix,
                BodyKind.PARTY_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                board.id());
        Body phuXuan = administration.addBody(
                "DVK-PX-" + suffix,
                "Ủy ban MTTQ phường Phú Xuân " + suffix,
                BodyKind.FATHERLAND_FRONT,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                board.id());
        Body elsewhere = administration.addBody(
                "DVK-K-" + suffix,
                "Ban Dân vận tỉnh khác " + suffix,
                BodyKind.PARTY_COMMITTEE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        return new Setting(
                board,
                thuanHoa,
                phuXuan,
                elsewhere,
                staff("bdv-" + suffix, board, EnumSet.of(Role.MOBILISATION_STAFF)),
                staff("th-" + suffix, thuanHoa, EnumSet.of(Role.MOBILISATION_STAFF)),
                staff("px-" + suffix, phuXuan, EnumSet.of(Role.MOBILISATION_STAFF)),
                staff("khac-" + suffix, elsewhere, EnumSet.of(Role.MOBILISATION_STAFF)));
    }

    StaffMember staff(String username, Body body, EnumSet<Role> roles) {
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

    static ModelCommands.OpenRound round(Body body, LocalDate today) {
        return new ModelCommands.OpenRound(
                body.id(),
                today.getYear(),
                UnitLevel.COMMUNE,
                "Đăng ký mô hình Dân vận khéo cấp xã năm " + today.getYear(),
                today.withDayOfYear(1),
                today.withMonth(12).withDayOfMonth(31),
                null,
                null);
    }

    static ModelCommands.RegisterModel model(long roundId, Body body, String name) {
        return new ModelCommands.RegisterModel(
                roundId,
                body.id(),
                ModelKind.MODEL,
                ModelField.NEW_RURAL,
                name,
                "Chi bộ tổ dân phố 5",
                "Tổ dân phố 5, phường Thuận Hoá",
                "Vận động Nhân dân hiến đất mở rộng kiệt hẻm, làm đường bê tông.",
                "500 m đường; 40 hộ hiến đất");
    }

    /** The same score on every criterion. */
    static ModelCommands.ScoreSheet sheet(long memberId, List<ModelCriterion> criteria, String... scores) {
        Map<Long, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            map.put(criteria.get(i).id(), new BigDecimal(scores[Math.min(i, scores.length - 1)]));
        }
        return new ModelCommands.ScoreSheet(memberId, map);
    }
}
