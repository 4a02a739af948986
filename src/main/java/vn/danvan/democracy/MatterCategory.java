package vn.danvan.democracy;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the households decide (Luật THDCCS 2022 Đ.15, clauses 1–6; docs/law/rules.md A6), with the forms the law
 * allows for each, the threshold it passes by, and who recognises the decision. The Vietnamese names are in
 * {@code i18n/democracy.properties} under {@code matter.category.<NAME>}.
 */
public enum MatterCategory {
    /** Chủ trương và mức đóng góp xây dựng công trình công cộng, hạ tầng (Đ.15(1)). */
    K1(EnumSet.of(DecisionForm.MEETING, DecisionForm.HOUSEHOLD_BALLOT), Threshold.TWO_THIRDS, Recogniser.NONE, true),
    /** Thu, chi, quản lý các khoản đóng góp, tài sản của cộng đồng (Đ.15(2)). */
    K2(EnumSet.of(DecisionForm.MEETING, DecisionForm.HOUSEHOLD_BALLOT), Threshold.TWO_THIRDS, Recogniser.NONE, true),
    /** Hương ước, quy ước (Đ.15(3)); a household ballot only after a meeting without quorum (Đ.19(1)(b)). */
    K3(EnumSet.of(DecisionForm.MEETING), Threshold.MAJORITY, Recogniser.COMMUNE_COMMITTEE, false),
    /** Bầu, cho thôi Trưởng thôn, Tổ trưởng tổ dân phố (Đ.15(4)). */
    K4(EnumSet.of(DecisionForm.MEETING), Threshold.MAJORITY, Recogniser.COMMUNE_COMMITTEE, false),
    /** Bầu, cho thôi thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng (Đ.15(5)). */
    K5(EnumSet.of(DecisionForm.MEETING), Threshold.MAJORITY, Recogniser.COMMUNE_FRONT, false),
    /** Các công việc tự quản khác trong nội bộ cộng đồng (Đ.15(6)); the only one that may be voted online. */
    K6(EnumSet.allOf(DecisionForm.class), Threshold.MAJORITY, Recogniser.NONE, true);

    /** The share of all the households' representatives (not only of those who voted) that must agree. */
    public enum Threshold {
        /** "từ 2/3 tổng số chủ hộ trở lên" (≥ 2/3). */
        TWO_THIRDS,
        /** "trên 50% tổng số chủ hộ" (> 50%). */
        MAJORITY;

        public boolean isMet(long agree, long total) {
            if (total <= 0) {
                return false;
            }
            return switch (this) {
                case TWO_THIRDS -> agree * 3 >= total * 2;
                case MAJORITY -> agree * 2 > total;
            };
        }
    }

    /** Who must recognise the decision before it takes effect (Luật THDCCS 2022 Đ.21). */
    public enum Recogniser {
        /** In effect from the vote (thôn scope; commune scope from the day the UBND xã sets). */
        NONE,
        /** Ủy ban nhân dân cấp xã. */
        COMMUNE_COMMITTEE,
        /** Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã. */
        COMMUNE_FRONT
    }

    private final Set<DecisionForm> forms;
    private final Threshold threshold;
    private final Recogniser recogniser;
    private final boolean communeWide;

    MatterCategory(Set<DecisionForm> forms, Threshold threshold, Recogniser recogniser, boolean communeWide) {
        this.forms = forms;
        this.threshold = threshold;
        this.recogniser = recogniser;
        this.communeWide = communeWide;
    }

    public Set<DecisionForm> forms() {
        return EnumSet.copyOf(forms);
    }

    public boolean allows(DecisionForm form) {
        return forms.contains(form);
    }

    public Threshold threshold() {
        return threshold;
    }

    public Recogniser recogniser() {
        return recogniser;
    }

    /** Whether a matter of the category may be put to every hamlet of the commune at once. */
    public boolean mayBeCommuneWide() {
        return communeWide;
    }

    /** Clause of Đ.15. */
    public int clause() {
        return ordinal() + 1;
    }
}
