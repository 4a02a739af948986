package vn.danvan.democracy;

/**
 * How an item was made public (hình thức công khai, Luật THDCCS 2022 Đ.12(1); docs/law/rules.md B3). The Vietnamese names
 * are in {@code i18n/democracy.properties} under {@code democracy.form.<NAME>}.
 */
public enum PublicationForm {
    /** Niêm yết tại trụ sở UBND xã. */
    POSTED_AT_COMMUNE_OFFICE,
    /** Niêm yết tại nhà văn hoá, điểm sinh hoạt cộng đồng thôn, tổ dân phố. */
    POSTED_AT_HAMLET_HOUSE,
    /** Cổng thông tin điện tử, trang thông tin của xã (and this portal). */
    PORTAL,
    /** Hệ thống loa truyền thanh. */
    LOUDSPEAKER,
    /** Thông qua Trưởng thôn, Tổ trưởng tổ dân phố. */
    THROUGH_HAMLET_HEADS,
    /** Văn bản gửi đến người dân, hộ gia đình. */
    LETTER,
    /** Hội nghị, tiếp công dân, đối thoại. */
    MEETING_OR_DIALOGUE,
    /** Thông qua Mặt trận, các tổ chức chính trị – xã hội. */
    THROUGH_MASS_ORGANISATIONS,
    /** Mạng viễn thông, mạng xã hội hợp pháp (Zalo, SMS…). */
    TELECOM_OR_SOCIAL_NETWORK,
    /** Hình thức khác. */
    OTHER
}
