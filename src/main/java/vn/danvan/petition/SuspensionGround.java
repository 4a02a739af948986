package vn.danvan.petition;

/**
 * Grounds to suspend (tạm đình chỉ) the resolution of a complaint (Luật Khiếu nại Đ.11a(1) as added by Luật
 * 136/2025/QH15; NĐ 124/2020 Đ.28a as amended by NĐ 155/2026). Only point a) was read in the decree; the other
 * grounds are [K] — the law's article text was not read — and OTHER keeps the list open.
 */
public enum SuspensionGround {
    /** Sự kiện bất khả kháng, trở ngại khách quan (Đ.11a(1)(a); NĐ 124/2020 Đ.28a). */
    FORCE_MAJEURE_OR_OBSTACLE,
    /** Chờ kết quả giải quyết của cơ quan khác, vụ việc khác có liên quan [K]. */
    AWAITING_RELATED_RESULT,
    /** Cá nhân chết, chưa xác định người thừa kế; tổ chức hợp nhất, chia tách chưa có tổ chức kế thừa [K]. */
    SUCCESSOR_NOT_DETERMINED,
    /** Căn cứ khác theo quy định của pháp luật. */
    OTHER
}
