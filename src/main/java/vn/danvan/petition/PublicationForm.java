package vn.danvan.petition;

/** How the conclusion of a denunciation is made public (Luật Tố cáo 2018 Đ.40). */
public enum PublicationForm {
    /** Công bố tại cuộc họp. */
    MEETING,
    /** Niêm yết tại trụ sở làm việc hoặc nơi tiếp công dân. */
    POSTING,
    /** Đăng tải trên cổng thông tin điện tử: the conclusion appears among the portal's public answers. */
    PORTAL,
    /** Thông báo trên phương tiện thông tin đại chúng. */
    MASS_MEDIA
}
