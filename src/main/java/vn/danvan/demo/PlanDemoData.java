package vn.danvan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.StaffRoster;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.PlanSeeds;

/**
 * The demo's dân vận work, once the demo bodies exist: the city Party committee's mass mobilisation board with an
 * account ({@code dankhoi}), the city police, and the programme's example (a plan, an agreement with the police, a
 * course the ward's officer attended).
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(20)
class PlanDemoData implements ApplicationRunner {

    static final String BOARD = "HUE-BDV";

    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final StaffRoster roster;
    private final PlanSeeds seeds;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PlanDemoData(
            OrganizationAdministration administration,
            OrganizationDirectory directory,
            StaffRoster roster,
            PlanSeeds seeds,
            TransactionTemplate transactions,
            Clock clock) {
        this.administration = administration;
        this.directory = directory;
        this.roster = roster;
        this.seeds = seeds;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var hue = directory.bodyByCode(DemoData.HUE);
        if (hue.isEmpty() || directory.bodyByCode(BOARD).isPresent()) {
            return;
        }
        transactions.executeWithoutResult(status -> load(hue.get()));
    }

    private void load(Body hue) {
        Long committee = directory.bodyByCode("HUE-THANHUY").map(Body::id).orElse(null);
        Body board = administration.addBody(
                BOARD, "Ban Dân vận Thành ủy Huế", BodyKind.PARTY_COMMITTEE, UnitLevel.PROVINCE, "46", null, committee);
        Body police = administration.addBody(
                "HUE-CA", "Công an thành phố Huế", BodyKind.ARMED_FORCES_UNIT, UnitLevel.PROVINCE, "46", null, null);
        long staffId = administration.addStaff(
                "dankhoi",
                DemoData.PASSWORD,
                "Nguyễn Thị Dân",
                "dankhoi@danvan.local",
                board.id(),
                EnumSet.of(Role.MOBILISATION_STAFF, Role.HEAD_OF_BODY),
                false);
        // The example plans for the city's People's Committee and its ward too: written as an administrator would.
        StaffMember planner = new StaffMember(
                staffId,
                "dankhoi",
                "Nguyễn Thị Dân",
                board.id(),
                EnumSet.of(Role.ADMINISTRATOR),
                Set.of(),
                true,
                false);
        Body ward = directory.bodyByCode("HUE-THUANHOA").orElse(hue);
        Long officer = roster.of(Set.of(ward.id())).stream()
                .filter(member -> member.username().equals("phuong"))
                .map(StaffRoster.Member::id)
                .findFirst()
                .orElse(null);
        seeds.seed(
                new PlanSeeds.Cast(board.id(), police.id(), hue.id(), ward.id(), officer),
                LocalDate.now(clock),
                planner);
    }
}
