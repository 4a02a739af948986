package vn.danvan.petition;

/** How a denunciation was withdrawn: always in writing (Luật Tố cáo 2018 Đ.33; NĐ 31/2019 Đ.4 am. NĐ 156/2026). */
public enum WithdrawalForm {
    /** Đơn rút tố cáo (Mẫu 02, NĐ 156/2026). */
    LETTER,
    /** Rút trực tiếp, lập biên bản ghi nhận việc rút tố cáo (Mẫu 03, NĐ 156/2026). */
    RECORD
}
