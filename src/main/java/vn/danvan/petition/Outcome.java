package vn.danvan.petition;

/** Kết quả giải quyết. */
public enum Outcome {
    /** Đúng (khiếu nại/tố cáo đúng; kiến nghị được chấp nhận). */
    RIGHT,
    /** Sai. */
    WRONG,
    /** Đúng một phần. */
    PARTLY_RIGHT,
    /** Rút đơn (đình chỉ giải quyết). */
    WITHDRAWN,
    /** Đã trả lời (kiến nghị, phản ánh). */
    ANSWERED,
    /** Đình chỉ giải quyết khiếu nại on another ground than withdrawal (Luật Khiếu nại Đ.11a). */
    TERMINATED
}
