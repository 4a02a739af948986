package vn.danvan.petition;

/**
 * Why the resolution of a withdrawn denunciation continues instead of being terminated (Luật Tố cáo 2018 Đ.33(4);
 * NĐ 31/2019 Đ.4 as amended by NĐ 156/2026, eff. 1/7/2026).
 */
public enum WithdrawalContinuation {
    /** Hành vi bị tố cáo có dấu hiệu vi phạm pháp luật. */
    SIGNS_OF_VIOLATION,
    /** Việc rút tố cáo do bị đe dọa, mua chuộc. */
    COERCED_OR_BOUGHT,
    /** Người tố cáo lợi dụng việc tố cáo để vu khống, xúc phạm, gây thiệt hại cho người bị tố cáo. */
    SLANDEROUS
}
