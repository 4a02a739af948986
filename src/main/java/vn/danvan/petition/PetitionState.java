package vn.danvan.petition;

import java.util.EnumSet;
import java.util.Set;

/** Where a petition stands in the body that holds it. */
public enum PetitionState {
    /** Đã tiếp nhận, chờ xử lý đơn. */
    RECEIVED,
    /** Đã thụ lý, đang giải quyết. */
    ACCEPTED,
    /** Đã hướng dẫn. */
    GUIDED,
    /** Đã chuyển đơn. */
    TRANSFERRED,
    /** Lưu đơn. */
    FILED,
    /** Trả lại đơn và giấy tờ. */
    RETURNED,
    /** Đã có kết quả giải quyết (kết luận, quyết định), đã thông báo. */
    RESOLVED,
    /** Đã kết thúc hồ sơ. */
    CLOSED;

    public static final Set<PetitionState> OPEN = EnumSet.of(RECEIVED, ACCEPTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
