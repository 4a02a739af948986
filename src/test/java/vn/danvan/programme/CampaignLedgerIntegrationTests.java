package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.programme.CampaignCommands.AddBeneficiary;
import vn.danvan.programme.CampaignCommands.RecordContribution;
import vn.danvan.programme.CampaignCommands.RecordDistribution;
import vn.danvan.programme.CampaignCommands.RecordPublication;
import vn.danvan.programme.domain.BankStatementFormat;
import vn.danvan.programme.domain.DutyClock;
import vn.danvan.programme.domain.ReviewFigure;
import vn.danvan.programme.domain.ReviewFigureSource;
import vn.danvan.programme.domain.ReviewPeriod;
import vn.danvan.rulebook.RuleBook;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnamTime;

/**
 * Relief campaigns on the real database: from the call to the published ledger with a bank statement of matched,
 * unmatched and duplicate lines and a contribution in kind; distributions that may not exceed what remains, even 20
 * at once; money passed up and recorded on both sides; movements without money; the review's figures.
 */
@DanvanIntegrationTest
class CampaignLedgerIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);

    @LocalServerPort
    int port;

    @Autowired
    CampaignFixtures fixtures;

    @Autowired
    CampaignLedger ledger;

    @Autowired
    List<ReviewFigureSource> reviewSources;

    @Autowired
    RuleBook ruleBook;

    @Autowired
    JdbcClient jdbc;

    long count(String table, long campaignId) {
        return jdbc.sql("select count(*) from programme." + table + " where campaign_id = ?")
                .param(campaignId)
                .query(Long.class)
                .single();
    }

    long audited(long campaignId) {
        return jdbc.sql("select count(*) from shared.audit_event where subject_type = 'campaign' and subject_id = ?")
                .param(String.valueOf(campaignId))
                .query(Long.class)
                .single();
    }

    @Test
    void aReliefCampaignGoesFromItsCallToAPublishedLedgerWithAReconciledStatementAndGoodsInKind() throws Exception {
        var setting = fixtures.setting();
        var staff = setting.wardStaff();
        LocalDate launched = TODAY.minusDays(20);
        LocalDate until = TODAY.minusDays(5);
        long id = ledger.create(
                CampaignFixtures.relief(
                        setting.wardFront(),
                        "Ủng hộ đồng bào lũ lụt " + setting.suffix(),
                        setting.account("01"),
                        launched,
                        until,
                        TODAY.plusDays(10)),
                TODAY,
                staff);
        List<DutyClock> clocks = ledger.duties(List.of(id));
        assertThat(clocks)
                .extracting(DutyClock::duty)
                .containsExactlyInAnyOrder(
                        PublicationDuty.CALL,
                        PublicationDuty.RECEIVING_DETAILS,
                        PublicationDuty.BENEFICIARIES,
                        PublicationDuty.RECEIVED_TOTALS,
                        PublicationDuty.DISTRIBUTED_TOTALS);
        assertThat(clocks.stream().filter(c -> c.duty() == PublicationDuty.BENEFICIARIES))
                .allSatisfy(c -> assertThat(c.dueOn()).isNull());
        ledger.publish(
                id, new RecordPublication(PublicationDuty.CALL, launched, "Cổng thông tin phường"), TODAY, staff);

        ledger.contribute(
                id,
                CampaignFixtures.money(
                        "Công ty An Phát", "5.000.000", launched.plusDays(1), ContributionChannel.BANK, "AP-01"),
                staff);
        ledger.contribute(
                id,
                new RecordContribution(
                        ContributionKind.MONEY,
                        ContributionChannel.BANK,
                        "Nguyễn Văn A",
                        false,
                        "0905123456",
                        "200,000 VND",
                        null,
                        null,
                        null,
                        launched.plusDays(1),
                        null),
                staff);
        ledger.contribute(
                id,
                new RecordContribution(
                        ContributionKind.MONEY,
                        ContributionChannel.CASH,
                        "Tên không được lưu",
                        true,
                        null,
                        "1.000.000đ",
                        null,
                        null,
                        null,
                        launched.plusDays(2),
                        "BN-07"),
                staff);
        ledger.contribute(
                id,
                new RecordContribution(
                        ContributionKind.IN_KIND,
                        ContributionChannel.GOODS,
                        "HTX Nông nghiệp Thuận Hoá",
                        false,
                        null,
                        null,
                        "Gạo",
                        "tấn",
                        "12,5",
                        launched.plusDays(2),
                        null),
                staff);

        String statement =
                """
                date,reference,credit,debit,description
                %1$s,R-%4$s-1,"5.000.000",,CT AN PHAT AP-01 ung ho lu lut
                %2$s,R-%4$s-2,200000,,NGUYEN VAN A ung ho
                %3$s,R-%4$s-3,300000,,ung ho dong bao
                %3$s,R-%4$s-3,300000,,ung ho dong bao
                %3$s,R-%4$s-4,,150000,Phi dich vu
                """.formatted(launched.plusDays(1), launched.plusDays(2), launched.plusDays(3), setting.suffix());
        var imported = ledger.importStatement(
                id, BankStatementFormat.GENERIC, "sao-ke.csv", statement.getBytes(StandardCharsets.UTF_8), staff);
        assertThat(imported).isEqualTo(new CampaignLedger.ImportResult(3, 3, 0, 1, 1, 2));
        var unmatched = ledger.lines(id, true);
        assertThat(unmatched).singleElement().satisfies(line -> {
            assertThat(line.reference()).isEqualTo("R-" + setting.suffix() + "-3");
            assertThat(line.amount()).isEqualByComparingTo("300000");
        });

        long statements = count("bank_statement", id);
        long lines = count("statement_line", id);
        long audits = audited(id);
        var again = ledger.importStatement(
                id, BankStatementFormat.GENERIC, "sao-ke.csv", statement.getBytes(StandardCharsets.UTF_8), staff);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(3);
        assertThat(count("bank_statement", id)).isEqualTo(statements);
        assertThat(count("statement_line", id)).isEqualTo(lines);

        String malformed = statement.replace("200000", "\"200.000,5\"");
        assertThatThrownBy(() -> ledger.importStatement(
                        id,
                        BankStatementFormat.GENERIC,
                        "sai.csv",
                        (malformed + "%s,R-%s-9,1000,,moi\n".formatted(launched.plusDays(4), setting.suffix()))
                                .getBytes(StandardCharsets.UTF_8),
                        staff))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("campaign.statement-line.amount");
                    assertThat(refused.arguments()).containsExactly(3L);
                });
        assertThat(count("bank_statement", id)).isEqualTo(statements);
        assertThat(count("statement_line", id)).isEqualTo(lines);
        assertThat(audited(id)).isEqualTo(audits);

        ledger.recordLine(id, unmatched.get(0).id(), staff);
        assertThat(ledger.lines(id, true)).isEmpty();
        assertThat(ledger.totals(id).moneyReceived()).isEqualByComparingTo("6500000");

        long household = ledger.addBeneficiary(
                id, new AddBeneficiary("Hộ bà Trần Thị Lụa", "Tổ 5", "Nhà bị sập hoàn toàn", "4.000.000"), staff);
        ledger.distribute(
                id,
                new RecordDistribution(household, null, ContributionKind.MONEY, "4.000.000", null, null, null, TODAY),
                staff);
        ledger.distribute(
                id,
                new RecordDistribution(household, null, ContributionKind.IN_KIND, null, "gạo", "Tấn", "10", TODAY),
                staff);
        assertThatThrownBy(
                        () -> ledger.distribute(id, CampaignFixtures.giveMoney("Hộ ông Lê", "2.500.001", TODAY), staff))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.exceeds-balance"));
        assertThatThrownBy(() -> ledger.distribute(
                        id,
                        new RecordDistribution(
                                null, "Hộ ông Lê", ContributionKind.IN_KIND, null, "Gạo", "tấn", "2,6", TODAY),
                        staff))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.exceeds-goods"));
        assertThat(ledger.totals(id).items()).singleElement().satisfies(item -> {
            assertThat(item.remaining()).isEqualByComparingTo("2.5");
        });
        assertThat(ledger.duties(List.of(id)).stream().filter(c -> c.duty() == PublicationDuty.BENEFICIARIES))
                .singleElement()
                .satisfies(c -> assertThat(c.dueOn()).isEqualTo(TODAY));

        assertThatThrownBy(() -> ledger.publish(
                        id,
                        new RecordPublication(PublicationDuty.RECEIVED_TOTALS, until, "Cổng thông tin"),
                        TODAY,
                        staff))
                .isInstanceOf(DomainException.class);
        DutyClock received = ledger.publish(
                id,
                new RecordPublication(PublicationDuty.RECEIVED_TOTALS, TODAY, "Cổng thông tin phường"),
                TODAY,
                staff);
        assertThat(received.publishedAmount()).isEqualByComparingTo("6500000");
        assertThat(received.postedUntil()).isEqualTo(TODAY.plusDays(30));
        ledger.publish(
                id,
                new RecordPublication(PublicationDuty.BENEFICIARIES, TODAY, "Niêm yết tại nhà văn hoá"),
                TODAY,
                staff);

        WebSession citizen = new WebSession(port);
        var index = citizen.get("/portal/programme/campaigns?province=46");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("Ủng hộ đồng bào lũ lụt " + setting.suffix());
        var page = citizen.get("/portal/programme/campaigns/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("6.500.000 ₫", "4.000.000 ₫", "2.500.000 ₫", "Công ty An Phát", "Ẩn danh", "Gạo", "tấn")
                .contains("Hộ bà Trần Thị Lụa", "Nhà bị sập hoàn toàn")
                .doesNotContain("0905123456", "Tên không được lưu", "Tổ 5");
        assertThat(jdbc.sql("select count(*) from programme.contribution where campaign_id = ?"
                                + " and (donor_name = 'Tên không được lưu'"
                                + " or position(convert_to('0905123456', 'UTF8') in donor_contact_sealed) > 0)")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(ledger.timeline(id))
                .extracting(e -> e.kind())
                .contains(
                        "CREATED",
                        "PUBLISHED_CALL",
                        "CONTRIBUTION",
                        "STATEMENT_IMPORTED",
                        "LINE_RECORDED",
                        "DISTRIBUTION",
                        "PUBLISHED_RECEIVED_TOTALS");
        assertThat(audited(id)).isGreaterThanOrEqualTo(ledger.timeline(id).size());
    }

    @Test
    void twentyConcurrentDistributionsThatTogetherExceedTheBalanceNeverGiveOutMoreThanWasReceived() throws Exception {
        var setting = fixtures.setting();
        var staff = setting.wardStaff();
        long id = ledger.create(
                CampaignFixtures.relief(
                        setting.wardFront(),
                        "Cứu trợ khẩn cấp " + setting.suffix(),
                        setting.account("02"),
                        TODAY.minusDays(3),
                        TODAY.plusDays(30),
                        TODAY.plusDays(40)),
                TODAY,
                staff);
        ledger.contribute(
                id,
                CampaignFixtures.money("Hội Chữ thập đỏ", "1.000.000", TODAY, ContributionChannel.CASH, "BN-1"),
                staff);
        List<Future<Boolean>> attempts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                attempts.add(pool.submit(() -> {
                    try {
                        ledger.distribute(id, CampaignFixtures.giveMoney("Hộ số " + n, "150.000", TODAY), staff);
                        return true;
                    } catch (DomainException refused) {
                        assertThat(refused.code()).isEqualTo("campaign.exceeds-balance");
                        return false;
                    }
                }));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        long given = 0;
        for (Future<Boolean> attempt : attempts) {
            given += attempt.get() ? 1 : 0;
        }
        assertThat(given).isEqualTo(6);
        assertThat(ledger.totals(id).moneyDistributed()).isEqualByComparingTo("900000");
        assertThat(ledger.totals(id).moneyRemaining().signum()).isNotNegative();
    }

    @Test
    void badAmountsAndDatesOutsideThePeriodsAreRefusedAndWriteNothing() {
        var setting = fixtures.setting();
        var staff = setting.wardStaff();
        assertThatThrownBy(() -> ledger.create(
                        CampaignFixtures.relief(
                                setting.wardFront(),
                                "Quá 90 ngày",
                                setting.account("03"),
                                TODAY.minusDays(1),
                                TODAY.plusDays(120),
                                TODAY.plusDays(130)),
                        TODAY,
                        staff))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.receiving-too-long"));
        long id = ledger.create(
                CampaignFixtures.relief(
                        setting.wardFront(),
                        "Vận động " + setting.suffix(),
                        setting.account("04"),
                        TODAY.minusDays(1),
                        TODAY.plusDays(10),
                        TODAY.plusDays(20)),
                TODAY,
                staff);
        assertThatThrownBy(() -> ledger.create(
                        CampaignFixtures.relief(
                                setting.wardFront(),
                                "Cùng tài khoản",
                                setting.account("04"),
                                TODAY.minusDays(1),
                                TODAY.plusDays(10),
                                TODAY.plusDays(20)),
                        TODAY,
                        staff))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.account-taken"));
        for (String amount : List.of("1.000,5", "1,5", "-100", "0", "abc", "1e6")) {
            assertThatThrownBy(() -> ledger.contribute(
                            id, CampaignFixtures.money("Ông B", amount, TODAY, ContributionChannel.CASH, null), staff))
                    .as(amount)
                    .isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> ledger.contribute(
                        id,
                        CampaignFixtures.money("Ông B", "100.000", TODAY.plusDays(11), ContributionChannel.CASH, null),
                        staff))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.outside-receiving"));
        assertThatThrownBy(() -> ledger.contribute(
                        id,
                        CampaignFixtures.money("Ông B", "100.000", TODAY, ContributionChannel.CASH, null),
                        setting.otherWardStaff()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.out-of-scope"));
        assertThat(count("contribution", id)).isZero();
    }

    @Test
    void aWardPassesMoneyUpToTheProvinceAndBothSidesRecordIt() {
        var setting = fixtures.setting();
        long province = ledger.create(
                CampaignFixtures.relief(
                        setting.provinceFront(),
                        "Tỉnh vận động " + setting.suffix(),
                        setting.account("05"),
                        TODAY.minusDays(10),
                        TODAY.plusDays(30),
                        TODAY.plusDays(45)),
                TODAY,
                setting.provinceStaff());
        long ward = ledger.create(
                CampaignFixtures.relief(
                        setting.wardFront(),
                        "Phường vận động " + setting.suffix(),
                        setting.account("06"),
                        TODAY.minusDays(10),
                        TODAY.plusDays(30),
                        TODAY.plusDays(45)),
                TODAY,
                setting.wardStaff());
        assertThat(ledger.duties(List.of(province)).stream().map(DutyClock::duty))
                .contains(PublicationDuty.REPORT_UPWARD);
        assertThat(ledger.duties(List.of(ward)).stream().map(DutyClock::duty))
                .doesNotContain(PublicationDuty.REPORT_UPWARD);
        ledger.contribute(
                ward,
                CampaignFixtures.money("Nhân dân tổ 3", "2.000.000", TODAY, ContributionChannel.CASH, "BN-3"),
                setting.wardStaff());
        ledger.transferUp(ward, new CampaignCommands.TransferUp(province, "1.500.000", TODAY), setting.wardStaff());
        assertThat(ledger.distributions(ward)).singleElement().satisfies(d -> {
            assertThat(d.toCampaignId()).isEqualTo(province);
            assertThat(d.amount()).isEqualByComparingTo("1500000");
        });
        assertThat(ledger.contributions(province)).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo(ContributionChannel.TRANSFER);
            assertThat(c.fromCampaignId()).isEqualTo(ward);
        });
        assertThat(ledger.totals(ward).moneyTransferredUp()).isEqualByComparingTo("1500000");
        assertThat(ledger.totals(province).moneyReceived()).isEqualByComparingTo("1500000");
        assertThat(ledger.timeline(province)).extracting(e -> e.kind()).contains("RECEIVED_FROM_BELOW");
        assertThatThrownBy(() -> ledger.transferUp(
                        province, new CampaignCommands.TransferUp(ward, "100.000", TODAY), setting.provinceStaff()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.transfer-not-upward"));
        assertThatThrownBy(() -> ledger.transferUp(
                        ward, new CampaignCommands.TransferUp(province, "600.000", TODAY), setting.wardStaff()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.exceeds-balance"));
    }

    @Test
    void aTaskForceHasGoalsParticipantsAndResultsButNoMoney() {
        var setting = fixtures.setting();
        long id = ledger.create(
                new CampaignCommands.CreateCampaign(
                        setting.wardFront().id(),
                        CampaignKind.TASK_FORCE,
                        "Tổ COVID cộng đồng " + setting.suffix(),
                        "Hỗ trợ phòng, chống dịch tại khu dân cư",
                        "Tổ dân phố 1–5",
                        null,
                        null,
                        TODAY.minusDays(5),
                        null,
                        null,
                        null,
                        "Mỗi tổ dân phố một tổ COVID cộng đồng"),
                TODAY,
                setting.wardStaff());
        ledger.recordResults(
                id, new CampaignCommands.RecordResults(42, "Theo dõi 120 hộ cách ly tại nhà"), setting.wardStaff());
        assertThat(ledger.find(id))
                .hasValueSatisfying(c -> assertThat(c.participants()).isEqualTo(42));
        assertThatThrownBy(() -> ledger.contribute(
                        id,
                        CampaignFixtures.money("Ông C", "100.000", TODAY, ContributionChannel.CASH, null),
                        setting.wardStaff()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("campaign.no-money"));
    }

    @Test
    void theReviewCountsCampaignsAndMoneyOfTheBodiesItCoversAndTheRuleBookListsTheDecreesRules() {
        var setting = fixtures.setting();
        long id = ledger.create(
                CampaignFixtures.relief(
                        setting.otherWardFront(),
                        "Vận động cho sơ kết " + setting.suffix(),
                        setting.account("07"),
                        TODAY.minusDays(2),
                        TODAY.plusDays(5),
                        TODAY.plusDays(10)),
                TODAY,
                setting.otherWardStaff());
        ledger.contribute(
                id,
                CampaignFixtures.money("Bà D", "3.000.000", TODAY, ContributionChannel.CASH, null),
                setting.otherWardStaff());
        ReviewFigureSource source = reviewSources.stream()
                .filter(s -> s.headingKey().equals("campaign.review.heading"))
                .findFirst()
                .orElseThrow();
        List<ReviewFigure> figures = source.figures(
                new ReviewPeriod(Set.of(setting.otherWardFront().id()), false, TODAY.minusDays(30), TODAY));
        assertThat(figures)
                .extracting(ReviewFigure::labelKey, f -> f.value().stripTrailingZeros())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("campaign.review.relief", BigDecimal.ONE),
                        org.assertj.core.groups.Tuple.tuple(
                                "campaign.review.received", new BigDecimal("3000000").stripTrailingZeros()));
        assertThat(ruleBook.tables()).anySatisfy(table -> {
            assertThat(table.id()).isEqualTo("programme.campaigns");
            assertThat(table.rules()).hasSize(vn.danvan.programme.domain.CampaignRule.values().length);
        });
    }
}
