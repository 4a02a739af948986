package vn.danvan.programme;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;

/**
 * The demo's "Dân vận khéo" models and stories, loaded once after the demo module's data (its bodies are looked up
 * by code), when the People's Committee of Huế has no round yet: a commune-level round of this year with its council, two recognised
 * models of the Huế wards (one commended and copied to the other ward) with a photo each, one still in progress,
 * and two published stories.
 */
@Component
@Conditional(ModelDemoData.DemoEnabled.class)
@Order(20)
class ModelDemoData implements ApplicationRunner {

    private final OrganizationDirectory directory;
    private final ModelRegistry models;
    private final StoryPublishing stories;
    private final Clock clock;

    ModelDemoData(OrganizationDirectory directory, ModelRegistry models, StoryPublishing stories, Clock clock) {
        this.directory = directory;
        this.models = models;
        this.stories = stories;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Body hue = directory.bodyByCode("HUE-UBND").orElse(null);
        Body thuanHoa = directory.bodyByCode("HUE-THUANHOA").orElse(null);
        Body phuXuan = directory.bodyByCode("HUE-PHUXUAN").orElse(null);
        if (hue == null || thuanHoa == null || phuXuan == null) {
            return;
        }
        load(hue, thuanHoa, phuXuan);
    }

    /** Loads the round, models and stories unless the city's People's Committee has a round already. */
    void load(Body hue, Body thuanHoa, Body phuXuan) {
        // the head of the city's People's Committee launches the round ("dân vận chính quyền")
        StaffMember head = new StaffMember(
                0,
                "lanhdao",
                "Phạm Minh Đạo",
                hue.id(),
                EnumSet.of(Role.HEAD_OF_BODY),
                directory.bodyWithSubordinates(hue.id()),
                false,
                false);
        if (!models.rounds(head).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var round = models.openRound(
                new ModelCommands.OpenRound(
                        hue.id(),
                        today.getYear(),
                        UnitLevel.COMMUNE,
                        "Phong trào thi đua \"Dân vận khéo\" cấp xã năm " + today.getYear(),
                        today.withDayOfYear(1),
                        today.withMonth(12).withDayOfMonth(31),
                        null,
                        null),
                head);
        long chair = models.addCouncilMember(
                        round.id(),
                        new ModelCommands.AddCouncilMember("Phạm Minh Đạo", "Phó Chủ tịch UBND thành phố"),
                        head)
                .id();
        long member = models.addCouncilMember(
                        round.id(),
                        new ModelCommands.AddCouncilMember("Võ Văn Mặt", "Phó Chủ tịch UBMTTQ thành phố"),
                        head)
                .id();

        var lanes = recognised(
                round.id(),
                thuanHoa,
                ModelKind.MODEL,
                ModelField.NEW_RURAL,
                "Kiệt hẻm sáng – xanh – sạch",
                "Chi bộ và Ban công tác Mặt trận tổ dân phố 5",
                "Vận động Nhân dân góp công, góp đất thắp sáng và trồng cây xanh ở các kiệt hẻm của tổ dân phố.",
                "Thắp sáng 100% kiệt hẻm; mỗi hộ trồng ít nhất một cây xanh.",
                "620 m kiệt hẻm được thắp sáng; 46 hộ hiến đất mở rộng lối đi; 300 cây xanh được trồng và chăm sóc.",
                new String[] {"9", "9", "10", "9", "9"},
                new String[] {"9", "8", "9", "9", "10"},
                chair,
                member,
                head,
                today,
                new Color(0x1d, 0x6f, 0x42));
        models.commend(
                lanes.id(),
                new ModelCommands.Commend(
                        CommendationForm.CERTIFICATE_OF_MERIT, "Chủ tịch UBND thành phố Huế", "3456/QĐ-UBND", today),
                today,
                head);
        models.replicate(
                lanes.id(),
                new ModelCommands.Replicate(
                        round.id(),
                        phuXuan.id(),
                        "Kiệt hẻm sáng – xanh – sạch ở phường Phú Xuân",
                        "Ban công tác Mặt trận tổ dân phố 3",
                        null,
                        null),
                today,
                head);
        var elders = recognised(
                round.id(),
                phuXuan,
                ModelKind.EXEMPLAR,
                ModelField.CULTURE_SOCIETY,
                "Ông Trần Văn Lành – người cao tuổi làm công tác hòa giải",
                "Ông Trần Văn Lành, tổ trưởng tổ hòa giải",
                "Hòa giải các mâu thuẫn trong cộng đồng dân cư ngay từ cơ sở.",
                "Hòa giải thành trên 90% vụ việc.",
                "Hòa giải thành 27/29 vụ việc trong năm; không có đơn thư vượt cấp.",
                new String[] {"9", "8", "8", "8", "9"},
                new String[] {"8", "8", "9", "8", "9"},
                chair,
                member,
                head,
                today,
                new Color(0x8a, 0x3b, 0x12));
        var running = models.register(
                new ModelCommands.RegisterModel(
                        round.id(),
                        thuanHoa.id(),
                        ModelKind.MODEL,
                        ModelField.ECONOMY,
                        "Tổ hợp tác bánh bèo, bánh nậm",
                        "Hội Liên hiệp Phụ nữ phường Thuận Hoá",
                        null,
                        "Giúp 15 hội viên phụ nữ có việc làm ổn định.",
                        null),
                today,
                head);
        models.start(running.id(), head);

        var story = stories.write(
                new StoryCommands.SaveStory(
                        thuanHoa.id(),
                        StoryTopic.MODEL,
                        lanes.id(),
                        "Kiệt hẻm sáng đèn nhờ “dân vận khéo”",
                        "Người dân tổ dân phố 5 phường Thuận Hoá cùng góp công, góp đất thắp sáng kiệt hẻm.",
                        """
                        Từ đầu năm, Chi bộ tổ dân phố 5 đã bàn với Ban công tác Mặt trận cách vận động từng hộ: \
                        họp dân, nghe dân nói, để dân tự quyết mức đóng góp.

                        Sau sáu tháng, 620 m kiệt hẻm đã có đèn chiếu sáng; 46 hộ tự nguyện hiến đất để mở rộng lối \
                        đi. Mô hình được UBND thành phố công nhận và đang được nhân rộng ở phường Phú Xuân."""),
                head);
        stories.addPhoto(
                story.id(),
                "Kiệt hẻm tổ dân phố 5 sau khi được thắp sáng",
                "kiet-hem.png",
                new ByteArrayInputStream(picture(new Color(0x1d, 0x6f, 0x42))),
                head);
        stories.publish(story.id(), true, head);
        var second = stories.write(
                new StoryCommands.SaveStory(
                        phuXuan.id(),
                        StoryTopic.RESULT,
                        elders.id(),
                        "Người hòa giải ở tổ dân phố",
                        "Hơn 20 năm, ông Trần Văn Lành lặng lẽ hàn gắn những va chạm trong khu phố.",
                        """
                        Ông Lành nói: hòa giải trước hết là lắng nghe. Năm nay, tổ hòa giải của ông đã hòa giải \
                        thành 27 trên 29 vụ việc.

                        UBND thành phố Huế đã công nhận ông là điển hình "Dân vận khéo" cấp xã."""),
                head);
        stories.publish(second.id(), true, head);
    }

    private vn.danvan.programme.domain.Model recognised(
            long roundId,
            Body body,
            ModelKind kind,
            ModelField field,
            String name,
            String owner,
            String goals,
            String indicators,
            String results,
            String[] chairScores,
            String[] memberScores,
            long chair,
            long member,
            StaffMember head,
            LocalDate today,
            Color colour) {
        var model = models.register(
                new ModelCommands.RegisterModel(roundId, body.id(), kind, field, name, owner, null, goals, indicators),
                today,
                head);
        models.start(model.id(), head);
        models.reportResults(model.id(), new ModelCommands.Results(results), head);
        List<vn.danvan.programme.domain.ModelCriterion> criteria = models.criteria(roundId);
        models.score(model.id(), sheet(chair, criteria, chairScores), head);
        models.score(model.id(), sheet(member, criteria, memberScores), head);
        models.evaluate(model.id(), today, head);
        models.recognise(model.id(), new ModelCommands.Recognise("125/QĐ-UBND", today), today, head);
        models.addPhoto(model.id(), name, "anh.png", new ByteArrayInputStream(picture(colour)), head);
        return model;
    }

    private static ModelCommands.ScoreSheet sheet(
            long memberId, List<vn.danvan.programme.domain.ModelCriterion> criteria, String[] scores) {
        Map<Long, java.math.BigDecimal> map = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            map.put(criteria.get(i).id(), new java.math.BigDecimal(scores[i % scores.length]));
        }
        return new ModelCommands.ScoreSheet(memberId, map);
    }

    /** A plain gradient picture, so that the demo's pages show where photos go. */
    private static byte[] picture(Color colour) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(
                new GradientPaint(0, 0, colour, 800, 500, colour.brighter().brighter()));
        graphics.fillRect(0, 0, 800, 500);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the demo module's condition: {@code danvan.demo.enabled}, or unset with the embedded database. */
    static class DemoEnabled implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String enabled = context.getEnvironment().getProperty("danvan.demo.enabled");
            if (StringUtils.hasText(enabled)) {
                return Boolean.parseBoolean(enabled);
            }
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
