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
    FEEDBACK
}
