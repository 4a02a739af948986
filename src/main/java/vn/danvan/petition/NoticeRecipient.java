package vn.danvan.petition;

/** Who receives the notice of acceptance of a denunciation (Luật Tố cáo 2018 Đ.29). */
public enum NoticeRecipient {
    /** Người tố cáo. */
    DENOUNCER,
    /** Người bị tố cáo: the content of the denunciation only, never the denouncer's identity (Đ.29, Đ.47). */
    ACCUSED
}
