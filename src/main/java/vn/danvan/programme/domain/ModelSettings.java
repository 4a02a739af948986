package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The defaults a new round takes (each round stores its own): the recognition threshold and the criteria with
 * weights. No central text fixes them — the Ban Dân vận TW guidance (HD 09-HD/BDVTW 2021) was not retrieved, so
 * the five criteria of docs/law/rules.md B4 with equal weights and a threshold of 80/100 are defaults to confirm [K]
 * (docs/law/rules.md C9). Photos: JPEG or PNG, at most {@code maxPhotoBytes}.
 */
@ConfigurationProperties("danvan.programme.models")
public record ModelSettings(
        @DefaultValue("80") BigDecimal recognitionThreshold,

        @DefaultValue({
            "Mục tiêu rõ ràng và phù hợp nhiệm vụ chính trị của địa phương|20|10",
            "Cách làm dân vận hiệu quả và huy động được nguồn lực trong Nhân dân|20|10",
            "Kết quả cụ thể và đo đếm được về kinh tế – xã hội|20|10",
            "Khả năng nhân rộng và lan tỏa|20|10",
            "Được Nhân dân đồng tình và ủng hộ|20|10"
        })
        List<String> criteria,

        @DefaultValue("5242880") long maxPhotoBytes) {

    /** A default criterion: "name|weight|highest score". */
    public record DefaultCriterion(String name, int weight, int maxScore) {}

    public List<DefaultCriterion> defaultCriteria() {
        return criteria.stream()
                .map(line -> {
                    String[] parts = line.split("\\|");
                    return new DefaultCriterion(
                            parts[0].strip(), Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[2].strip()));
                })
                .toList();
    }
}
