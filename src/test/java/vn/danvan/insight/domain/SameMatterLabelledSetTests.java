package vn.danvan.insight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.danvan.shared.VietnameseText;

/**
 * The same-matter matcher on a labelled set built like the national generator's petitions (its titles per field,
 * its names) with the particulars a real petition carries: for each matter, the original and copies sent again
 * reworded, typed without diacritics, or addressed to another body; and, in the same communes and fields, other
 * matters under the same title. Candidates meet through the LSH bands, as at intake; precision and recall are over
 * every labelled pair.
 */
class SameMatterLabelledSetTests {

    static final String[] TITLES = {
        "Khiếu nại quyết định thu hồi đất",
        "Tranh chấp ranh giới thửa đất",
        "Khiếu nại mức bồi thường giải phóng mặt bằng",
        "Ô nhiễm mùi từ cơ sở chăn nuôi",
        "Đề nghị xem xét chế độ người có công",
        "Xây dựng không phép ảnh hưởng nhà liền kề"
    };
    static final String[] NAMES = {
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Võ Văn Hải", "Đặng Thị Hoa"
    };
    static final String[] BODIES = {
        "Kính gửi Ủy ban nhân dân xã",
        "Kính gửi Thanh tra tỉnh",
        "Kính gửi Ban Tiếp công dân tỉnh",
        "Kính gửi Chủ tịch UBND tỉnh"
    };
    static final String[] COMPLAINTS = {
        "gia đình tôi không được thông báo trước khi thu hồi",
        "mức giá bồi thường thấp hơn giá thị trường nhiều lần",
        "cán bộ địa chính đo đạc sai diện tích",
        "hàng xóm lấn sang phần đất của gia đình",
        "mùi hôi nồng nặc vào buổi tối ảnh hưởng sức khỏe trẻ nhỏ",
        "hồ sơ đã nộp từ lâu nhưng chưa được giải quyết",
        "công trình xây dựng làm nứt tường nhà tôi"
    };

    record Labelled(long id, String matter, String commune, String field, String text) {}

    @Test
    void theMatcherFindsResentPetitionsAcrossBodiesAndSpellingsWithFewFalseLinks() {
        List<Labelled> set = labelledSet(300, 7);
        Map<Long, long[]> signatures = new HashMap<>();
        Map<String, List<Labelled>> buckets = new HashMap<>();
        for (Labelled petition : set) {
            long[] signature = MatcherMinHash.signature(petition.text());
            signatures.put(petition.id(), signature);
            long[] bands = MatcherMinHash.bands(signature);
            for (int band = 0; band < bands.length; band++) {
                buckets.computeIfAbsent(
                                petition.commune() + "|" + petition.field() + "|" + band + "|" + bands[band],
                                k -> new ArrayList<>())
                        .add(petition);
            }
        }
        Set<String> found = new HashSet<>();
        for (List<Labelled> bucket : buckets.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    Labelled a = bucket.get(i);
                    Labelled b = bucket.get(j);
                    var reason = SameMatterRule.match(
                            new SameMatterRule.Sample(a.id(), a.commune(), a.field(), signatures.get(a.id())),
                            new SameMatterRule.Sample(b.id(), b.commune(), b.field(), signatures.get(b.id())),
                            SameMatterRule.DEFAULT_THRESHOLD);
                    if (reason.isPresent()) {
                        found.add(Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id()));
                    }
                }
            }
        }
        int truePairs = 0;
        int foundTrue = 0;
        for (int i = 0; i < set.size(); i++) {
            for (int j = i + 1; j < set.size(); j++) {
                Labelled a = set.get(i);
                Labelled b = set.get(j);
                boolean same = a.matter().equals(b.matter());
                boolean linked = found.contains(Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id()));
                if (same) {
                    truePairs++;
                    if (linked) {
                        foundTrue++;
                    }
                }
            }
        }
        double recall = (double) foundTrue / truePairs;
        double precision = found.isEmpty() ? 1 : (double) foundTrue / found.size();
        System.out.printf(
                "same-matter matcher: %d petitions, %d true pairs, %d linked, %d right (precision %.3f, recall %.3f)%n",
                set.size(), truePairs, found.size(), foundTrue, precision, recall);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aPetitionTypedWithoutDiacriticsHasTheSameSignatureAsItsAccentedCopy() {
        String text = "Khiếu nại quyết định thu hồi đất của gia đình ông Nguyễn Văn Đạt tại thửa 125";
        assertThat(MatcherMinHash.similarity(
                        MatcherMinHash.signature(text), MatcherMinHash.signature(VietnameseText.fold(text))))
                .isEqualTo(1.0);
    }

    static List<Labelled> labelledSet(int matters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Labelled> set = new ArrayList<>();
        long id = 0;
        for (int m = 0; m < matters; m++) {
            // Few communes and fields, so that other matters under the same title share them.
            String commune = "C" + random.nextInt(10);
            int title = random.nextInt(TITLES.length);
            String field = "F" + title;
            String name = NAMES[random.nextInt(NAMES.length)];
            int plot = 1 + random.nextInt(900);
            int sheet = 1 + random.nextInt(60);
            int hamlet = 1 + random.nextInt(15);
            String complaint = COMPLAINTS[random.nextInt(COMPLAINTS.length)];
            String extra = COMPLAINTS[random.nextInt(COMPLAINTS.length)];
            String core = TITLES[title] + ". Tôi là " + name + ", trú tại tổ " + hamlet + ", liên quan thửa đất số "
                    + plot + " tờ bản đồ số " + sheet + ". Nội dung: " + complaint + ", ngoài ra " + extra
                    + ". Đề nghị cơ quan có thẩm quyền xem xét giải quyết dứt điểm vụ việc số " + plot + "/" + sheet
                    + ".";
            String matter = "M" + m;
            set.add(new Labelled(id++, matter, commune, field, BODIES[0] + ". " + core));
            int copies = random.nextInt(4);
            for (int c = 0; c < copies; c++) {
                String copy = switch (c) {
                    case 0 -> BODIES[1 + random.nextInt(3)] + ". " + core;
                    case 1 -> VietnameseText.fold(BODIES[0] + ". " + core);
                    default ->
                        BODIES[2] + ". "
                                + core.replace("Đề nghị", "Kính mong")
                                        .replace("ngoài ra", "bên cạnh đó")
                                        .replace("Tôi là", "Tôi tên là")
                                + " Xin trân trọng cảm ơn.";
                };
                set.add(new Labelled(id++, matter, commune, field, copy));
            }
        }
        return set;
    }
}
