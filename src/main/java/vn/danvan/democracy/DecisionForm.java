package vn.danvan.democracy;

/** How the households of a hamlet decide a matter (Luật THDCCS 2022 Đ.16; NĐ 59/2023). */
public enum DecisionForm {
    /** Cuộc họp cộng đồng dân cư (by show of hands or secret ballot; by clusters when ≥ 200 households). */
    MEETING,
    /** Phát phiếu lấy ý kiến hộ gia đình: one paper ballot a household, entered by the ballot team. */
    HOUSEHOLD_BALLOT,
    /** Biểu quyết trực tuyến (k6 only), with paper ballots for the households that do not vote online. */
    ONLINE
}
