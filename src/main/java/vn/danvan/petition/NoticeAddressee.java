package vn.danvan.petition;

/**
 * To whom a written notice is addressed. Only the petitioner's copy and the transfer slip name the petitioner; the
 * accused receives the content only, never the denouncer's identity (Luật Tố cáo 2018 Đ.29(3)).
 */
public enum NoticeAddressee {
    PETITIONER,
    ACCUSED,
    RECEIVING_BODY,
    TRANSFERRING_BODY;

    /** Whether a copy to this party names the petitioner. */
    public boolean namesPetitioner() {
        return this == PETITIONER || this == RECEIVING_BODY;
    }
}
