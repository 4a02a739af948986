package vn.danvan.petition;

/** Loại đơn. */
public enum PetitionType {
    /** Khiếu nại. */
    COMPLAINT,
    /** Tố cáo. */
    DENUNCIATION,
    /** Kiến nghị. */
    RECOMMENDATION,
    /** Phản ánh. */
    FEEDBACK;

    /** Kiến nghị and phản ánh are answered; khiếu nại and tố cáo are decided and concluded. */
    public boolean answerable() {
        return this == RECOMMENDATION || this == FEEDBACK;
    }
}
