package vn.danvan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.CampaignCommands;
import vn.danvan.programme.CampaignKind;
import vn.danvan.programme.CampaignLedger;
import vn.danvan.programme.ContributionChannel;
import vn.danvan.programme.ContributionKind;
import vn.danvan.programme.PublicationDuty;

/**
 * A relief campaign of the Front of Huế with money and goods received, a beneficiary helped and its call published
 * on the portal, and a community task force: after {@link DemoData}, once, through the programme module's service.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(20)
class CampaignDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);

    private final OrganizationDirectory directory;
    private final CampaignLedger ledger;
    private final Clock clock;

    CampaignDemoData(OrganizationDirectory directory, CampaignLedger ledger, Clock clock) {
        this.directory = directory;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Body front = directory.bodyByCode("HUE-MTTQ").orElse(null);
        if (front == null) {
            return;
        }
        // Acts as the demo's Front officer ("mattran"); the audit names the system, as for the rest of the demo.
        StaffMember officer = new StaffMember(
                0,
                "mattran",
                "Võ Văn Mặt",
                front.id(),
                EnumSet.of(Role.MOBILISATION_STAFF),
                directory.bodyWithSubordinates(front.id()),
                false,
                false);
        if (!ledger.list(officer).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate launched = today.minusDays(25);
        long id = ledger.create(
                new CampaignCommands.CreateCampaign(
                        front.id(),
                        CampaignKind.RELIEF,
                        "Ủng hộ đồng bào bị thiệt hại do mưa lũ cuối năm",
                        "Hỗ trợ các hộ bị sập, tốc mái nhà và mất lương thực sau đợt mưa lũ lịch sử.",
                        "Các phường, xã bị ảnh hưởng của thành phố Huế",
                        "Vietcombank chi nhánh Huế",
                        "0161001234567",
                        launched,
                        launched,
                        today.plusDays(5),
                        today.plusDays(20),
                        null),
                launched,
                officer);
        ledger.publish(
                id,
                new CampaignCommands.RecordPublication(
                        PublicationDuty.CALL, launched, "Cổng thông tin Ủy ban MTTQ thành phố"),
                today,
                officer);
        ledger.contribute(
                id, money("Công ty Cổ phần Dệt may Huế", "150.000.000", launched.plusDays(1), "FT-DM-01"), officer);
        ledger.contribute(id, money("Hội Doanh nhân trẻ Huế", "85.500.000", launched.plusDays(3), "FT-DN-02"), officer);
        ledger.contribute(
                id,
                new CampaignCommands.RecordContribution(
                        ContributionKind.MONEY,
                        ContributionChannel.CASH,
                        null,
                        true,
                        null,
                        "2.000.000",
                        null,
                        null,
                        null,
                        launched.plusDays(4),
                        "BN-0007"),
                officer);
        ledger.contribute(
                id,
                new CampaignCommands.RecordContribution(
                        ContributionKind.IN_KIND,
                        ContributionChannel.GOODS,
                        "Hợp tác xã nông nghiệp Hương Trà",
                        false,
                        null,
                        null,
                        "Gạo",
                        "tấn",
                        "12,5",
                        launched.plusDays(5),
                        null),
                officer);
        long household = ledger.addBeneficiary(
                id,
                new CampaignCommands.AddBeneficiary(
                        "Hộ bà Trần Thị Lụa", "Phường Thuận Hoá", "Nhà bị sập hoàn toàn", "30.000.000"),
                officer);
        ledger.distribute(
                id,
                new CampaignCommands.RecordDistribution(
                        household, null, ContributionKind.MONEY, "30.000.000", null, null, null, today.minusDays(2)),
                officer);
        ledger.distribute(
                id,
                new CampaignCommands.RecordDistribution(
                        household, null, ContributionKind.IN_KIND, null, "Gạo", "tấn", "0,5", today.minusDays(2)),
                officer);
        ledger.publish(
                id,
                new CampaignCommands.RecordPublication(
                        PublicationDuty.BENEFICIARIES, today.minusDays(2), "Niêm yết tại nhà văn hoá"),
                today,
                officer);
        long force = ledger.create(
                new CampaignCommands.CreateCampaign(
                        front.id(),
                        CampaignKind.TASK_FORCE,
                        "Tổ cộng đồng phòng, chống thiên tai",
                        "Mỗi tổ dân phố có tổ xung kích giúp dân di dời, gia cố nhà cửa khi có bão lũ.",
                        null,
                        null,
                        null,
                        launched,
                        null,
                        null,
                        null,
                        "100% tổ dân phố ven sông có tổ xung kích"),
                today,
                officer);
        ledger.publish(
                force,
                new CampaignCommands.RecordPublication(PublicationDuty.CALL, launched, "Loa truyền thanh phường"),
                today,
                officer);
        log.info("Demo campaigns loaded: /portal/programme/campaigns/{}", id);
    }

    private static CampaignCommands.RecordContribution money(
            String donor, String amount, LocalDate on, String reference) {
        return new CampaignCommands.RecordContribution(
                ContributionKind.MONEY,
                ContributionChannel.BANK,
                donor,
                false,
                null,
                amount,
                null,
                null,
                null,
                on,
                reference);
    }
}
