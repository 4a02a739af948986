package vn.danvan.petition.domain;

/** Who is told of a result. The accused receives the content only, never the denouncer's identity (Luật Tố cáo Đ.29(3)). */
public enum NoticeParty {
    PETITIONER,
    ACCUSED,
    TRANSFERRING_BODY
}
