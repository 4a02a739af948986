package vn.danvan.organization;

/** What a staff member does. The glossary gives the Vietnamese names. */
public enum Role {
    /** Cán bộ tiếp dân, tiếp nhận đơn. */
    RECEPTION_OFFICER,
    /** Cán bộ xử lý, giải quyết đơn. */
    CASE_HANDLER,
    /** Thủ trưởng cơ quan, người đứng đầu. */
    HEAD_OF_BODY,
    /** Cán bộ dân vận, Mặt trận Tổ quốc. */
    MOBILISATION_STAFF,
    /** Quản trị hệ thống. */
    ADMINISTRATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
