package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestImages;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.domain.Model;
import vn.danvan.programme.domain.ModelCriterion;
import vn.danvan.programme.domain.ModelLevelCount;
import vn.danvan.programme.domain.ModelRound;
import vn.danvan.programme.domain.ReviewFigure;
import vn.danvan.programme.domain.ReviewFigureSource;
import vn.danvan.programme.domain.ReviewPeriod;
import vn.danvan.shared.DomainException;

/**
 * A "Dân vận khéo" model through its whole lifecycle on the real database: a round with its council and criteria,
 * registration, the members' scores, the computed result against the threshold, recognition, commendation and a
 * copy elsewhere; the counts per level and the review's figures; and every refusal, in Vietnamese, writing nothing.
 */
@DanvanIntegrationTest
class ModelLifecycleIntegrationTests {

    @Autowired
    ModelFixtures fixtures;

    @Autowired
    ModelRegistry registry;

    @Autowired
    List<ReviewFigureSource> figureSources;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ModelFixtures.Setting setting;
    LocalDate today;
    ModelRound round;
    List<ModelCriterion> criteria;
    long chair;
    long member;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        today = LocalDate.now(clock);
        round = registry.openRound(ModelFixtures.round(setting.board(), today), setting.organiser());
        criteria = registry.criteria(round.id());
        chair = registry.addCouncilMember(
                        round.id(),
                        new ModelCommands.AddCouncilMember("Nguyễn Thị Lan", "Trưởng Ban Dân vận"),
                        setting.organiser())
                .id();
        member = registry.addCouncilMember(
                        round.id(),
                        new ModelCommands.AddCouncilMember("Trần Văn Hùng", "Phó Chủ tịch UBMTTQ"),
                        setting.organiser())
                .id();
    }

    @Test
    void aModelGoesThroughItsWholeLifecycleWithTheCouncilsScores() {
        assertThat(round.threshold()).isEqualByComparingTo("80");
        assertThat(criteria).hasSize(5).allSatisfy(c -> {
            assertThat(c.weight()).isEqualTo(20);
            assertThat(c.maxScore()).isEqualTo(10);
        });
        Model model = registry.register(
                ModelFixtures.model(round.id(), setting.thuanHoa(), "Kiệt hẻm sáng – xanh – sạch"),
                today,
                setting.thuanHoaStaff());
        assertThat(model.status()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(model.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(model.communeCode()).isEqualTo(setting.thuanHoa().communeCode());

        assertThat(registry.start(model.id(), setting.thuanHoaStaff()).status()).isEqualTo(ModelStatus.IN_PROGRESS);
        registry.reportResults(
                model.id(), new ModelCommands.Results("Đã làm 620 m đường, 46 hộ hiến đất."), setting.thuanHoaStaff());
        // chair: 9, 8, 9, 7, 8 → 20×(41/10)/100×100 = 82; member: 8 on each → 80; mean 81.00 ≥ 80
        registry.score(model.id(), ModelFixtures.sheet(chair, criteria, "9", "8", "9", "7", "8"), setting.organiser());
        registry.score(model.id(), ModelFixtures.sheet(member, criteria, "8"), setting.organiser());
        Model evaluated = registry.evaluate(model.id(), today, setting.organiser());
        assertThat(evaluated.status()).isEqualTo(ModelStatus.EVALUATED);
        assertThat(evaluated.score()).isEqualByComparingTo("81.00");

        Model recognised = registry.recognise(
                model.id(), new ModelCommands.Recognise("125/QĐ-BDVTU", today), today, setting.organiser());
        assertThat(recognised.status()).isEqualTo(ModelStatus.RECOGNISED);
        assertThat(registry.recognisedModels(null, setting.thuanHoa().communeCode(), null, 50))
                .extracting(Model::id)
                .contains(model.id());

        Model commended = registry.commend(
                model.id(),
                new ModelCommands.Commend(
                        CommendationForm.CERTIFICATE_OF_MERIT, "Chủ tịch UBND thành phố Huế", "3456/QĐ-UBND", today),
                today,
                setting.organiser());
        assertThat(commended.status()).isEqualTo(ModelStatus.COMMENDED);
        assertThat(registry.commendations(model.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.decisionNumber()).isEqualTo("3456/QĐ-UBND"));

        Model replica = registry.replicate(
                model.id(),
                new ModelCommands.Replicate(
                        round.id(),
                        setting.phuXuan().id(),
                        "Kiệt hẻm sáng – xanh – sạch Phú Xuân",
                        "Ban công tác Mặt trận tổ 3",
                        null,
                        null),
                today,
                setting.organiser());
        assertThat(replica.originId()).isEqualTo(model.id());
        assertThat(replica.status()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(replica.goals()).isEqualTo(model.goals());
        assertThat(registry.find(model.id()).orElseThrow().status()).isEqualTo(ModelStatus.REPLICATED);
        assertThat(registry.replicas(model.id())).extracting(Model::id).containsExactly(replica.id());

        assertThat(registry.timeline(model.id()))
                .extracting(e -> e.kind())
                .containsExactly(
                        "REGISTERED",
                        "IN_PROGRESS",
                        "RESULTS_REPORTED",
                        "SCORED",
                        "SCORED",
                        "EVALUATED",
                        "RECOGNISED",
                        "COMMENDED",
                        "REPLICATED");
        assertThat(audited(model.id()))
                .containsExactlyInAnyOrder(
                        "model.registered",
                        "model.start",
                        "model.results-reported",
                        "model.scored",
                        "model.scored",
                        "model.evaluated",
                        "model.recognised",
                        "model.commended",
                        "model.replicated");

        List<ModelLevelCount> counts = registry.counts(setting.organiser(), today.getYear());
        ModelLevelCount commune = counts.stream()
                .filter(c -> c.level() == UnitLevel.COMMUNE)
                .findFirst()
                .orElseThrow();
        assertThat(commune.registered()).isEqualTo(2);
        assertThat(commune.recognised()).isEqualTo(1);
        assertThat(commune.commended()).isEqualTo(1);
        assertThat(commune.replicas()).isEqualTo(1);
        assertThat(commune.share()).isEqualByComparingTo("50.0");

        ReviewPeriod period = new ReviewPeriod(
                setting.organiser().scope(),
                false,
                today.withDayOfYear(1),
                today.withMonth(12).withDayOfMonth(31));
        ReviewFigureSource source = figureSources.stream()
                .filter(s -> s.headingKey().equals("model.review.heading"))
                .findFirst()
                .orElseThrow();
        assertThat(source.figures(period))
                .extracting(ReviewFigure::labelKey, f -> f.value().longValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("model.review.registered", 2L),
                        org.assertj.core.groups.Tuple.tuple("model.review.recognised", 1L),
                        org.assertj.core.groups.Tuple.tuple("model.review.commended", 1L),
                        org.assertj.core.groups.Tuple.tuple("model.review.replicas", 1L),
                        org.assertj.core.groups.Tuple.tuple("story.review.published", 0L));
        assertThat(source.figures(
                        new ReviewPeriod(Set.of(setting.elsewhere().id()), false, period.from(), period.to())))
                .allSatisfy(f -> assertThat(f.value()).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Test
    void aModelBelowTheThresholdIsNotRecognisedAndCannotBeRecognisedLater() {
        Model model = inProgress("Tổ tự quản an ninh trật tự");
        // 7 and 6 on each criterion → 70 and 60 → mean 65.00 < 80
        registry.score(model.id(), ModelFixtures.sheet(chair, criteria, "7"), setting.organiser());
        registry.score(model.id(), ModelFixtures.sheet(member, criteria, "6"), setting.organiser());
        Model evaluated = registry.evaluate(model.id(), today, setting.organiser());
        assertThat(evaluated.status()).isEqualTo(ModelStatus.NOT_RECOGNISED);
        assertThat(evaluated.score()).isEqualByComparingTo("65.00");

        assertThat(refusal(() -> registry.recognise(
                        model.id(), new ModelCommands.Recognise("1/QĐ", today), today, setting.organiser())))
                .isEqualTo("Không thể công nhận khi mô hình đang ở tình trạng \"Không được công nhận\".");
        assertThat(registry.find(model.id()).orElseThrow().recognitionDecision())
                .isNull();
        assertThat(registry.recognisedModels(null, setting.thuanHoa().communeCode(), null, 500))
                .extracting(Model::id)
                .doesNotContain(model.id());
    }

    @Test
    void theCouncilsResultNeedsEveryMembersScoresAndScoresWithinTheCriteria() {
        Model model = inProgress("Dân vận khéo trong cải cách hành chính");
        registry.score(model.id(), ModelFixtures.sheet(chair, criteria, "9"), setting.organiser());
        assertThat(refusal(() -> registry.evaluate(model.id(), today, setting.organiser())))
                .isEqualTo("Thành viên Trần Văn Hùng chưa chấm điểm.");
        assertThat(refusal(() ->
                        registry.score(model.id(), ModelFixtures.sheet(member, criteria, "11"), setting.organiser())))
                .startsWith("Điểm tiêu chí \"")
                .endsWith("phải từ 0 đến 10.");
        assertThat(refusal(() -> registry.score(
                        model.id(),
                        new ModelCommands.ScoreSheet(
                                member, java.util.Map.of(criteria.getFirst().id(), BigDecimal.ONE)),
                        setting.organiser())))
                .startsWith("Chưa chấm tiêu chí");
        assertThat(registry.scores(model.id())).hasSize(5);
        assertThat(registry.find(model.id()).orElseThrow().status()).isEqualTo(ModelStatus.IN_PROGRESS);
    }

    @Test
    void registrationOutsideAnOpenRoundIsRefusedAndWritesNothing() {
        long before = modelRows();
        ModelRound future = registry.openRound(
                new ModelCommands.OpenRound(
                        setting.board().id(),
                        today.getYear() + 1,
                        UnitLevel.PROVINCE,
                        "Đợt cấp tỉnh năm sau",
                        LocalDate.of(today.getYear() + 1, 3, 1),
                        LocalDate.of(today.getYear() + 1, 6, 30),
                        new BigDecimal("85"),
                        List.of(
                                new ModelCommands.Criterion("Hiệu quả", 60, 10),
                                new ModelCommands.Criterion("Lan tỏa", 40, 5))),
                setting.organiser());
        assertThat(registry.criteria(future.id()))
                .extracting(ModelCriterion::weight)
                .containsExactly(60, 40);
        assertThat(refusal(() -> registry.register(
                        ModelFixtures.model(future.id(), setting.thuanHoa(), "Quá sớm"),
                        today,
                        setting.thuanHoaStaff())))
                .isEqualTo("Đợt \"Đợt cấp tỉnh năm sau\" chỉ nhận đăng ký từ 01/03/%d đến 30/06/%d."
                        .formatted(today.getYear() + 1, today.getYear() + 1));

        registry.closeRound(round.id(), setting.organiser());
        assertThat(refusal(() -> registry.register(
                        ModelFixtures.model(round.id(), setting.thuanHoa(), "Quá muộn"),
                        today,
                        setting.thuanHoaStaff())))
                .isEqualTo("Đợt \"%s\" đã kết thúc nhận đăng ký.".formatted(round.title()));
        assertThat(modelRows()).isEqualTo(before);
    }

    @Test
    void illegalMovesAndStrangersAreRefused() {
        Model model = registry.register(
                ModelFixtures.model(round.id(), setting.thuanHoa(), "Mô hình dân vận khéo"),
                today,
                setting.thuanHoaStaff());
        assertThat(refusal(() -> registry.evaluate(model.id(), today, setting.organiser())))
                .isEqualTo("Không thể tổng hợp kết quả đánh giá khi mô hình đang ở tình trạng \"Đã đăng ký\".");
        assertThat(refusal(() -> registry.commend(
                        model.id(),
                        new ModelCommands.Commend(CommendationForm.CERTIFICATE_OF_COMMENDATION, "Ban", "1/QĐ", today),
                        today,
                        setting.organiser())))
                .isEqualTo("Không thể khen thưởng khi mô hình đang ở tình trạng \"Đã đăng ký\".");
        registry.start(model.id(), setting.thuanHoaStaff());
        // a ward's staff runs no council; another province's staff reaches nothing
        assertThatThrownBy(() ->
                        registry.score(model.id(), ModelFixtures.sheet(chair, criteria, "9"), setting.thuanHoaStaff()))
                .isInstanceOf(DomainException.class)
                .satisfies(
                        e -> assertThat(((DomainException) e).status().value()).isEqualTo(403));
        assertThatThrownBy(() -> registry.start(model.id(), setting.outsider()))
                .isInstanceOf(DomainException.class)
                .satisfies(
                        e -> assertThat(((DomainException) e).status().value()).isEqualTo(403));
        assertThatThrownBy(() -> registry.register(
                        ModelFixtures.model(round.id(), setting.elsewhere(), "Ngoài đợt"), today, setting.outsider()))
                .isInstanceOf(DomainException.class);
        assertThat(registry.scores(model.id())).isEmpty();
    }

    @Test
    void onlyJpegAndPngPhotosAreTaken() {
        Model model = inProgress("Mô hình có ảnh");
        byte[] png = TestImages.png();
        registry.addPhoto(model.id(), "Lễ ra quân", "anh.png", new ByteArrayInputStream(png), setting.thuanHoaStaff());
        assertThat(registry.photos(model.id())).singleElement().satisfies(p -> {
            assertThat(p.contentType()).isEqualTo("image/png");
            assertThat(p.caption()).isEqualTo("Lễ ra quân");
        });
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(() -> registry.addPhoto(
                        model.id(), null, "bao-cao.pdf", new ByteArrayInputStream(pdf), setting.thuanHoaStaff())))
                .isEqualTo("Tệp \"bao-cao.pdf\" không phải ảnh JPG hoặc PNG.");
        assertThat(refusal(() -> registry.addPhoto(
                        model.id(), null, "anh.png", new ByteArrayInputStream(pdf), setting.thuanHoaStaff())))
                .contains("anh.png");
        assertThat(registry.photos(model.id())).hasSize(1);
    }

    private Model inProgress(String name) {
        Model model = registry.register(
                ModelFixtures.model(round.id(), setting.thuanHoa(), name), today, setting.thuanHoaStaff());
        return registry.start(model.id(), setting.thuanHoaStaff());
    }

    private String refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            return messages.getMessage(refused.code(), refused.arguments(), Locale.forLanguageTag("vi"));
        }
        throw new AssertionError("not refused");
    }

    private List<String> audited(long modelId) {
        return jdbc.sql(
                        "select action from shared.audit_event where subject_type = 'model' and subject_id = ? order by id")
                .param(String.valueOf(modelId))
                .query(String.class)
                .list();
    }

    private long modelRows() {
        return jdbc.sql("select count(*) from programme.model")
                .query(Long.class)
                .single();
    }
}
